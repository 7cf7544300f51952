/**
 * The few pieces of the MDX syntax tree the chapter checks need, shared by remark-figures, remark-slides and
 * remark-terms: JSX element nodes, their attributes, reading a literal value, writing a number attribute.
 */
import { basename } from 'node:path';
import { sourcePath } from '../lib/source-path.ts';

/** The chapter part of ids, from the file name: `07-how-many-bends.mdx` → `how-many-bends` (figures' and exercises' ids). */
export const chapterOf = (path: string | undefined) => basename(path ?? 'chapter', '.mdx').replace(/^\d+-/, '').toLowerCase().replace(/[^a-z0-9-]/g, '-');

export interface JsxAttribute {
  type: string;
  name?: string;
  value?: null | string | { type: string; value: string };
}

export interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: JsxNode[];
  position?: { start: { line: number } };
}

/** A `<Tag …>` in flow (its own paragraph) or in text. */
export const isJsx = (node: JsxNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The named attribute of an element, if written. */
export const attribute = (node: JsxNode, name: string): JsxAttribute | undefined =>
  node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

/**
 * An attribute's value the way MDX would read it: `w={0.4}` → 0.4, `dataset="u"` → "u", `residuals` → true.
 * The author's own expression from their own chapter, evaluated in isolation: literals only in practice.
 * `where` (file:line: <Tag>) starts the message when the expression cannot be read.
 */
export function literal(attr: JsxAttribute, where: string): unknown {
  const value = attr.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  try {
    return new Function(`"use strict"; return (${value.value});`)();
  } catch {
    throw new Error(`${where} prop "${attr.name}": could not read {${value.value}}; write a literal such as {0.5}, {true} or "text".`);
  }
}

/** A `name={n}` attribute, with the small estree program MDX compiles attribute expressions from. */
export function numberAttribute(name: string, n: number): JsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: String(n),
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: { type: 'Literal', value: n, raw: String(n) } }] } },
    } as unknown as { type: string; value: string },
  };
}

/** `content/chapters/02-one-neuron.mdx:41`: where a node is, for messages. */
export function locate(root: string, file: { path?: string }): (node: JsxNode) => string {
  const path = sourcePath(root, file.path);
  return (node) => `${path}:${node.position?.start.line ?? '?'}`;
}

/** A `name="text"` attribute (a string needs no expression program). */
export function stringAttribute(name: string, value: string): JsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** The text of a node and its children, as a reader sees it (math as its TeX source), for answers and messages. */
export function plainText(node: JsxNode): string {
  const own = (node as { value?: unknown }).value;
  if (typeof own === 'string' && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath' || node.type === 'math')) return own;
  return (node.children ?? []).map(plainText).join(node.type === 'mdxJsxFlowElement' || node.type === 'root' ? ' ' : '');
}
