import type { ClassDataset, DatasetRecord, Shape, XYDataset } from './dataset.ts';

/**
 * The datasets this page (or this build) knows, by id. At build time kit/server/datasets.ts registers every
 * dataset in `content/datasets/`; in a browser each figure registers the ones its page carries (its menu and
 * its authored one) before it reads its state. Figures look data up here by the id in their state, so a URL
 * naming a dataset the page does not carry simply falls back (spec.ts asks `hasDataset`).
 */
const known = new Map<string, DatasetRecord>();

export function registerDatasets(records: readonly DatasetRecord[]): void {
  for (const record of records) known.set(record.id, record);
}

export function hasDataset(id: string, shape: Shape): boolean {
  return known.get(id)?.shape === shape;
}

/** The ids of every known dataset of one shape, sorted, for error messages and the catalog. */
export function idsOfShape(shape: Shape): string[] {
  return [...known.values()].filter((d) => d.shape === shape).map((d) => d.id).sort();
}

export function allDatasets(): DatasetRecord[] {
  return [...known.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** A dataset's name in a menu; the id itself if the page does not carry it. */
export function titleOfDataset(id: string): string {
  return known.get(id)?.shortTitle ?? id;
}

function lookUp(id: string, shape: Shape): DatasetRecord {
  const record = known.get(id);
  // Reaching this is a bug in the kit, not an author's mistake: spec.ts has already checked every id.
  if (!record || record.shape !== shape) throw new Error(`Bending Lines: no ${shape} dataset "${id}" is registered on this page`);
  return record;
}

export const xyDatasetOf = (id: string): XYDataset => lookUp(id, 'xy') as XYDataset;
export const classDatasetOf = (id: string): ClassDataset => lookUp(id, 'classes') as ClassDataset;
