/**
 * One id, one element: a chapter page gives ids to its headings (Astro slugs their text, as GitHub does), to its
 * figures (remark-figures), to its slides' sections (`slide-N`) and to its exercises. A figure whose id a
 * heading's slug also takes would give the page two elements with one id: links to either land on the first,
 * and the figure's labels would point at the heading. Such a clash fails the build naming both lines.
 * Runs after remark-figures and remark-exercises, which write the figures' and exercises' ids.
 */
import GithubSlugger from 'github-slugger';
import { attribute as attr, isJsx, locate, type JsxNode as Node } from './jsx.ts';

interface TextNode extends Node {
  value?: string;
  depth?: number;
}

/** A heading's text as its id is made from (math is left out: its rendered text is KaTeX's, not the source's). */
const textOf = (node: TextNode): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map((c) => textOf(c as TextNode)).join('');

export function remarkIds({ root = process.cwd() }: { root?: string } = {}) {
  return (tree: Node, file: { path?: string }) => {
    const at = locate(root, file);
    const slugger = new GithubSlugger();
    const taken = new Map<string, { what: string; node: Node }>();
    const claim = (id: string, what: string, node: Node) => {
      const first = taken.get(id);
      if (first) {
        throw new Error(`${at(node)}: ${what} has the id "${id}", which ${first.what} (line ${first.node.position?.start.line ?? '?'}) already has; give one of them another id (a figure's id="…").`);
      }
      taken.set(id, { what, node });
    };
    const visit = (node: Node) => {
      if (node.type === 'heading') claim(slugger.slug(textOf(node as TextNode)), `the heading "${textOf(node as TextNode)}"`, node);
      else if (isJsx(node) && node.name) {
        const id = attr(node, 'id')?.value;
        if (typeof id === 'string' && node.name !== 'Slide') claim(id, `<${node.name}>`, node);
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
