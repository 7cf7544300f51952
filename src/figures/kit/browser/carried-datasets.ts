import type { DatasetRecord } from '../data/dataset.ts';
import { registerDatasets } from '../data/registry.ts';

/**
 * Registers the datasets a figure's HTML carries (kit/server/embedded-datasets.ts), so its state can name
 * them and its model can look them up. Figures on one page may carry the same dataset; it is the same data.
 */
export function registerCarriedDatasets(figure: HTMLElement): void {
  const script = figure.querySelector('script[data-datasets]');
  if (!script?.textContent) return;
  try {
    registerDatasets(JSON.parse(script.textContent) as DatasetRecord[]);
  } catch {
    /* the build wrote it; a figure whose data cannot be read keeps its build-time drawing */
  }
}
