/**
 * An MDX compile-time check of every <Term id="…"> in a chapter, so a misspelt glossary id fails the build with
 * the file and line, not as a page error with no source:
 *   content/chapters/02-one-neuron.mdx:9: <Term id="wieght"> is not in content/glossary.json. Did you mean "weight"?
 * The glossary is read on every chapter compile, so a term added while `astro dev` runs is known at once.
 * (src/lib/glossary.ts still validates the entries themselves and looks each one up when the page renders.)
 */
import { readFileSync } from 'node:fs';
import { closest } from '../text/closest.ts';
import { attribute, isJsx, locate, type JsxNode } from './jsx.ts';


export interface RemarkTermsOptions {
  /** The glossary file (absolute, or relative to the working directory). */
  glossary: string;
  /** How messages name the glossary, e.g. `content/glossary.json`. */
  label: string;
  /** The project root, so messages show paths like content/chapters/02-one-neuron.mdx. */
  root?: string;
}

export function remarkTerms({ glossary, label, root = process.cwd() }: RemarkTermsOptions) {
  return (tree: JsxNode, file: { path?: string }) => {
    const at = locate(root, file);
    let ids: string[] | undefined;
    const known = () => {
      if (ids) return ids;
      try {
        ids = Object.keys(JSON.parse(readFileSync(glossary, 'utf8')) as Record<string, unknown>);
      } catch (error) {
        throw new Error(`${label} could not be read: ${(error as Error).message}`);
      }
      return ids;
    };
    const walk = (node: JsxNode) => {
      if (isJsx(node) && node.name === 'Term') {
        const where = at(node);
        const id = attribute(node, 'id')?.value;
        if (id === undefined || id === null) throw new Error(`${where}: <Term> needs an id, e.g. <Term id="weight">weights</Term>.`);
        // A literal id is checked here; an {expression} is left to the lookup when the page renders.
        if (typeof id === 'string' && !known().includes(id)) {
          const hint = closest(id, known());
          throw new Error(`${where}: <Term id="${id}"> is not in ${label}.${hint ? ` Did you mean "${hint}"?` : ''}`);
        }
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
