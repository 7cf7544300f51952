/**
 * Every figure, found by folder: adding `src/figures/<name>/` with a `figure.ts` and a `<Name>.astro` is the
 * whole registration. Chapters get every figure component without import lines; the catalog and the
 * Playwright harness walk this list.
 */
import type { FigureDefinition } from './kit/definition.ts';
import { componentName } from './kit/definition.ts';

const definitions = import.meta.glob<FigureDefinition>('./*/figure.ts', { eager: true, import: 'figure' });
const components = import.meta.glob<unknown>('./*/*.astro', { eager: true, import: 'default' });

export interface RegistryEntry {
  name: string;
  component: string;
  definition: FigureDefinition;
  Component: unknown;
}

export const registry: RegistryEntry[] = Object.entries(definitions)
  .map(([path, definition]) => {
    const folder = path.split('/')[1];
    const component = componentName(folder);
    const Component = components[`./${folder}/${component}.astro`];
    if (definition.name !== folder || definition.component !== component || !Component) {
      throw new Error(`src/figures/${folder}: expected figure.ts to name "${folder}" / "${component}" and a ${component}.astro beside it.`);
    }
    return { name: folder, component, definition, Component };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** Component name → component, to hand to every chapter's MDX. */
export const figureComponents: Record<string, unknown> = Object.fromEntries(registry.map((f) => [f.component, f.Component]));
