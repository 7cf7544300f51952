import * as Plot from '@observablehq/plot';
import text from 'virtual:text/plot';
import { fill } from '../../../text/fill.ts';
import { colour } from './colours.ts';
import './number-locale.ts';
import type { Overlay, PlotElement } from './layered.ts';
import type { Point } from '../data/dataset.ts';

export { sample } from '../compute/sample.ts';

/**
 * The marks several figures draw, drawn the same way everywhere, each with the accessible name readers and
 * tests look for: `data`, `model output`, `best line`, `hidden neuron i`, `residuals`, `loss`.
 * Moving marks are drawn on an Overlay (see layered.ts); `axesBase` draws the axes they sit on.
 */

/** A curve sampled at many x, as two arrays: ys[k] is the value at xs[k]. */
export interface Curve {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
}

/**
 * Evaluates a network (given as a batch function over inputs) at n evenly spaced x: one `predict` call draws
 * the whole curve, and the curve is whatever the network computes, never an assumed shape.
 */
export function sampleNetwork(evaluate: (xs: Float64Array) => ArrayLike<number>, [x0, x1]: readonly [number, number], n = 121): Curve & { xs: Float64Array } {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = x0 + ((x1 - x0) * i) / (n - 1);
  return { xs, ys: evaluate(xs) };
}

/** Options every x–y plot shares: sans labels at a readable size, light grid, room for labels. */
export function frame(width: number, height: number) {
  return {
    width,
    height,
    marginLeft: 52,
    marginBottom: 44,
    marginTop: 24,
    marginRight: 16,
    style: { fontSize: '13px', fontFamily: 'var(--font-sans)', color: 'var(--ink)', background: 'transparent' },
    grid: true,
  } as const;
}

export interface Axes {
  width: number;
  height: number;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  xLabel: string;
  yLabel: string;
  /** A faint horizontal rule at y = 0, where a curve crosses from positive to negative. */
  zeroRule?: boolean;
}

/**
 * An empty chart with axes and grid: the base that moving marks are drawn onto. Passed to `layered` as it is, it
 * draws only what `axes` describes; a base with more Plot marks is a named builder of its own that calls it with
 * `marks` (see activation-gallery/plot.ts), so the marks' data is among that builder's options.
 */
export function axesBase(doc: Document, axes: Axes, marks: readonly Plot.Markish[] = []): PlotElement {
  return Plot.plot({
    ...frame(axes.width, axes.height),
    document: doc,
    x: { domain: [...axes.xDomain], label: axes.xLabel },
    y: { domain: [...axes.yDomain], label: axes.yLabel },
    marks: [Plot.frame({ stroke: 'none' }), ...(axes.zeroRule ? [zeroRule()] : []), ...marks],
  }) as unknown as PlotElement;
}

/** The rule at y = 0 (also for bases that draw more than axes). */
export function zeroRule(): Plot.Markish {
  return Plot.ruleY([0], { stroke: colour.muted, strokeOpacity: 0.6 });
}

/** The observations: neutral ink dots with a paper-coloured halo so lines crossing them stay readable. */
export function drawData(o: Overlay, points: readonly Point[], r = 4.5): void {
  o.dots(points, { label: text.marks.data, fill: colour.data, stroke: colour.paper, strokeWidth: 1.5, r });
}

/** The model's output as a curve through sampled points. */
export function drawOutput(o: Overlay, { xs, ys }: Curve, label = text.marks.modelOutput): void {
  o.curve(xs, ys, { label, stroke: colour.output, strokeWidth: 3 });
}

/** The least-squares line: always dashed, so it reads as a reference, not a model. */
export function drawBest(o: Overlay, curve: readonly (readonly [number, number])[]): void {
  o.line(curve, { label: text.marks.bestLine, stroke: colour.best, strokeWidth: 2, dash: '6 5' });
}

/** One hidden neuron's line or activated curve, in that neuron's colour. */
export function drawHidden(o: Overlay, { xs, ys }: Curve, i: number, stroke: string, dashed = false): void {
  o.curve(xs, ys, { label: fill(text.marks.hiddenNeuron, { n: i + 1 }), stroke, strokeWidth: 2, dash: dashed ? '3 4' : undefined });
}

/** Vertical gaps between each point and the model's prediction: the errors the loss squares. */
export function drawResiduals(o: Overlay, points: readonly Point[], predicted: ArrayLike<number>): void {
  o.segments(
    points.map((p, i) => ({ x: p.x, y1: p.y, y2: predicted[i] })),
    { label: text.marks.residuals, stroke: colour.loss, strokeWidth: 2, strokeOpacity: 0.8 },
  );
}
