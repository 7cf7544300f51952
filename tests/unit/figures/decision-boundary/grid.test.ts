import { describe, expect, it } from 'vitest';
import { gridInputs, levelCurve, type Grid } from '../../../../src/figures/decision-boundary/grid.ts';

/** A grid of n×n cells over `domain`, valued f(x, y) at each cell centre. */
function gridOf(n: number, domain: [number, number], f: (x: number, y: number) => number): Grid {
  const inputs = gridInputs(n, domain);
  const values = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) values[k] = f(inputs[2 * k], inputs[2 * k + 1]);
  return { n, domain, values };
}

/** The curve's pieces: runs of points between the NaN separators. */
function pieces(curve: [number, number][]): [number, number][][] {
  const out: [number, number][][] = [[]];
  for (const point of curve) {
    if (Number.isNaN(point[0])) out.push([]);
    else out[out.length - 1].push(point);
  }
  return out.filter((piece) => piece.length > 0);
}

describe('gridInputs(n, domain)', () => {
  it('lists cell centres row by row, x fastest', () => {
    expect(Array.from(gridInputs(2, [0, 2]))).toEqual([0.5, 0.5, 1.5, 0.5, 0.5, 1.5, 1.5, 1.5]);
  });
});

describe('levelCurve(grid, level)', () => {
  it('is empty when nothing crosses the level', () => {
    expect(levelCurve(gridOf(5, [-1, 1], () => 0.9), 0.5)).toEqual([]);
    expect(levelCurve(gridOf(5, [-1, 1], (x) => x), 5)).toEqual([]);
  });
  it('follows a straight boundary: f = x crosses 0.3 at x = 0.3, one piece per row of cells, ended by NaN', () => {
    const n = 8;
    const curve = levelCurve(gridOf(n, [-1, 1], (x) => x), 0.3);
    const found = pieces(curve);
    expect(found).toHaveLength(n - 1);
    for (const piece of found) {
      expect(piece).toHaveLength(2);
      for (const [x] of piece) expect(x).toBeCloseTo(0.3, 12);
    }
    expect(curve.at(-1)!.every(Number.isNaN)).toBe(true);
  });
  it('interpolates linearly between cell centres', () => {
    // Two by two cells over [0, 2]: centres at 0.5 and 1.5; f = x − 0.5 is 0 and 1 there, so 0.25 is crossed at x = 0.75.
    const curve = levelCurve(gridOf(2, [0, 2], (x) => x - 0.5), 0.25);
    expect(pieces(curve)).toEqual([[[0.75, 0.5], [0.75, 1.5]]]);
  });
  it('traces a circle: every point lies near radius 0.5 and the pieces cover all four quadrants', () => {
    const curve = levelCurve(gridOf(40, [-1, 1], (x, y) => Math.hypot(x, y)), 0.5);
    const points = curve.filter(([x]) => !Number.isNaN(x));
    expect(points.length).toBeGreaterThan(40);
    for (const [x, y] of points) expect(Math.abs(Math.hypot(x, y) - 0.5)).toBeLessThan(0.01);
    const quadrants = new Set(points.map(([x, y]) => `${Math.sign(x)}${Math.sign(y)}`));
    expect(quadrants).toEqual(new Set(['11', '1-1', '-11', '-1-1']));
  });
  describe('a saddle cell (corners alternate sides of the level)', () => {
    // Corners, i along x and j along y: a (0,0), b (1,0), c (1,1), d (0,1); a and c above the level.
    const saddle = (a: number, c: number): Grid => ({ n: 2, domain: [0, 2], values: Float64Array.from([a, -1, -1, c]) });
    const corner = (piece: [number, number][]) => piece.map(([x, y]) => `${x},${y}`).sort().join(' ');
    it('keeps the centre with the side below when the centre is below: a and c are cut off', () => {
      const found = pieces(levelCurve(saddle(1, 1), 0));
      expect(found.map(corner).sort()).toEqual(['0.5,1 1,0.5', '1,1.5 1.5,1'].sort());
    });
    it('keeps the centre with the side above when the centre is above: b and d are cut off', () => {
      const found = pieces(levelCurve(saddle(3, 3), 0));
      const cutOff = found.map(corner).sort();
      // Crossings at t = a / (a − b) = 0.75 of the way from a (or c) to its neighbour.
      expect(cutOff).toEqual(['1.25,0.5 1.5,0.75', '0.5,1.25 0.75,1.5'].sort());
    });
  });
});
