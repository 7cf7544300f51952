/**
 * The figure folders, as the site's bundle finds them: `src/figures/<name>/figure.ts` (and `element.ts` where a
 * figure wires more than the kit does). Everything in the bundle that needs "every figure" asks here: the
 * definitions (server, tests), the lazy loader (browser). Node scripts, which cannot run import.meta.glob, find
 * the same folders with `folders.ts`; a unit test checks the two agree.
 *
 * Lazy on purpose: the browser imports this map, and each figure's code must load only when its figure wakes.
 */
import type { FigureSource } from './kit/contract/definition.ts';
import type { FigureElementClass } from './kit/browser/element.ts';

const sources = import.meta.glob<FigureSource>('./*/figure.ts', { import: 'figure' });
const elements = import.meta.glob<FigureElementClass>('./*/element.ts', { import: 'default' });

/** `./neuron-line/figure.ts` → `neuron-line`. */
const folderOf = (path: string) => path.split('/')[1];

export interface FigureModules {
  /** The folder's definition (without names: `named` adds them). */
  source: () => Promise<FigureSource>;
  /** The folder's own element class, when it has an `element.ts`. */
  element?: () => Promise<FigureElementClass>;
}

export const figureModules: Record<string, FigureModules> = Object.fromEntries(
  Object.entries(sources)
    .map(([path, source]) => [folderOf(path), { source, element: elements[path.replace('/figure.ts', '/element.ts')] }] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);
