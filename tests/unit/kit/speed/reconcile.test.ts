import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { morphChildren, morphInto, reconcile } from '../../../../src/figures/kit/speed/reconcile.ts';
import { layered, wholeDrawing, type Overlay } from '../../../../src/figures/kit/draw/layered.ts';
import { axesBase } from '../../../../src/figures/kit/draw/marks.ts';
import { finishPlot } from '../../../../src/figures/kit/draw/finish.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;
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

describe('reconcile with layered drawings', () => {
  let drawn = 0;
  const drawDots = (o: Overlay, points: { x: number; y: number }[]) => {
    drawn++;
    o.dots(points, { label: 'data' });
  };
  /** A layered drawing on axes labelled `xLabel` whose moving line goes to `y`; the dots are kept. */
  const drawing = (xLabel: string, y: number) =>
    layered(doc, axesBase, { width: 300, height: 200, xDomain: [0, 1], yDomain: [0, 1], xLabel, yLabel: 'y' }, (o) => {
      o.line([[0, 0], [1, y]], { label: 'model output', stroke: 'red' });
      o.keep(drawDots, [{ x: 0.5, y: 0.5 }]);
    });
  /** Markup with clip ids made comparable: every drawing numbers its own. */
  const normalised = (el: Element) => el.outerHTML.replace(/bl-clip-\d+/g, 'bl-clip');

  it('leaves the base out of every drawing, and wholeDrawing puts back exactly the base', () => {
    const deferred = drawing('a', 0.3);
    expect(deferred.querySelector('[data-base-pending]')).not.toBeNull();
    wholeDrawing(deferred);
    expect(deferred.querySelector('[data-base-pending]')).toBeNull();
    const fresh = finishPlot(axesBase(doc, { width: 300, height: 200, xDomain: [0, 1], yDomain: [0, 1], xLabel: 'a', yLabel: 'y' }));
    expect(normalised(deferred.firstElementChild!)).toBe(normalised(fresh));
  });

  it('same base: keeps the base, the overlay, its clipping frame and the kept marks, and ends with the new drawing', () => {
    const container = doc.createElement('div');
    reconcile(container, drawing('b', 0.1));
    const [base, overlay] = Array.from(container.firstElementChild!.children);
    const frame = overlay.querySelector('.bl-overlay__frame');
    const line = overlay.querySelector('[aria-label="model output"] path');
    const kept = overlay.querySelector('[data-keep]');
    const drawsBefore = drawn;
    reconcile(container, drawing('b', 0.9));
    expect(drawn).toBe(drawsBefore); // the kept marks were cloned, not drawn again
    const [baseAfter, overlayAfter] = Array.from(container.firstElementChild!.children);
    expect(baseAfter).toBe(base);
    expect(overlayAfter).toBe(overlay);
    expect(overlay.querySelector('[data-keep]')).toBe(kept);
    expect(overlay.querySelector('.bl-overlay__frame')).toBe(frame);
    expect(overlay.querySelector('[aria-label="model output"] path')).toBe(line); // moved, not rebuilt
    expect(normalised(container.firstElementChild!)).toBe(normalised(wholeDrawing(drawing('b', 0.9))));
  });

  it('same bases: what surrounds them (a legend that gains an entry) changes too, and the bases stay', () => {
    const framed = (entries: string[], y: number) => {
      const wrap = doc.createElement('div');
      wrap.innerHTML = `<ul class="legend">${entries.map((e) => `<li>${e}</li>`).join('')}</ul>`;
      wrap.append(drawing('e', y));
      return wrap;
    };
    const container = doc.createElement('div');
    reconcile(container, framed(['data'], 0.1));
    const base = container.querySelector('.bl-layered > svg:not(.bl-overlay)');
    reconcile(container, framed(['data', 'hinge'], 0.5));
    expect(container.querySelector('.bl-layered > svg:not(.bl-overlay)')).toBe(base);
    expect(container.querySelector('[data-base-pending]')).toBeNull();
    expect(normalised(container.firstElementChild!)).toBe(normalised(wholeDrawing(framed(['data', 'hinge'], 0.5))));
  });

  it('another base: the whole new drawing replaces the old, base included', () => {
    const container = doc.createElement('div');
    reconcile(container, drawing('c', 0.1));
    const old = container.firstElementChild;
    reconcile(container, drawing('d', 0.2));
    expect(container.firstElementChild).not.toBe(old);
    expect(container.querySelector('[data-base-pending]')).toBeNull();
    expect(normalised(container.firstElementChild!)).toBe(normalised(wholeDrawing(drawing('d', 0.2))));
  });
});
