import { allDatasets } from '../data/registry.ts';

/**
 * The JSON a figure's HTML carries for the datasets it can show, read by kit/browser/element.ts before the
 * figure reads its state. Numbers are data, not code, so they cost the JavaScript budget nothing, and a
 * course author's CSV reaches the browser without a build step of its own. Escaped for a <script> element.
 */
export function embeddedDatasets(ids: readonly string[]): string | null {
  const wanted = new Set(ids);
  const records = allDatasets().filter((d) => wanted.has(d.id));
  if (records.length === 0) return null;
  return JSON.stringify(records).replace(/</g, '\\u003c');
}
