/**
 * An MDX compile-time check of every figure in a chapter, so an author's mistake fails the build with the
 * file, the line, the figure, the prop and what is allowed:
 *   content/chapters/02-one-neuron.mdx:41: <NeuronLine> prop "w": expected a number from -1 to 3, got 7.
 * It also numbers the figures of a chapter and gives each a stable id (`fig-<chapter>-<n>`) for URL state, and lists
 * them with their authored props in the chapter's frontmatter (`figures`), which the embed pages read: the props an
 * embed shows are the ones this check read, so a chapter and its embeds cannot disagree.
 *
 * Runs in Node while Astro compiles MDX, so it reads each figure's `state.ts` directly (those files import types,
 * which Node strips, the kit's contract, and their words, which src/build/node-text-modules.ts serves).
 */
import { figureFolders, loadSpec } from '../figures/folders.ts';
import { parseStrict, type Spec } from '../figures/kit/contract/spec.ts';
import { closest } from '../text/closest.ts';
import { SHELL_PROPS } from '../figures/kit/contract/shell-props.ts';
import { courseDatasets } from '../lib/datasets.ts';
import { AUTHORING_COMPONENTS } from './authoring-components.ts';
import { chapterOf, isJsx, literal, locate, numberAttribute, type JsxNode } from './jsx.ts';

export interface FigureSpec {
  name: string;
  component: string;
  spec: Spec;
}

/** Every figure folder's Spec, keyed by component name. */
export async function loadFigureSpecs(dir?: string): Promise<Map<string, FigureSpec>> {
  const specs = new Map<string, FigureSpec>();
  for (const folder of figureFolders(dir)) specs.set(folder.component, { name: folder.name, component: folder.component, spec: await loadSpec(folder) });
  return specs;
}

/** One figure as its chapter wrote it: what an embed page (src/lib/figure-index.ts) needs to draw it again. */
export interface AuthoredFigure {
  id: string;
  /** The figure's folder name (`neuron-line`). */
  figure: string;
  /** The props as written, shell props (title, controls, link) included, id and the check's own additions not. */
  props: Record<string, unknown>;
  figureNumber: number;
  /** `content/chapters/02-one-neuron.mdx:41`. */
  source: string;
  /** For a figure inside <SlideOnly>, which the essay does not show: the number of its slide (1-based, as remark-slides counts). */
  slideOnly?: number;
}

export interface RemarkFiguresOptions {
  specs: Map<string, FigureSpec>;
  /** The project root, so messages show paths like content/chapters/02-one-neuron.mdx. */
  root?: string;
}

export function remarkFigures({ specs, root = process.cwd() }: RemarkFiguresOptions) {
  const known = [...specs.keys(), ...AUTHORING_COMPONENTS];
  // A figure's `dataset` prop names a file in content/datasets: the check needs to know them all.
  courseDatasets(root);
  return (tree: JsxNode, file: { path?: string; data?: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const at = locate(root, file);
    const chapter = chapterOf(file.path);
    let count = 0;
    const ids = new Set<string>();
    const authored: AuthoredFigure[] = [];
    // Slides in document order, as remark-slides numbers them, and whether the walk is inside a <SlideOnly>.
    let slides = 0;
    const walk = (node: JsxNode, slideOnly: boolean) => {
      if (isJsx(node) && node.name === 'Slide') slides += 1;
      const inDeckOnly = slideOnly || (isJsx(node) && node.name === 'SlideOnly');
      if (isJsx(node) && node.name && /^[A-Z]/.test(node.name)) {
        const where = at(node);
        const figure = specs.get(node.name);
        if (figure) {
          const props: Record<string, unknown> = {};
          for (const attribute of node.attributes ?? []) {
            if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
              throw new Error(`${where}: <${node.name}> takes named props only (no {...spread}).`);
            }
            props[attribute.name] = literal(attribute, `${where}: <${node.name}>`);
          }
          parseStrict(figure.spec, props, { figure: node.name, source: where }, SHELL_PROPS);
          count += 1;
          const id = typeof props.id === 'string' ? props.id : `fig-${chapter}-${count}`;
          if (ids.has(id)) throw new Error(`${where}: <${node.name}> id "${id}" is already used by another figure in this chapter.`);
          ids.add(id);
          const written = Object.fromEntries(Object.entries(props).filter(([key]) => key !== 'id'));
          authored.push({ id, figure: figure.name, props: written, figureNumber: count, source: where, ...(inDeckOnly ? { slideOnly: slides } : {}) });
          const attributes = (node.attributes ?? []).filter((a) => !['source', 'figureNumber', 'id', 'figure'].includes(a.name ?? ''));
          attributes.push(
            // Which figure this tag is: every figure tag is the same component (src/figures/Figure.astro).
            { type: 'mdxJsxAttribute', name: 'figure', value: figure.name },
            { type: 'mdxJsxAttribute', name: 'id', value: id },
            { type: 'mdxJsxAttribute', name: 'source', value: where },
            numberAttribute('figureNumber', count),
          );
          node.attributes = attributes;
        } else if (!(AUTHORING_COMPONENTS as readonly string[]).includes(node.name)) {
          const hint = closest(node.name, known);
          throw new Error(
            `${where}: unknown component <${node.name}>.${hint ? ` Did you mean <${hint}>?` : ''} Chapters can use: ${known.join(', ')}.`,
          );
        }
      }
      for (const child of node.children ?? []) walk(child, inDeckOnly);
    };
    walk(tree, false);
    // Astro hands MDX plugins the chapter's frontmatter to extend (render(entry).remarkPluginFrontmatter); a plain
    // MDX compile (the unit tests) has none.
    const frontmatter = file.data?.astro?.frontmatter;
    if (frontmatter) frontmatter.figures = authored;
  };
}
