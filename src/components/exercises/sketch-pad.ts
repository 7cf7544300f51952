/**
 * The reader's sketch on a <Sketch>'s pad: a few handles (heights at evenly spaced x) set by drawing across the
 * plot with a pointer or finger, or by the keys (← → choose a handle, ↑ ↓ move it, Shift for bigger moves), drawn
 * as a line over the pad; and, once checked, the real curve drawn over it.
 */
import text from 'virtual:text/exercise-live';
import { fill } from '../../text/fill.ts';
import { fmt } from '../../figures/kit/draw/format.ts';
import { pointToData, plotAreaIn, scalesOf, type PlotScales } from '../../figures/kit/browser/pointer.ts';
import { filled } from './sketch-score.ts';

export const HANDLES = 13;
const SVG = 'http://www.w3.org/2000/svg';

export interface SketchPad {
  handles: (number | null)[];
  /** Draws the handles again (after a restore). */
  redraw(): void;
  showCurve(xs: readonly number[], ys: readonly number[]): void;
  clear(): void;
}

export function sketchPad(pad: HTMLElement, status: HTMLElement | null, yDomain: readonly [number, number], changed: () => void): SketchPad {
  const handles: (number | null)[] = new Array<number | null>(HANDLES).fill(null);
  const area = () => plotAreaIn(pad) ?? pad.querySelector('[data-plot-area]');
  const scales = (): PlotScales | undefined => {
    const el = area();
    return el ? scalesOf(el) : undefined;
  };
  const overlay = () => area()?.querySelector('svg.bl-overlay') ?? null;
  /** Data → the overlay's SVG units, through the pad's marked scales. */
  const toSvg = (s: PlotScales, x: number, y: number) => {
    const along = ([d0, d1, p0, p1]: number[], v: number) => p0 + ((v - d0) / (d1 - d0)) * (p1 - p0);
    return `${along(s.x, x).toFixed(1)},${along(s.y, y).toFixed(1)}`;
  };
  const xOf = (s: PlotScales, i: number) => s.x[0] + ((s.x[1] - s.x[0]) * i) / (HANDLES - 1);

  const path = (name: string, d: string, style: Record<string, string>) => {
    const svg = overlay();
    if (!svg) return;
    let el = svg.querySelector<SVGPathElement>(`[data-sketch="${name}"]`);
    if (!el) {
      el = document.createElementNS(SVG, 'path');
      el.setAttribute('data-sketch', name);
      el.setAttribute('fill', 'none');
      for (const [k, v] of Object.entries(style)) el.setAttribute(k, v);
      svg.append(el);
    }
    el.setAttribute('d', d);
  };

  const redraw = () => {
    const s = scales();
    const ys = filled(handles);
    if (!s || !ys) return path('guess', '', {});
    path('guess', `M${ys.map((y, i) => toSvg(s, xOf(s, i), y)).join('L')}`, {
      stroke: 'var(--c-hidden-1)', 'stroke-width': '3', 'stroke-dasharray': '7 5', 'stroke-linecap': 'round', 'aria-label': text.yourSketch,
    });
  };

  // Pointer: every handle the stroke passes over takes the stroke's height there.
  let last: { i: number; y: number } | undefined;
  const at = (event: PointerEvent) => {
    const el = area();
    const p = el && pointToData(el, event.clientX, event.clientY);
    const s = scales();
    if (!p || !s) return;
    const i = Math.round(((p.x - s.x[0]) / (s.x[1] - s.x[0])) * (HANDLES - 1));
    const from = last ?? { i, y: p.y };
    const step = i >= from.i ? 1 : -1;
    for (let k = from.i; k !== i + step; k += step) {
      const t = i === from.i ? 1 : (k - from.i) / (i - from.i);
      handles[k] = from.y + t * (p.y - from.y);
    }
    last = { i, y: p.y };
    redraw();
  };
  pad.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    pad.setPointerCapture(event.pointerId);
    last = undefined;
    at(event);
  });
  pad.addEventListener('pointermove', (event) => {
    if (pad.hasPointerCapture(event.pointerId)) at(event);
  });
  const end = (event: PointerEvent) => {
    if (!pad.hasPointerCapture(event.pointerId)) return;
    pad.releasePointerCapture(event.pointerId);
    changed();
  };
  pad.addEventListener('pointerup', end);
  pad.addEventListener('pointercancel', end);

  // Keys: the handles one by one.
  let chosen = 0;
  const span = yDomain[1] - yDomain[0];
  const say = () => {
    const s = scales();
    const y = handles[chosen];
    if (status && s) status.textContent = fill(text.padPoint, { n: chosen + 1, count: HANDLES, x: fmt(xOf(s, chosen)), y: y === null ? text.notSet : fmt(y) });
  };
  pad.addEventListener('keydown', (event) => {
    const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    event.preventDefault();
    // The first key lays a flat guess across the middle to start from.
    if (!handles.some((h) => h !== null)) handles.fill(yDomain[0] + span / 2);
    if (event.key === 'ArrowLeft') chosen = Math.max(0, chosen - 1);
    if (event.key === 'ArrowRight') chosen = Math.min(HANDLES - 1, chosen + 1);
    if (event.key === 'Home') chosen = 0;
    if (event.key === 'End') chosen = HANDLES - 1;
    const by = (event.shiftKey ? 5 : 1) * (span / 40);
    const current = handles[chosen] ?? yDomain[0] + span / 2;
    if (event.key === 'ArrowUp') handles[chosen] = Math.min(yDomain[1], current + by);
    if (event.key === 'ArrowDown') handles[chosen] = Math.max(yDomain[0], current - by);
    redraw();
    say();
    changed();
  });

  return {
    handles,
    redraw,
    showCurve(xs, ys) {
      const s = scales();
      if (s) path('curve', `M${xs.map((x, k) => toSvg(s, x, ys[k])).join('L')}`, { stroke: 'var(--c-output)', 'stroke-width': '3', 'aria-label': text.realCurve });
    },
    clear() {
      handles.fill(null);
      last = undefined;
      path('curve', '', {});
      redraw();
    },
  };
}
