import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { drawHolding, slowBase, type HeldBases } from '../../../../src/figures/kit/draw/held-bases.ts';
import { layered, type BaseBuilder } from '../../../../src/figures/kit/draw/layered.ts';
import { axesBase, type Axes } from '../../../../src/figures/kit/draw/marks.ts';

const fresh = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const axes = (top: number): Axes => ({ width: 300, height: 200, xDomain: [0, 1], yDomain: [0, top], xLabel: 'x', yLabel: 'y' });
const nothing = () => {};
const nameOf = (el: Element) => el.getAttribute('data-base');

/** A slow builder of its own (a copy of axesBase), so marking it leaves the shared axesBase alone. */
const slowAxes = slowBase(((doc, o) => axesBase(doc, o)) as BaseBuilder<Axes>);

/** One element's drawing of two panels with the same slow builder and one ordinary panel. */
function draw(doc: Document, slots: HeldBases, hold: boolean, top: number): { names: (string | null)[]; held: boolean } {
  const names: (string | null)[] = [];
  const held = drawHolding(slots, hold, () => {
    names.push(nameOf(layered(doc, slowAxes, axes(top), nothing)));
    names.push(nameOf(layered(doc, slowAxes, axes(top * 2), nothing)));
    names.push(nameOf(layered(doc, axesBase, axes(top), nothing)));
  });
  return { names, held };
}

describe('slow bases wait for a dragged point to pause', () => {
  it('while holding, each slow slot keeps the base it drew last; ordinary bases follow every change', () => {
    const doc = fresh();
    const slots: HeldBases = new Map();
    const first = draw(doc, slots, false, 1);
    expect(first.held).toBe(false);
    const dragged = draw(doc, slots, true, 3);
    expect(dragged.held).toBe(true);
    // Both slow panels kept their own bases (in order), the ordinary one is new.
    expect(dragged.names.slice(0, 2)).toEqual(first.names.slice(0, 2));
    expect(dragged.names[2]).not.toBe(first.names[2]);
  });

  it('once the edits pause (no holding), the slow bases catch up with the state', () => {
    const doc = fresh();
    const slots: HeldBases = new Map();
    draw(doc, slots, false, 1);
    draw(doc, slots, true, 3);
    const settled = draw(doc, slots, false, 3);
    expect(settled.held).toBe(false);
    const elsewhere = draw(doc, new Map(), false, 3);
    expect(settled.names).toEqual(elsewhere.names);
  });

  it('outside an element’s drawing (the build, snapshots, rehearsals) a slow base is an ordinary one', () => {
    const doc = fresh();
    const a = nameOf(layered(doc, slowAxes, axes(1), nothing));
    const b = nameOf(layered(doc, slowAxes, axes(3), nothing));
    expect(a).not.toBe(b);
  });

  it('a slot with nothing drawn yet draws its base even while holding', () => {
    const doc = fresh();
    const held = draw(doc, new Map(), true, 5);
    expect(held.held).toBe(false);
    expect(held.names).toEqual(draw(doc, new Map(), false, 5).names);
  });
});
