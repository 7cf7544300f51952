import { colour } from '../kit/colours.ts';
import { layered, type Overlay } from '../kit/layers.ts';
import { axesBase } from '../kit/marks.ts';
import { legend } from '../kit/legend.ts';
import { levelCurve, type Grid } from './grid.ts';
import { DOMAIN, type Model, type Sample } from './model.ts';
import type { State } from './state.ts';

/**
 * One fixed pair of hues for the two sides of the boundary, mixed into the page's paper colour: pale on a
 * light page, deep on a dark one, never as strong as the ink the points are drawn in.
 */
const HUE = { 0: '#e08214', 1: '#7b5fc4' } as const;
const BANDS = 10;

export function probabilityColour(p: number, strength = Math.abs(p - 0.5) * 2): string {
  return `color-mix(in srgb, ${p < 0.5 ? HUE[0] : HUE[1]} ${Math.round(8 + strength * 50)}%, var(--bg-raised))`;
}

/**
 * The map of predicted probability as grid cells, one group per tenth of probability. Each column's runs of
 * equal band become one thick vertical segment, so a frame draws a few hundred elements, not 1,600.
 */
function drawProbability(o: Overlay, grid: Grid): void {
  const { n, values, domain } = grid;
  const step = (domain[1] - domain[0]) / n;
  const cellPx = Math.abs(o.x(domain[0] + step) - o.x(domain[0]));
  const band = (v: number) => Math.min(BANDS - 1, Math.max(0, Math.floor(v * BANDS)));
  const runs: { x: number; y1: number; y2: number }[][] = Array.from({ length: BANDS }, () => []);
  for (let i = 0; i < n; i++) {
    let start = 0;
    for (let j = 1; j <= n; j++) {
      if (j < n && band(values[j * n + i]) === band(values[start * n + i])) continue;
      runs[band(values[start * n + i])].push({ x: domain[0] + (i + 0.5) * step, y1: domain[0] + start * step, y2: domain[0] + j * step });
      start = j;
    }
  }
  runs.forEach((items, b) => {
    if (items.length === 0) return;
    const centre = (b + 0.5) / BANDS;
    // A hair wider than a cell, so neighbouring columns never show a seam.
    o.segments(items, { label: `probability ${b / BANDS}–${(b + 1) / BANDS}`, stroke: probabilityColour(centre), strokeWidth: cellPx + 0.6, crisp: true });
  });
}

/** Class 1 as triangles (class 0 are circles): the two classes differ in shape as well as fill. */
function drawTriangles(o: Overlay, points: readonly Sample[], sizePx = 5.5): void {
  const ux = (o.x(1) - o.x(0)) || 1;
  const uy = (o.y(1) - o.y(0)) || -1;
  const dx = sizePx / Math.abs(ux);
  const dy = sizePx / Math.abs(uy);
  const path: [number, number][] = [];
  for (const p of points) {
    path.push([p.x, p.y + dy], [p.x + dx, p.y - dy * 0.8], [p.x - dx, p.y - dy * 0.8], [p.x, p.y + dy], [NaN, NaN]);
  }
  o.line(path, { label: 'class 1', fill: colour.ink, stroke: colour.paper, strokeWidth: 1 });
}

export function plot(_state: State, model: Model, document: Document, width: number): Element {
  // Square-ish, so a circle of data looks like one; on wide screens kept at its drawn size, not stretched.
  const side = Math.round(Math.min(460, Math.max(280, width)));
  const el = layered(
    document,
    `decision-boundary|${side}`,
    () => axesBase(document, { width: side, height: Math.round(side * 0.9), xDomain: DOMAIN, yDomain: DOMAIN, xLabel: 'input x₁ →', yLabel: '↑ input x₂' }),
    (o) => {
      drawProbability(o, model.grid);
      const curve = levelCurve(model.grid, 0.5);
      o.line(curve, { label: 'boundary halo', stroke: colour.paper, strokeWidth: 5 });
      o.line(curve, { label: 'decision boundary (p = 0.5)', stroke: colour.ink, strokeWidth: 2.5 });
      o.dots(model.samples.filter((s) => s.label === 0), { label: 'class 0', fill: colour.paper, stroke: colour.ink, strokeWidth: 1.5, r: 4 });
      drawTriangles(o, model.samples.filter((s) => s.label === 1));
      // On a phone the note would sit on the points; the step readout says it there.
      if (side >= 400) o.note(`step ${model.shown}`, 'top-left', { label: 'step label', fill: colour.ink, fontWeight: 600 });
    },
  );
  el.setAttribute('style', `max-width: ${side}px; margin: 0 auto;`);
  const wrap = document.createElement('div');
  wrap.setAttribute('class', 'bl-decision-boundary');
  wrap.append(
    legend(document, [
      { label: 'class 0', swatch: 'dot', colour: colour.paper, stroke: colour.ink },
      { label: 'class 1', swatch: 'triangle', colour: colour.ink, stroke: colour.paper },
      { label: 'predicts class 0', swatch: 'box', colour: probabilityColour(0.05) },
      { label: 'predicts class 1', swatch: 'box', colour: probabilityColour(0.95) },
      { label: 'boundary (p = 0.5)', swatch: 'line', colour: colour.ink },
    ]),
    el,
  );
  return wrap;
}
