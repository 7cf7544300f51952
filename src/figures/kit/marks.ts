import * as Plot from '@observablehq/plot';
import { colour } from './colours.ts';
import type { Point } from './stories.ts';

/**
 * Marks that several figures draw the same way. Each carries the ariaLabel readers and tests look for:
 * `data`, `model output`, `best line`, `hidden neuron i`, `loss`.
 */

/** Samples f at n evenly spaced x in [x0, x1]: curves are drawn from the network, never assumed. */
export function sample(f: (x: number) => number, [x0, x1]: readonly [number, number], n = 121): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const x = x0 + ((x1 - x0) * i) / (n - 1);
    out.push([x, f(x)]);
  }
  return out;
}

/** The observations: neutral ink dots with a paper-coloured halo so lines crossing them stay readable. */
export function dataDots(points: readonly Point[], options: { r?: number } = {}) {
  return Plot.dot(points, {
    x: 'x',
    y: 'y',
    r: options.r ?? 4.5,
    fill: colour.data,
    stroke: colour.paper,
    strokeWidth: 1.5,
    ariaDescription: 'data',
  });
}

/** The model's output as a curve through sampled points. */
export function outputLine(curve: [number, number][], options: { strokeWidth?: number; label?: string } = {}) {
  return Plot.line(curve, {
    stroke: colour.output,
    strokeWidth: options.strokeWidth ?? 3,
    ariaDescription: options.label ?? 'model output',
    clip: true,
  });
}

/** The least-squares line: always dashed, so it reads as a reference, not a model. */
export function bestLine(curve: [number, number][]) {
  return Plot.line(curve, { stroke: colour.best, strokeWidth: 2, strokeDasharray: '6 5', ariaDescription: 'best line', clip: true });
}

/** One hidden neuron's line or activated curve, in that neuron's colour. */
export function hiddenLine(curve: [number, number][], i: number, stroke: string, options: { dashed?: boolean } = {}) {
  return Plot.line(curve, {
    stroke,
    strokeWidth: 2,
    strokeDasharray: options.dashed ? '3 4' : undefined,
    ariaDescription: `hidden neuron ${i + 1}`,
    clip: true,
  });
}

/** Vertical gaps between each point and the model's prediction: the errors the loss squares. */
export function residuals(points: readonly Point[], predicted: ArrayLike<number>) {
  const gaps = points.map((p, i) => ({ x: p.x, y1: p.y, y2: predicted[i] }));
  return Plot.ruleX(gaps, { x: 'x', y1: 'y1', y2: 'y2', stroke: colour.loss, strokeWidth: 2, strokeOpacity: 0.8, ariaDescription: 'residuals', clip: true });
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
