import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CURVE_NOISE, CURVE_POINTS, pointsAlongStroke } from '../../../src/figures/playground/curve-points.ts';

const X: [number, number] = [-3, 3];
const Y: [number, number] = [-2, 2];
/** A stroke along y = sin(x), drawn left to right in `n` pointer events. */
const sineStroke = (from: number, to: number, n = 80) => Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1)).map((x) => ({ x, y: Math.sin(x) }));

describe('"Draw a curve": points along a sketched stroke', () => {
  it('spaces its points evenly over the span the stroke covers, each near the stroke', () => {
    const points = pointsAlongStroke(sineStroke(-2, 2.5), X, Y, 1)!;
    expect(points).toHaveLength(CURVE_POINTS);
    expect(points[0].x).toBeCloseTo(-2, 9);
    expect(points.at(-1)!.x).toBeCloseTo(2.5, 9);
    const gaps = points.slice(1).map((p, i) => p.x - points[i].x);
    for (const gap of gaps) expect(gap).toBeCloseTo(4.5 / (CURVE_POINTS - 1), 9);
    const spread = CURVE_NOISE * (Y[1] - Y[0]);
    const residuals = points.map((p) => p.y - Math.sin(p.x));
    // The stroke is sampled densely, so what is left is the noise: not nothing, and within five spreads.
    for (const r of residuals) expect(Math.abs(r)).toBeLessThan(5 * spread);
    expect(Math.max(...residuals.map(Math.abs))).toBeGreaterThan(0.2 * spread);
  });

  it('gives the same points for the same stroke and seed, drawn either way; another seed moves them', () => {
    const stroke = sineStroke(-3, 3);
    const once = pointsAlongStroke(stroke, X, Y, 7);
    expect(pointsAlongStroke([...stroke].reverse(), X, Y, 7)).toEqual(once);
    expect(pointsAlongStroke(stroke, X, Y, 8)).not.toEqual(once);
  });

  it('refuses a dab, a single point, or a stroke of nothing finite', () => {
    expect(pointsAlongStroke(sineStroke(0, 1), X, Y, 1)).toBeNull(); // 1 of 6 units: under a quarter
    expect(pointsAlongStroke([{ x: 0, y: 0 }], X, Y, 1)).toBeNull();
    expect(pointsAlongStroke([{ x: Number.NaN, y: 0 }, { x: 2, y: Number.POSITIVE_INFINITY }], X, Y, 1)).toBeNull();
    expect(pointsAlongStroke([], X, Y, 1)).toBeNull();
  });

  it('never returns a point that is not finite or outside the stroke\'s x span, whatever the stroke', () => {
    const point = fc.record({ x: fc.double({ min: -3, max: 3, noNaN: true }), y: fc.double({ min: -2, max: 2, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 0, maxLength: 60 }), fc.integer({ min: 1, max: 9999 }), (stroke, seed) => {
        const points = pointsAlongStroke(stroke, X, Y, seed);
        if (!points) return;
        const xs = stroke.map((p) => p.x);
        for (const p of points) {
          expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
          expect(p.x).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
          expect(p.x).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
          expect(Math.abs(p.y)).toBeLessThan(2 + 6 * CURVE_NOISE * 4);
        }
      }),
    );
  });
});
