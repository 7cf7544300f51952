import T from 'virtual:text/decision-boundary';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import { colour } from '../kit/draw/colours.ts';
import { layeredWithArea } from '../kit/draw/plot-area.ts';
import type { Overlay } from '../kit/draw/layered.ts';
import { axesBase } from '../kit/draw/marks.ts';
import { legend } from '../kit/draw/legend.ts';
import { levelCurve, type Grid } from './grid.ts';
import { DOMAIN, type Model, type Sample } from './model.ts';
import type { State } from './state.ts';
import { drawHeatmap } from '../kit/draw/heatmap.ts';

/**
 * One fixed pair of hues for the two sides of the boundary, laid over the page's paper colour: pale on a
 * light page, deep on a dark one, never as strong as the ink the points are drawn in.
 */
const HUE = { 0: [0xe0, 0x82, 0x14], 1: [0x7b, 0x5f, 0xc4] } as const;
const BANDS = 10;

/** How much of the hue covers the paper, 8% (unsure) to 58% (sure). */
function coverage(strength: number): number {
  return Math.round(8 + strength * 50);
}

function hex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The colour of probability p on the page: the map's cell colour, mixed into the paper (for the legend). */
export function probabilityColour(p: number, strength = Math.abs(p - 0.5) * 2): string {
  return `color-mix(in srgb, ${hex(HUE[p < 0.5 ? 0 : 1])} ${coverage(strength)}%, var(--bg-raised))`;
}

/**
 * The map of predicted probability, one pixel per grid cell, in tenths of probability. Each pixel is the hue
 * at the band's coverage as its opacity: laid over the paper that is exactly the legend's colour-mix, in either
 * theme, so the image needs no theme of its own. One image costs the browser far less per frame of a drag than
 * the hundreds of shapes the cells would be.
 */
function drawProbability(o: Overlay, grid: Grid): void {
  const { n, values, domain } = grid;
  const rgba = new Uint8Array(n * n * 4);
  for (let row = 0; row < n; row++) {
    const j = n - 1 - row; // the image's top row is the grid's highest x₂
    for (let i = 0; i < n; i++) {
      const band = Math.min(BANDS - 1, Math.max(0, Math.floor(values[j * n + i] * BANDS)));
      const centre = (band + 0.5) / BANDS;
      const hue = HUE[centre < 0.5 ? 0 : 1];
      const at = (row * n + i) * 4;
      rgba[at] = hue[0];
      rgba[at + 1] = hue[1];
      rgba[at + 2] = hue[2];
      rgba[at + 3] = Math.round((coverage(Math.abs(centre - 0.5) * 2) / 100) * 255);
    }
  }
  drawHeatmap(o, n, n, rgba, domain, domain, { label: T.marks.probability });
}

/** The classified points: class 0 as circles, class 1 as triangles. They never move while the network trains. */
function drawSamples(o: Overlay, samples: readonly Sample[]): void {
  o.dots(samples.filter((s) => s.label === 0), { label: T.marks.class0, fill: colour.paper, stroke: colour.ink, strokeWidth: 1.5, r: 4 });
  drawTriangles(o, samples.filter((s) => s.label === 1));
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
  o.line(path, { label: T.marks.class1, fill: colour.ink, stroke: colour.paper, strokeWidth: 1 });
}

export function plot(_state: State, model: Model, document: Document, width: number): Element {
  // Square-ish, so a circle of data looks like one; on wide screens kept at its drawn size, not stretched.
  const side = Math.round(Math.min(460, Math.max(280, width)));
  // Marked for pointer input: the reader's points are edited here, inside the fixed square the grid covers.
  const el = layeredWithArea(
    document,
    axesBase,
    { width: side, height: Math.round(side * 0.9), xDomain: DOMAIN, yDomain: DOMAIN, xLabel: T.axes.x1, yLabel: T.axes.x2 },
    (o) => {
      drawProbability(o, model.grid);
      const curve = levelCurve(model.grid, 0.5);
      o.line(curve, { label: T.marks.halo, stroke: colour.paper, strokeWidth: 5 });
      o.line(curve, { label: T.marks.boundary, stroke: colour.ink, strokeWidth: 2.5 });
      o.keep(drawSamples, model.samples);
      // On a phone the note would sit on the points; the step readout says it there.
      if (side >= 400) o.note(fill(plotText.marks.stepNote, { n: model.shown }), 'top-left', { label: plotText.marks.stepLabel, fill: colour.ink, fontWeight: 600 });
    },
    { fixedX: true, fixedY: true },
  );
  el.setAttribute('style', `max-width: ${side}px; margin: 0 auto;`);
  const wrap = document.createElement('div');
  wrap.setAttribute('class', 'bl-decision-boundary');
  wrap.append(
    legend(document, [
      { label: T.marks.class0, swatch: 'dot', colour: colour.paper, stroke: colour.ink },
      { label: T.marks.class1, swatch: 'triangle', colour: colour.ink, stroke: colour.paper },
      { label: T.legend.predicts0, swatch: 'box', colour: probabilityColour(0.05) },
      { label: T.legend.predicts1, swatch: 'box', colour: probabilityColour(0.95) },
      { label: T.legend.boundary, swatch: 'line', colour: colour.ink },
    ]),
    el,
  );
  return wrap;
}
