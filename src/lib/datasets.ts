import { resolve } from 'node:path';
import type { DatasetRecord } from '../figures/kit/data/dataset.ts';
import { registerDatasets } from '../figures/kit/data/registry.ts';
import { readDatasets } from '../figures/kit/server/datasets.ts';
import { CONTENT_DIR, contentPath } from './content-dir.ts';

/**
 * The course's datasets: the essay's own `content/datasets/`, then, for a course in CONTENT_DIR, its
 * `datasets/` folder, whose files win over the essay's of the same id (so a fork keeps every figure's
 * default data and adds or replaces what it needs). Read once per process and registered, so the MDX check,
 * the content collection and the tests look ids up in the same records.
 */
let cache: DatasetRecord[] | undefined;

export function courseDatasets(root = process.cwd()): DatasetRecord[] {
  if (cache) return cache;
  const folders = [{ path: resolve(root, 'content', 'datasets'), shown: 'content/datasets' }];
  if (CONTENT_DIR !== 'content') folders.push({ path: resolve(root, CONTENT_DIR, 'datasets'), shown: contentPath('datasets') });
  cache = readDatasets(folders);
  registerDatasets(cache);
  return cache;
}
