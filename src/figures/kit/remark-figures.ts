/**
 * An MDX compile-time check of every figure in a chapter, so an author's mistake fails the build with the
 * file, the line, the figure, the prop and what is allowed:
 *   content/chapters/02-one-neuron.mdx:41: <NeuronLine> prop "w": expected a number from -1 to 3, got 7.
 * It also numbers the figures of a chapter and gives each a stable id (`fig-<chapter>-<n>`) for URL state.
 *
 * Runs in Node while Astro compiles MDX, so it reads each figure's `state.ts` directly (those files import
 * nothing but types, which Node strips).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { sourcePath } from '../../lib/source-path.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closest, parseStrict, type Spec } from './spec.ts';
import { SHELL_PROPS } from './shell-props.ts';
import { AUTHORING_COMPONENTS } from '../../lib/authoring-components.ts';

interface FigureSpec {
  name: string;
  component: string;
  spec: Spec;
}

const figuresDir = fileURLToPath(new URL('../', import.meta.url));

function pascal(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** Every figure folder's Spec, keyed by component name. */
export async function loadFigureSpecs(dir = figuresDir): Promise<Map<string, FigureSpec>> {
  const specs = new Map<string, FigureSpec>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'kit') continue;
    const file = `${dir}/${entry.name}/state.ts`;
    if (!existsSync(file)) continue;
    const module = (await import(pathToFileURL(file).href)) as { spec?: Spec };
    if (!module.spec) throw new Error(`src/figures/${entry.name}/state.ts must export "spec".`);
    specs.set(pascal(entry.name), { name: entry.name, component: pascal(entry.name), spec: module.spec });
  }
  return specs;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: null | string | { type: string; value: string };
}
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: JsxNode[];
  position?: { start: { line: number } };
}

/** Reads an attribute's value the way MDX would: `w={0.4}` → 0.4, `dataset="u"` → "u", `residuals` → true. */
function readValue(attribute: JsxAttribute, where: string): unknown {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  try {
    // The author's own expression from their own chapter, evaluated in isolation: literals only in practice.
    return new Function(`"use strict"; return (${value.value});`)();
  } catch {
    throw new Error(`${where} prop "${attribute.name}": could not read {${value.value}}; write a literal such as {0.5}, {true} or "text".`);
  }
}

export interface RemarkFiguresOptions {
  specs: Map<string, FigureSpec>;
  /** The project root, so messages show paths like content/chapters/02-one-neuron.mdx. */
  root?: string;
}

export function remarkFigures({ specs, root = process.cwd() }: RemarkFiguresOptions) {
  const known = [...specs.keys(), ...AUTHORING_COMPONENTS];
  return (tree: JsxNode, file: { path?: string }) => {
    const path = sourcePath(root, file.path);
    const chapter = basename(file.path ?? 'chapter', '.mdx').replace(/^\d+-/, '').toLowerCase().replace(/[^a-z0-9-]/g, '-');
    let count = 0;
    const ids = new Set<string>();
    const walk = (node: JsxNode) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
        const where = `${path}:${node.position?.start.line ?? '?'}`;
        const figure = specs.get(node.name);
        if (figure) {
          const props: Record<string, unknown> = {};
          for (const attribute of node.attributes ?? []) {
            if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
              throw new Error(`${where}: <${node.name}> takes named props only (no {...spread}).`);
            }
            props[attribute.name] = readValue(attribute, `${where}: <${node.name}>`);
          }
          parseStrict(figure.spec, props, { figure: node.name, source: where }, SHELL_PROPS);
          count += 1;
          const id = typeof props.id === 'string' ? props.id : `fig-${chapter}-${count}`;
          if (ids.has(id)) throw new Error(`${where}: <${node.name}> id "${id}" is already used by another figure in this chapter.`);
          ids.add(id);
          const attributes = (node.attributes ?? []).filter((a) => !['source', 'figureNumber', 'id'].includes(a.name ?? ''));
          attributes.push(
            { type: 'mdxJsxAttribute', name: 'id', value: id },
            { type: 'mdxJsxAttribute', name: 'source', value: where },
            { type: 'mdxJsxAttribute', name: 'figureNumber', value: { type: 'mdxJsxAttributeValueExpression', value: String(count), ...estreeNumber(count) } },
          );
          node.attributes = attributes;
        } else if (!(AUTHORING_COMPONENTS as readonly string[]).includes(node.name)) {
          const hint = closest(node.name, known);
          throw new Error(
            `${where}: unknown component <${node.name}>.${hint ? ` Did you mean <${hint}>?` : ''} Chapters can use: ${known.join(', ')}.`,
          );
        }
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  };
}

/** MDX compiles attribute expressions from their estree; a number literal's is this small program. */
function estreeNumber(n: number) {
  return {
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [{ type: 'ExpressionStatement', expression: { type: 'Literal', value: n, raw: String(n) } }],
      },
    },
  };
}
