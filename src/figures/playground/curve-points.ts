/**
 * "Draw a curve": points along a line the reader sketched, to train on. The stroke is read as a height over x
 * (where it doubles back, sorting by x blends its passes), sampled at evenly spaced x across the span it covers,
 * and given seeded noise, so one stroke and one seed always give the same points.
 */
import { createRng, normal } from '../../nn/index.ts';

interface XY {
  x: number;
  y: number;
}

/** How many points a drawn curve becomes: enough to show its shape, few enough to drag one by one. */
export const CURVE_POINTS = 30;
/** The noise's spread, as a fraction of the y axis: enough to look measured, too little to hide the shape. */
export const CURVE_NOISE = 0.04;
/** A stroke must cross at least this fraction of the x axis to be a curve rather than a dab. */
export const MIN_SPAN = 0.25;

/**
 * The points along `stroke` (data units, in the order drawn), or null when it does not cross `MIN_SPAN` of
 * `xDomain`. The noise scales with `yDomain`; `seed` is the playground's, so "new starting weights" does not
 * move the points but a new drawing does.
 */
export function pointsAlongStroke(stroke: readonly XY[], xDomain: readonly [number, number], yDomain: readonly [number, number], seed: number, count = CURVE_POINTS): XY[] | null {
  const sorted = stroke.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => a.x - b.x);
  if (sorted.length < 2) return null;
  const x0 = sorted[0].x;
  const x1 = sorted[sorted.length - 1].x;
  if (!(x1 - x0 >= MIN_SPAN * Math.abs(xDomain[1] - xDomain[0]))) return null;
  const rng = createRng(seed);
  const spread = CURVE_NOISE * Math.abs(yDomain[1] - yDomain[0]);
  const points: XY[] = [];
  let j = 0;
  for (let i = 0; i < count; i++) {
    const x = x0 + ((x1 - x0) * i) / (count - 1);
    while (j < sorted.length - 2 && sorted[j + 1].x < x) j++;
    const a = sorted[j];
    const b = sorted[j + 1];
    const t = b.x === a.x ? 0.5 : Math.min(1, Math.max(0, (x - a.x) / (b.x - a.x)));
    points.push({ x, y: a.y + t * (b.y - a.y) + spread * normal(rng) });
  }
  return points;
}
