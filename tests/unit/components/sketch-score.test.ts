import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLOSE, filled, heightAt, scoreSketch } from '../../../src/components/exercises/sketch-score.ts';

const xDomain = [-3, 3] as const;
const xs = Array.from({ length: 61 }, (_, k) => -3 + k * 0.1);
const parabola = { xs, ys: xs.map((x) => 0.5 * x * x) };

describe('scoreSketch: how far a sketch is from the curve', () => {
  it('a sketch on the curve scores 0; a straight line through a U is far off, most of it at the ends', () => {
    const on = { xs: xs.slice(), ys: xs.map((x) => 2 * x + 1) };
    const handles = Array.from({ length: 13 }, (_, i) => 2 * (-3 + i * 0.5) + 1);
    expect(scoreSketch({ handles, xDomain }, on, [-5, 7])!.meanGap).toBeCloseTo(0, 10);
    const flat = scoreSketch({ handles: new Array(13).fill(0), xDomain }, parabola, [-0.5, 5])!;
    expect(flat.meanGap).toBeGreaterThan(1);
    expect(flat.worst).not.toBe('middle');
    expect(flat.share).toBeGreaterThan(CLOSE);
  });
  it('says where most of the gap lies', () => {
    const handles = Array.from({ length: 13 }, (_, i) => { const x = -3 + i * 0.5; return 0.5 * x * x + (x > 1.5 ? 3 : 0); });
    expect(scoreSketch({ handles, xDomain }, parabola, [0, 5])!.worst).toBe('right');
  });
  it('fills handles the reader did not reach: straight between drawn ones, flat beyond them', () => {
    expect(filled([null, 1, null, 3, null])).toEqual([1, 1, 2, 3, 3]);
    expect(filled([null, null])).toBeNull();
    expect(heightAt([0, 2], xDomain, 0)).toBe(1);
  });
  it('nothing to score without a sketch', () => {
    expect(scoreSketch({ handles: [null, null, null], xDomain }, parabola, [0, 5])).toBeNull();
  });
  it('any sketch, even a partial one, gets a finite score and a place, never NaN', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 20 }), (handles) => {
        const score = scoreSketch({ handles, xDomain }, parabola, [0, 5]);
        if (handles.every((h) => h === null)) expect(score).toBeNull();
        else {
          expect(Number.isFinite(score!.meanGap)).toBe(true);
          expect(score!.meanGap).toBeGreaterThanOrEqual(0);
          expect(['left', 'middle', 'right']).toContain(score!.worst);
        }
      }),
    );
  });
});
