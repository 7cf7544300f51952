import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PATH_TOLERANCE, simplifyPathData } from '../../../../src/figures/kit/speed/simplify-paths.ts';

/** Every subpath's points, parsed back from a `d`. */
function subpaths(d: string): [number, number][][] {
  return [...d.matchAll(/M([^MZ]*)/g)].map(([, body]) => {
    const n = body.split(/[\sL,]+/).filter(Boolean).map(Number);
    return Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i], n[2 * i + 1]] as [number, number]);
  });
}

const polyline = (points: [number, number][]) => points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('');

/** Distance from a point to a polyline. */
function distance([x, y]: [number, number], line: [number, number][]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [x0, y0] = line[i];
    const [x1, y1] = line[i + 1];
    const dx = x1 - x0;
    const dy = y1 - y0;
    const length2 = dx * dx + dy * dy;
    const t = length2 ? Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length2)) : 0;
    best = Math.min(best, Math.hypot(x - x0 - t * dx, y - y0 - t * dy));
  }
  return line.length === 1 ? Math.hypot(x - line[0][0], y - line[0][1]) : best;
}

describe('simplifyPathData', () => {
  it('draws a flat run of 401 evaluated points as its two ends', () => {
    const flat = Array.from({ length: 401 }, (_, i) => [52 + i * 1.33, 240.192] as [number, number]);
    expect(simplifyPathData(polyline(flat))).toBe('M52,240.2L584,240.2');
  });

  it('keeps the corner of a hinge (a ReLU) and drops the straight points on either side', () => {
    const hinge = Array.from({ length: 201 }, (_, i) => [i, i < 100 ? 50 : 50 - (i - 100) * 0.5] as [number, number]);
    expect(subpaths(simplifyPathData(polyline(hinge)))[0]).toEqual([[0, 50], [100, 50], [200, 0]]);
  });

  it('keeps every subpath and its closing Z (contours, segment lists)', () => {
    const d = 'M0,0L10,0L20,0Z M5,5L6,6M7,7L8,9';
    expect(simplifyPathData(d)).toBe('M0,0L20,0ZM5,5L6,6M7,7L8,9');
  });

  it('leaves paths with curves or arcs untouched (dots, symbols)', () => {
    const circle = 'M2.5,0A2.5,2.5,0,1,1,-2.5,0A2.5,2.5,0,1,1,2.5,0';
    expect(simplifyPathData(circle)).toBe(circle);
  });

  it('never moves the drawing by more than the tolerance (plus the rounding to one decimal)', () => {
    const point = fc.tuple(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 300 }), (points) => {
        const simplified = subpaths(simplifyPathData(polyline(points)))[0];
        // Rounding moves each kept vertex by up to 0.05 in x and y.
        for (const p of points) expect(distance(p, simplified)).toBeLessThanOrEqual(PATH_TOLERANCE + 0.08);
        expect(simplified[0]).toEqual(points[0].map((v) => Math.round(v * 10) / 10 + 0));
      }),
      { numRuns: 300 },
    );
  });

  it('thins a smooth curve sampled at 401 points to far fewer', () => {
    const tanh = Array.from({ length: 401 }, (_, i) => [i * 1.33, 150 - 100 * Math.tanh((i - 200) / 50)] as [number, number]);
    const kept = subpaths(simplifyPathData(polyline(tanh)))[0].length;
    expect(kept).toBeLessThan(60);
    expect(kept).toBeGreaterThan(5);
  });
});
