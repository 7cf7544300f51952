import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { morphChildren, morphInto } from '../../../src/figures/kit/reconcile.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const html = (markup: string) => {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  return holder;
};

describe('morphChildren', () => {
  it('ends with exactly the new markup, attribute order included (as a fresh drawing would be)', () => {
    const cases = [
      ['<g a="1"><path d="M0,0L1,1"/></g>', '<g a="2" b="3"><path d="M0,0L2,2"/><path d="M5,5"/></g>'],
      ['<g b="1" a="2"></g>', '<g a="2" b="1"></g>'],
      ['<g a="1" c="x"><path/><path/><text>old</text></g>', '<g a="1"><path/></g>'],
      ['<g><path/></g><text>1</text>', '<text>2</text><g><circle r="1"/></g>'],
      ['', '<g><title>t</title></g>'],
      ['<g><title>t</title></g>', ''],
    ];
    for (const [before, after] of cases) {
      const current = html(before);
      morphChildren(current, html(after));
      expect(current.innerHTML).toBe(html(after).innerHTML);
    }
  });

  it('keeps nodes of the same tag and edits them in place, so focus and hover stay', () => {
    const current = html('<g class="edge" tabindex="0"><line x1="0"/></g><g><line/></g>');
    const [edge, other] = Array.from(current.children);
    const line = edge.firstElementChild;
    morphChildren(current, html('<g class="edge" tabindex="0"><line x1="4"/></g><g><line/></g>'));
    expect(current.children[0]).toBe(edge);
    expect(current.children[1]).toBe(other);
    expect(edge.firstElementChild).toBe(line);
    expect(line?.getAttribute('x1')).toBe('4');
  });

  it('morphInto puts one element in a container', () => {
    const container = html('<svg class="bl-diagram" width="1"><circle r="1"/></svg>');
    const svg = container.firstElementChild;
    const next = html('<svg class="bl-diagram" width="2"><circle r="2"/><circle r="3"/></svg>').firstElementChild!;
    morphInto(container, next);
    expect(container.firstElementChild).toBe(svg);
    expect(container.innerHTML).toBe(html('<svg class="bl-diagram" width="2"><circle r="2"/><circle r="3"/></svg>').innerHTML);
  });
});
