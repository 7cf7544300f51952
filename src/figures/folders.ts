/**
 * The figure folders, as Node finds them on disk (the MDX check in astro.config.mjs, `npm run new-chapter`, the
 * browser tests): each folder of `src/figures/` with a `figure.ts`. The bundle finds the same folders through
 * `index.ts`. Runs in plain Node: it imports only Node, the kit's naming rule and the hooks that let Node read the
 * course's words (a `state.ts` names its props' labels from them).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { registerTextModules } from '../build/node-text-modules.ts';
import { componentName } from './kit/contract/definition.ts';
import type { Spec } from './kit/contract/spec.ts';

const nodeRequire = createRequire(import.meta.url);

export const FIGURES_DIR = fileURLToPath(new URL('./', import.meta.url));

export interface FigureFolder {
  /** `neuron-line` */
  name: string;
  /** `NeuronLine` */
  component: string;
  dir: string;
}

export function figureFolders(dir = FIGURES_DIR): FigureFolder[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'figure.ts')))
    .map((entry) => ({ name: entry.name, component: componentName(entry.name), dir: join(dir, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A folder's Spec, read from its `state.ts` (which imports types only, so plain Node can load it).
 */
export async function loadSpec(folder: FigureFolder): Promise<Spec> {
  const file = join(folder.dir, 'state.ts');
  // Node's own loader, not the one importing this file: under Vite (astro.config.mjs is loaded through one with
  // no plugins) `virtual:text/…` would not resolve; Node's hooks answer it (build/node-text-modules.ts).
  registerTextModules();
  const module = nodeRequire(file) as { spec?: Spec };
  if (!module.spec) throw new Error(`src/figures/${folder.name}/state.ts must export "spec".`);
  return module.spec;
}
