import * as Plot from '@observablehq/plot';
import { colour } from './colours.ts';
import type { Point } from './stories.ts';

/**
 * The loss of a one-neuron model y = w·x + b over a grid of (w, b): the landscape that gradient descent walks
 * down. Cheap (a dozen points × a few thousand cells), so it is recomputed only when the dataset changes.
 */
export interface Landscape {
  wDomain: [number, number];
  bDomain: [number, number];
  /** Loss at (w, b). */
  loss: (w: number, b: number) => number;
  /** Where the loss is lowest (the least-squares line). */
  best: { w: number; b: number; loss: number };
  /** Contour levels, spaced evenly on a log scale from just above the minimum to the edge of the view. */
  thresholds: number[];
}

export function mseOfLine(points: readonly Point[], w: number, b: number): number {
  let sum = 0;
  for (const p of points) sum += (w * p.x + b - p.y) ** 2;
  return sum / points.length;
}

export function landscape(
  points: readonly Point[],
  wDomain: [number, number],
  bDomain: [number, number],
  best: { slope: number; intercept: number; mse: number },
): Landscape {
  const loss = (w: number, b: number) => mseOfLine(points, w, b);
  const corners = [loss(wDomain[0], bDomain[0]), loss(wDomain[0], bDomain[1]), loss(wDomain[1], bDomain[0]), loss(wDomain[1], bDomain[1])];
  const low = Math.log(best.mse * 1.15);
  const high = Math.log(Math.max(...corners));
  const thresholds = Array.from({ length: 14 }, (_, i) => Math.exp(low + ((high - low) * i) / 13));
  return { wDomain, bDomain, loss, thresholds, best: { w: best.slope, b: best.intercept, loss: best.mse } };
}

/**
 * The landscape as filled contours (a topographic map: dark = low loss, each band a step on a log scale) and
 * a star at the minimum. Contours are SVG paths, so the build-time figure carries them too.
 */
export function landscapeMarks(land: Landscape) {
  return [
    // The contours start just above the minimum, which would leave the basin around it unfilled: under them,
    // the whole frame takes the colour of the lowest loss.
    Plot.rect([{ loss: land.best.loss }], {
      x1: land.wDomain[0],
      x2: land.wDomain[1],
      y1: land.bDomain[0],
      y2: land.bDomain[1],
      fill: 'loss',
      ariaHidden: 'true',
    }),
    Plot.contour({
      fill: land.loss,
      x1: land.wDomain[0],
      x2: land.wDomain[1],
      y1: land.bDomain[0],
      y2: land.bDomain[1],
      width: 72,
      height: 60,
      thresholds: land.thresholds,
      stroke: colour.paper,
      strokeOpacity: 0.35,
      strokeWidth: 0.75,
      ariaDescription: 'loss landscape',
    }),
    Plot.dot([land.best], {
      x: 'w',
      y: 'b',
      r: 7,
      symbol: 'star',
      fill: colour.paper,
      stroke: colour.ink,
      strokeWidth: 1.5,
      ariaDescription: 'minimum',
    }),
  ];
}

/** Colour options for the landscape's loss scale, shared by every figure that draws one. */
export const landscapeColour = {
  type: 'log',
  scheme: 'viridis',
  label: 'loss (MSE)',
  legend: true,
} as const;
