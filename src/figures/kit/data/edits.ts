import { memoize } from '../compute/memoize.ts';
import type { ClassDataset, ClassPoint, Point, XYDataset } from './dataset.ts';
import { domainFor } from './domain.ts';
import { decodeRows } from './points-code.ts';
import { classDatasetOf, xyDatasetOf } from './registry.ts';

/**
 * The dataset a figure shows in a state: the published one, or the reader's edit of it (the state's
 * `points` code). Every figure that lets readers edit its data, or follows a partner that does, asks this one
 * place, so what the residuals, the landscape and the fit see is the same. The published data is never
 * changed; clearing the code brings it back.
 */
const edited = memoize(({ dataset, points }: { dataset: string; points: string }): XYDataset => {
  const published = xyDatasetOf(dataset);
  const rows = points ? decodeRows(points, 2) : null;
  if (!rows) return published;
  const moved: Point[] = rows.map(([x, y]) => ({ x, y }));
  return {
    ...published,
    points: moved,
    xDomain: domainFor(published.xDomain, moved.map((p) => p.x)),
    yDomain: domainFor(published.yDomain, moved.map((p) => p.y)),
  };
}, 8);

export interface DataChoice {
  dataset: string;
  points?: string;
}

/** The figure's data in this state (keyed by the dataset's id and the edit code alone, so a frame pays a lookup). */
export const datasetIn = (state: DataChoice): XYDataset => edited({ dataset: state.dataset, points: state.points ?? '' });

/** The part of a state that decides its data, for caches keyed on it. */
export const dataChoiceOf = (state: DataChoice): Required<DataChoice> => ({ dataset: state.dataset, points: state.points ?? '' });

/** Whether a state shows the reader's points rather than the published ones. */
export const isEdited = (state: { points?: string }): boolean => Boolean(state.points);

const editedClasses = memoize(({ dataset, points }: Required<DataChoice>): ClassDataset => {
  const published = classDatasetOf(dataset);
  const rows = points ? decodeRows(points, 3) : null;
  if (!rows) return published;
  return { ...published, points: rows.map(([x1, x2, label]): ClassPoint => ({ x1, x2, label: label as 0 | 1 })) };
}, 8);

/** A two-class figure's data in this state: the published points, or the reader's (same rules as datasetIn). */
export const classDatasetIn = (state: DataChoice): ClassDataset => editedClasses(dataChoiceOf(state));
