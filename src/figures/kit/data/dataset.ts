import { createDataset, type Dataset } from '../../../nn/index.ts';

/**
 * A dataset as the figures see it: numbers plus the words to show them with. The build reads these from
 * `content/datasets/` (kit/server/datasets.ts) and each figure's page carries the ones it offers, so a course
 * author's twelve points and the essay's own take the same path. Plain data, so it travels as JSON.
 */

export interface Point {
  x: number;
  y: number;
}

/** One point of a two-class dataset in the plane. */
export interface ClassPoint {
  x1: number;
  x2: number;
  label: 0 | 1;
}

/** `xy`: one input, one number to predict (regression). `classes`: two inputs, a class 0 or 1. */
export type Shape = 'xy' | 'classes';

interface About {
  /** The file name without its extension; what a figure's `dataset` prop names. */
  id: string;
  title: string;
  /** For menus: a few words (the title when the metadata gives none). */
  shortTitle: string;
  /** One sentence a reader can picture. */
  story: string;
  source: string;
  licence: string;
}

export interface XYDataset extends About {
  shape: 'xy';
  /** Axis labels with units and the figure's arrows, e.g. `Hours studied →`, `↑ Quiz score (points out of 10)`. */
  xLabel: string;
  yLabel: string;
  /** Column names (the CSV header) for data tables. */
  xName: string;
  yName: string;
  xDomain: [number, number];
  yDomain: [number, number];
  points: Point[];
  /** The rule the points were made from, as a formula in x (kit/data/pattern.ts), and how to say it. */
  pattern?: string;
  patternLabel?: string;
  /** The formula sampled across xDomain at build time, for figures to draw. */
  patternCurve?: [number, number][];
}

export interface ClassDataset extends About {
  shape: 'classes';
  x1Label: string;
  x2Label: string;
  points: ClassPoint[];
}

export type DatasetRecord = XYDataset | ClassDataset;

/** A dataset's points as src/nn training data (one input and one target per point). */
export function xyData(dataset: { id?: string; points: readonly Point[] }): Dataset {
  return createDataset(
    dataset.points.map((p) => p.x),
    dataset.points.map((p) => p.y),
    1,
    1,
    dataset.id,
  );
}

/** A two-class dataset as src/nn training data (two inputs, a 0/1 target per point). */
export function classData(dataset: { id?: string; points: readonly ClassPoint[] }): Dataset {
  return createDataset(
    dataset.points.flatMap((p) => [p.x1, p.x2]),
    dataset.points.map((p) => p.label),
    2,
    1,
    dataset.id,
  );
}
