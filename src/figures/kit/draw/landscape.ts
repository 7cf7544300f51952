import * as Plot from '@observablehq/plot';
import { contours } from 'd3-contour';
import { computeLoss, createDataset, createNetwork } from '../../../nn/index.ts';
import text from 'virtual:text/plot';
import { colour } from './colours.ts';
import { svgElement } from './svg.ts';
import type { Point } from '../data/dataset.ts';

/**
 * The loss of a one-neuron model y = w·x + b over a grid of (w, b): the landscape that gradient descent walks
 * down. Cheap (a dozen points × a few thousand cells), so it is recomputed only when the dataset changes.
 */
export interface LandscapeData {
  /** The data the loss is measured on. */
  points: readonly Point[];
  wDomain: [number, number];
  bDomain: [number, number];
  /** Where the loss is lowest (the least-squares line). */
  best: { w: number; b: number; loss: number };
  /** Contour levels, spaced evenly on a log scale from just above the minimum to the edge of the view. */
  thresholds: number[];
}

export interface Landscape extends LandscapeData {
  /** Loss at (w, b). */
  loss: (w: number, b: number) => number;
}

/**
 * The mean squared error of the line y = w·x + b on `points`, as src/nn measures it: the one-neuron network
 * with those parameters, through `computeLoss`. One network and one dataset serve every (w, b) asked about.
 */
export function lineLoss(points: readonly Point[]): (w: number, b: number) => number {
  const data = createDataset(points.map((p) => p.x), points.map((p) => p.y), 1, 1);
  const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [0, 0] });
  return (w, b) => {
    net.params[0] = w;
    net.params[1] = b;
    return computeLoss(net, data, 'mse');
  };
}

/** The plain data of a landscape (no function): what a base drawn from it is keyed by. */
export function landscapeData({ points, wDomain, bDomain, best, thresholds }: LandscapeData): LandscapeData {
  return { points, wDomain, bDomain, best, thresholds };
}

export function landscape(
  points: readonly Point[],
  wDomain: [number, number],
  bDomain: [number, number],
  best: { slope: number; intercept: number; mse: number },
): Landscape {
  const loss = lineLoss(points);
  const corners = [loss(wDomain[0], bDomain[0]), loss(wDomain[0], bDomain[1]), loss(wDomain[1], bDomain[0]), loss(wDomain[1], bDomain[1])];
  const low = Math.log(best.mse * 1.15);
  const high = Math.log(Math.max(...corners));
  const thresholds = Array.from({ length: 14 }, (_, i) => Math.exp(low + ((high - low) * i) / 13));
  return { points, wDomain, bDomain, loss, thresholds, best: { w: best.slope, b: best.intercept, loss: best.mse } };
}

// Coarse enough to keep the build-time SVG small (it is sent twice, wide and narrow); d3-contour interpolates
// between samples, so the bands stay smooth.
const GRID = { cols: 54, rows: 45 };

/**
 * Filled contour bands, drawn with d3-contour straight into the plot (a Plot "render" mark). Plot's own
 * contour mark does the same but brings its raster machinery along: 13 KB gzip that every page with a
 * landscape would load. The mark samples the loss on a grid over the frame and colours each band through
 * the plot's colour scale.
 */
function contourMark(land: LandscapeData): Plot.RenderFunction {
  return (_index, scales, _values, _dimensions, context) => {
    const { x, y, color } = scales;
    if (!x || !y || !color) return null;
    const { cols, rows } = GRID;
    const loss = lineLoss(land.points);
    const [w0, w1] = land.wDomain;
    const [b0, b1] = land.bDomain;
    const values = new Float64Array(cols * rows);
    for (let j = 0; j < rows; j++) {
      for (let i = 0; i < cols; i++) values[j * cols + i] = loss(w0 + ((i + 0.5) / cols) * (w1 - w0), b0 + ((j + 0.5) / rows) * (b1 - b0));
    }
    const px = (gx: number) => Number(x(w0 + (gx / cols) * (w1 - w0))).toFixed(1);
    const py = (gy: number) => Number(y(b0 + (gy / rows) * (b1 - b0))).toFixed(1);
    const g = svgElement(context.document, 'g', { 'aria-description': text.marks.lossLandscape, stroke: colour.paper, 'stroke-opacity': '0.35', 'stroke-width': '0.75' });
    for (const band of contours().size([cols, rows]).thresholds(land.thresholds)(Array.from(values))) {
      let d = '';
      for (const polygon of band.coordinates) for (const ring of polygon) d += `M${ring.map(([x, y]) => `${px(x)},${py(y)}`).join(' ')}Z`; // points after M are implicit line-tos
      if (!d) continue;
      g.append(svgElement(context.document, 'path', { d, fill: String(color(band.value)) }));
    }
    return g;
  };
}

/**
 * The landscape as filled contours (a topographic map: dark = low loss, each band a step on a log scale) and
 * a star at the minimum. Contours are SVG paths, so the build-time figure carries them too. Use with
 * `color: landscapeColour` on the plot.
 */
export function landscapeMarks(land: LandscapeData) {
  return [
    // The bands start just above the minimum, which would leave the basin around it unfilled: under them,
    // the whole frame takes the colour of the lowest loss. This mark's fill channel also gives the plot the
    // colour scale the contour mark draws with.
    Plot.rect([{ loss: land.best.loss }, { loss: land.thresholds[land.thresholds.length - 1] }], {
      x1: land.wDomain[0],
      x2: land.wDomain[1],
      y1: land.bDomain[0],
      y2: land.bDomain[1],
      fill: 'loss',
      // The second rect only widens the colour domain to the highest band; it is drawn under the first.
      fillOpacity: (d: { loss: number }) => (d.loss === land.best.loss ? 1 : 0),
      ariaHidden: 'true',
    }),
    contourMark(land),
    Plot.dot([land.best], {
      x: 'w',
      y: 'b',
      r: 7,
      symbol: 'star',
      fill: colour.paper,
      stroke: colour.ink,
      strokeWidth: 1.5,
      ariaDescription: text.marks.minimum,
    }),
  ];
}

/** Colour options for the landscape's loss scale, shared by every figure that draws one. */
export const landscapeColour = {
  type: 'log',
  scheme: 'viridis',
  label: text.landscape.colourLabel,
  legend: true,
} as const;
