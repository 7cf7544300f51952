/**
 * The deck's drawings as data (src/deck/client/ink/model.ts): which strokes show at a place, undo and clear,
 * and reading back what storage or another window holds, which must never throw and never let a bad stroke in.
 */
import { describe, expect, it } from 'vitest';
import {
  clearSlide, isStroke, merge, parse, remove, serialise, shownAt, undoTarget, upsert, visibleAt, MAX_POINTS, type Stroke,
} from '../../../src/deck/client/ink/model.ts';
import { pathData, toCanvas } from '../../../src/deck/client/ink/geometry.ts';

const stroke = (id: string, slide: number, step: number, points = [10, 20, 30, 40]): Stroke => ({ id, slide, step, colour: 'red', points });

describe('which strokes show at a place', () => {
  const strokes = [stroke('a', 3, 1), stroke('b', 3, 0), stroke('c', 3, 2), stroke('d', 4, 0)];

  it('a stroke made at step k of a slide shows at step k and later steps of that slide', () => {
    expect(shownAt(strokes[0], { slide: 3, step: 1 })).toBe(true);
    expect(shownAt(strokes[0], { slide: 3, step: 5 })).toBe(true);
  });

  it('hides before step k and on every other slide', () => {
    expect(shownAt(strokes[0], { slide: 3, step: 0 })).toBe(false);
    expect(shownAt(strokes[0], { slide: 2, step: 1 })).toBe(false);
    expect(shownAt(strokes[0], { slide: 4, step: 9 })).toBe(false);
  });

  it('lists what shows in drawing order', () => {
    expect(visibleAt(strokes, { slide: 3, step: 1 }).map((s) => s.id)).toEqual(['a', 'b']);
    expect(visibleAt(strokes, { slide: 3, step: 2 }).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(visibleAt(strokes, { slide: 4, step: 0 }).map((s) => s.id)).toEqual(['d']);
    expect(visibleAt(strokes, { slide: 1, step: 0 })).toEqual([]);
  });
});

describe('changing the drawings', () => {
  it('upsert appends a new stroke and replaces a grown one in place', () => {
    const one = upsert([], stroke('a', 1, 0));
    const two = upsert(one, stroke('b', 1, 0));
    const grown = upsert(two, stroke('a', 1, 0, [1, 2, 3, 4, 5, 6]));
    expect(grown.map((s) => s.id)).toEqual(['a', 'b']);
    expect(grown[0].points).toHaveLength(6);
    expect(two[0].points).toHaveLength(4); // the old list is not changed
  });

  it('undo takes the last stroke on screen, never one hidden at this place', () => {
    const strokes = [stroke('a', 2, 0), stroke('b', 2, 1), stroke('later', 2, 3), stroke('elsewhere', 5, 0)];
    expect(undoTarget(strokes, { slide: 2, step: 1 })?.id).toBe('b');
    expect(undoTarget(strokes, { slide: 2, step: 0 })?.id).toBe('a');
    expect(undoTarget(strokes, { slide: 3, step: 0 })).toBeUndefined();
    expect(remove(strokes, 'b').map((s) => s.id)).toEqual(['a', 'later', 'elsewhere']);
  });

  it('clear removes every stroke of one slide, at every step, and no other', () => {
    const strokes = [stroke('a', 2, 0), stroke('b', 2, 4), stroke('c', 3, 0)];
    expect(clearSlide(strokes, 2).map((s) => s.id)).toEqual(['c']);
  });

  it('merge adds only the strokes it lacks, once each', () => {
    const mine = [stroke('a', 1, 0)];
    const theirs = [stroke('a', 1, 0, [0, 0]), stroke('b', 1, 0), stroke('b', 1, 0)];
    const merged = merge(mine, theirs);
    expect(merged.map((s) => s.id)).toEqual(['a', 'b']);
    expect(merged[0]).toBe(mine[0]);
  });
});

describe('serialise and parse', () => {
  it('round-trips, keeping only the known fields', () => {
    const strokes = [stroke('a', 1, 0), { ...stroke('b', 2, 3), colour: 'ink' as const }];
    expect(parse(serialise(strokes))).toEqual(strokes);
    const extra = { ...stroke('c', 1, 0), secret: 'x' } as Stroke;
    expect(parse(serialise([extra]))[0]).not.toHaveProperty('secret');
  });

  it('reads nothing, bad JSON or another shape as no drawings, without throwing', () => {
    for (const text of [null, undefined, '', '{', 'null', '42', '"text"', '[]', '{}', '{"version":2,"strokes":[]}', '{"version":1,"strokes":{}}']) {
      expect(parse(text), String(text)).toEqual([]);
    }
  });

  it('drops bad strokes and keeps the good ones', () => {
    const good = stroke('good', 1, 0);
    const bad: unknown[] = [
      null, 7, 'x', {},
      { ...good, id: '' }, { ...good, id: 5 }, { ...good, id: 'x'.repeat(65) },
      { ...good, slide: 0 }, { ...good, slide: 1.5 }, { ...good, step: -1 }, { ...good, step: '1' },
      { ...good, colour: 'purple' }, { ...good, colour: undefined },
      { ...good, points: [] }, { ...good, points: [1, 2, 3] }, { ...good, points: [1, 'a'] }, { ...good, points: [NaN, 1] },
      { ...good, points: [1, Infinity] }, { ...good, points: [1e9, 1] }, { ...good, points: 'x' },
      { ...good, points: new Array(MAX_POINTS + 2).fill(1) },
    ];
    for (const b of bad) expect(isStroke(b), JSON.stringify(b)?.slice(0, 80)).toBe(false);
    expect(parse(JSON.stringify({ version: 1, strokes: [...bad, good] }))).toEqual([good]);
  });
});

describe('geometry', () => {
  it('maps a client position through the scaled canvas into canvas units', () => {
    // A canvas scaled to half size, its top left at (100, 50) in the window.
    expect(toCanvas({ left: 100, top: 50, width: 800, height: 450 }, 500, 275)).toEqual({ x: 800, y: 450 });
    expect(toCanvas({ left: 100, top: 50, width: 800, height: 450 }, 100, 50)).toEqual({ x: 0, y: 0 });
  });

  it('draws one point as a dot, two as a line, more as curves through the midpoints', () => {
    expect(pathData([])).toBe('');
    expect(pathData([5, 6])).toBe('M5 6h0.1');
    expect(pathData([0, 0, 10, 0])).toBe('M0 0L10 0');
    expect(pathData([0, 0, 10, 0, 10, 10])).toBe('M0 0Q10 0 10 5L10 10');
  });
});
