/**
 * Every figure's definition, named by its folder: for the build (pages, the catalog, the deck) and the unit tests.
 * Not for the browser, which loads each figure when it wakes (lazy.ts).
 */
import { named, type FigureDefinition } from './kit/contract/definition.ts';
import { figureModules } from './index.ts';

export const definitions: FigureDefinition[] = await Promise.all(
  Object.entries(figureModules).map(async ([folder, modules]) => named(folder, await modules.source())),
);

const byName = new Map(definitions.map((d) => [d.name, d]));

/** The definition of the figure in `src/figures/<name>/`; a clear error for a name no folder has. */
export function definitionOf(name: string): FigureDefinition {
  const definition = byName.get(name);
  if (!definition) throw new Error(`No figure folder src/figures/${name}/ (figures: ${[...byName.keys()].join(', ')}).`);
  return definition;
}
