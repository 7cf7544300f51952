/**
 * From the window to the canvas and back to a drawing. The canvas is a 1600×900 box scaled by a CSS transform
 * (scale.ts), so a pointer's client position maps through the canvas's bounding rect into canvas units; and a
 * stroke's points become a lightly smoothed SVG path in those same units (the overlay's viewBox is the canvas).
 */
import { DESIGN } from '../scale.ts';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A client position in canvas units, rounded to a tenth (plenty at any scale, and half the storage). */
export function toCanvas(rect: Box, clientX: number, clientY: number): { x: number; y: number } {
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    x: round(((clientX - rect.left) / (rect.width || 1)) * DESIGN.width),
    y: round(((clientY - rect.top) / (rect.height || 1)) * DESIGN.height),
  };
}

/** Points closer than this (canvas units) to the last one kept add nothing but jitter and bytes. */
export const MIN_STEP = 2;

/**
 * The path through a stroke's points: quadratic curves through the midpoints, with each point as the control,
 * which rounds off the corners a mouse's sampling leaves without drifting from where the hand went. A single
 * point draws as a dot (a tiny segment: the round cap makes it a disc).
 */
export function pathData(points: readonly number[]): string {
  const n = points.length / 2;
  if (n < 1) return '';
  const f = (v: number) => String(Math.round(v * 10) / 10);
  const [x0, y0] = points;
  if (n === 1) return `M${f(x0)} ${f(y0)}h0.1`;
  if (n === 2) return `M${f(x0)} ${f(y0)}L${f(points[2])} ${f(points[3])}`;
  let d = `M${f(x0)} ${f(y0)}`;
  for (let i = 1; i < n - 1; i++) {
    const [x, y, nx, ny] = [points[2 * i], points[2 * i + 1], points[2 * i + 2], points[2 * i + 3]];
    d += `Q${f(x)} ${f(y)} ${f((x + nx) / 2)} ${f((y + ny) / 2)}`;
  }
  return `${d}L${f(points[2 * n - 2])} ${f(points[2 * n - 1])}`;
}
