/**
 * Every figure, for the pages: adding `src/figures/<name>/` with a `figure.ts` is the whole registration.
 * Chapters get every figure component without import lines; the catalog and the deck walk this list.
 */
import type { FigureDefinition } from './kit/contract/definition.ts';
import { definitions } from './definitions.ts';
import Figure from './Figure.astro';

export interface RegistryEntry {
  name: string;
  component: string;
  definition: FigureDefinition;
}

export const registry: RegistryEntry[] = definitions.map((definition) => ({ name: definition.name, component: definition.component, definition }));

/** Component name → component, to hand to every chapter's MDX: each tag is `Figure`, named by the MDX check. */
export const figureComponents: Record<string, typeof Figure> = Object.fromEntries(registry.map((f) => [f.component, Figure]));

export { Figure };
