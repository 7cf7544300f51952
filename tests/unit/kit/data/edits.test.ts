import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datasetIn } from '../../../../src/figures/kit/data/edits.ts';
import { domainFor, editLimits, roomyDomain } from '../../../../src/figures/kit/data/domain.ts';
import { encodeRows } from '../../../../src/figures/kit/data/points-code.ts';
import { xyDatasetOf } from '../../../../src/figures/kit/data/registry.ts';
import { xyData } from '../../../../src/figures/kit/data/dataset.ts';
import { computeLoss, createNetwork, fitLine } from '../../../../src/nn/index.ts';

describe('datasetIn: the published data or the reader’s edit of it', () => {
  it('is the published record itself without an edit, or with a code that does not decode', () => {
    const published = xyDatasetOf('study-hours');
    expect(datasetIn({ dataset: 'study-hours', points: '' })).toBe(published);
    expect(datasetIn({ dataset: 'study-hours', points: 'p1*nonsense' })).toBe(published);
  });

  it('puts the reader’s points in, keeps the words, and never changes the published points', () => {
    const published = xyDatasetOf('study-hours');
    const before = JSON.stringify(published.points);
    const edited = datasetIn({ dataset: 'study-hours', points: encodeRows([[1, 2], [3, 4]], 2)! });
    expect(edited.points).toEqual([{ x: 1, y: 2 }, { x: 3, y: 4 }]);
    expect(edited.title).toBe(published.title);
    expect(edited.xDomain).toEqual(published.xDomain);
    expect(JSON.stringify(published.points)).toBe(before);
  });

  it('any edit within the limits gives finite domains that hold every point, and a finite loss and best line', () => {
    const published = xyDatasetOf('study-hours');
    const [x0, x1] = editLimits(published.xDomain);
    const [y0, y1] = editLimits(published.yDomain);
    const point = fc.tuple(fc.double({ min: x0, max: x1, noNaN: true }), fc.double({ min: y0, max: y1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 40 }), (rows) => {
        const code = encodeRows(rows, 2);
        if (!code) return;
        const shown = datasetIn({ dataset: 'study-hours', points: code });
        for (const p of shown.points) {
          expect(p.x).toBeGreaterThanOrEqual(shown.xDomain[0]);
          expect(p.x).toBeLessThanOrEqual(shown.xDomain[1]);
          expect(p.y).toBeGreaterThanOrEqual(shown.yDomain[0]);
          expect(p.y).toBeLessThanOrEqual(shown.yDomain[1]);
        }
        const data = xyData(shown);
        const fit = fitLine(data);
        expect(Number.isFinite(fit.mse)).toBe(true);
        expect(Number.isFinite(computeLoss(createNetwork({ sizes: [1, 1], activation: 'identity', params: [1, 0] }), data, 'mse'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('axis ranges for edited data', () => {
  it('keep the published range while every value lies inside it', () => {
    expect(domainFor([0, 10], [1, 9])).toEqual([0, 10]);
  });
  it('grow just past a value beyond an end, on round numbers', () => {
    const [lo, hi] = domainFor([0, 10], [1, 12.3]);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(12.3);
    expect(hi).toBeLessThanOrEqual(15);
  });
  it('become the data’s own for values of another scale (pasted data)', () => {
    expect(domainFor([0, 10], [200, 600])).toEqual(roomyDomain([200, 600]));
  });
  it('roomyDomain holds its values with room on both sides, also for a single value', () => {
    expect(roomyDomain([2, 4])[0]).toBeLessThan(2);
    expect(roomyDomain([2, 4])[1]).toBeGreaterThan(4);
    const [lo, hi] = roomyDomain([3, 3]);
    expect(lo).toBeLessThan(3);
    expect(hi).toBeGreaterThan(3);
  });
});
