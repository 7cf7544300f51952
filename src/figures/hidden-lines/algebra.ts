import T from 'virtual:text/hidden-lines';
import { fill } from '../../text/fill.ts';
import { fmt, signed } from '../kit/draw/format.ts';
import type { Model } from './model.ts';

const SUB = ['₁', '₂', '₃', '₄'];

/** A sentence of the locale with some of its `{names}` filled by elements (symbols with subscripts), as nodes. */
function withNodes(template: string, values: Record<string, string | (string | Node)[]>): (string | Node)[] {
  return template.split(/\{(\w+)\}/).flatMap((part, k) => {
    if (k % 2 === 0) return [part];
    if (!(part in values)) throw new Error(`text "${template}" needs a value for {${part}}`);
    return values[part];
  });
}

/**
 * The collapse, written out with the slider values: ŷ = Σ vᵢ(wᵢx + bᵢ) + c = (Σ vᵢwᵢ)x + (Σ vᵢbᵢ + c).
 * Plain HTML (not a picture), so screen readers read it and long sums wrap at the plus signs on a phone.
 * Each neuron's term is underlined in its colour, tying it to its sliders and its line.
 */
export function algebra(model: Model, doc: Document): Element {
  const el = (tag: string, text?: string, style?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (style) node.setAttribute('style', style);
    return node;
  };
  const name = (letter: string, sub: string) => {
    const v = el('span');
    v.append(el('var', letter), el('sub', sub));
    return v;
  };
  const term = (i: number, text: string) => el('span', text, `white-space: nowrap; border-bottom: 2px solid var(--c-hidden-${i + 1});`);
  const sum = (parts: Node[]) => {
    const span = el('span');
    parts.forEach((part, k) => {
      if (k > 0) span.append(' + ');
      span.append(part);
    });
    return span;
  };
  const n = model.neurons;
  const row = (label: Node, symbolic: string, numeric: Node[], result: number) => {
    const p = el('p', undefined, 'margin: 0 0 0.5rem;');
    const numbers = el('span', undefined, 'font-family: var(--font-mono); font-size: 0.9em; font-variant-numeric: tabular-nums;');
    numbers.append(sum(numeric));
    p.append(label, ` = ${symbolic} = `, numbers, ' = ', el('strong', fmt(result), 'font-family: var(--font-mono); font-variant-numeric: tabular-nums;'));
    return p;
  };

  const box = el('div', undefined, 'line-height: 1.55;');
  box.setAttribute('class', 'bl-algebra');
  const heading = el('p', undefined, 'margin: 0 0 0.4rem; color: var(--ink-muted);');
  const indexed = (letter: string) => [letter, el('sub', 'i')];
  heading.append(
    ...withNodes(T.algebra.heading, {
      sum: `ŷ = ${n.map((_, i) => `v${SUB[i]}h${SUB[i]}`).join(' + ')}`,
      hi: indexed('h'),
      wi: indexed('w'),
      bi: indexed('b'),
    }),
  );
  box.append(
    heading,
    row(name('w', 'eff'), n.map((_, i) => `v${SUB[i]}w${SUB[i]}`).join(' + '), n.map((p, i) => term(i, `(${fmt(p.v)})(${fmt(p.w)})`)), model.wEff),
    row(
      name('b', 'eff'),
      `${n.map((_, i) => `v${SUB[i]}b${SUB[i]}`).join(' + ')} + c`,
      [...n.map((p, i) => term(i, `(${fmt(p.v)})(${fmt(p.b)})`)), el('span', `(${fmt(model.c)})`, 'white-space: nowrap;')],
      model.bEff,
    ),
  );
  const result = el('p', undefined, 'margin: 0; font-weight: 600;');
  result.append(fill(T.algebra.result, { w: fmt(model.wEff), b: signed(model.bEff) }));
  box.append(result);
  return box;
}
