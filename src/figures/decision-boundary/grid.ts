/**
 * A network's predictions over a square grid, and the curve where they cross a level (marching squares).
 * Pure numbers; the plot turns them into cells and a line.
 */

export interface Grid {
  /** Cells per side. */
  n: number;
  domain: [number, number];
  /** Value at cell centre (i, j), i along x, j along y: values[j·n + i]. */
  values: Float64Array;
}

/** Cell centres, row-major (x fastest), as network inputs: [x₀, y₀, x₁, y₀, …]. */
export function gridInputs(n: number, [lo, hi]: [number, number]): Float64Array {
  const out = new Float64Array(2 * n * n);
  const step = (hi - lo) / n;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      out[2 * (j * n + i)] = lo + (i + 0.5) * step;
      out[2 * (j * n + i) + 1] = lo + (j + 0.5) * step;
    }
  }
  return out;
}

/**
 * Where the grid's values cross `level`, as line pieces between cell centres (NaN points separate pieces,
 * which the overlay's line draws as breaks). Saddle cells take the centre value's side, so no piece is lost.
 */
export function levelCurve(grid: Grid, level: number): [number, number][] {
  const { n, values, domain } = grid;
  const step = (domain[1] - domain[0]) / n;
  const at = (k: number) => domain[0] + (k + 0.5) * step;
  const v = (i: number, j: number) => values[j * n + i] - level;
  const out: [number, number][] = [];
  const cross = (x0: number, y0: number, a: number, x1: number, y1: number, b: number): [number, number] => {
    const t = a / (a - b);
    return [x0 + t * (x1 - x0), y0 + t * (y1 - y0)];
  };
  for (let j = 0; j + 1 < n; j++) {
    for (let i = 0; i + 1 < n; i++) {
      const a = v(i, j);
      const b = v(i + 1, j);
      const c = v(i + 1, j + 1);
      const d = v(i, j + 1);
      const [x0, x1, y0, y1] = [at(i), at(i + 1), at(j), at(j + 1)];
      // Crossings on the four edges: bottom, right, top, left.
      const points: [number, number][] = [];
      if (a > 0 !== b > 0) points.push(cross(x0, y0, a, x1, y0, b));
      if (b > 0 !== c > 0) points.push(cross(x1, y0, b, x1, y1, c));
      if (c > 0 !== d > 0) points.push(cross(x1, y1, c, x0, y1, d));
      if (d > 0 !== a > 0) points.push(cross(x0, y1, d, x0, y0, a));
      if (points.length === 2) out.push(points[0], points[1], [NaN, NaN]);
      else if (points.length === 4) {
        const centre = (a + b + c + d) / 4 > 0;
        // Pair the crossings so the centre's side stays connected.
        if (centre === a > 0) out.push(points[0], points[1], [NaN, NaN], points[2], points[3], [NaN, NaN]);
        else out.push(points[0], points[3], [NaN, NaN], points[1], points[2], [NaN, NaN]);
      }
    }
  }
  return out;
}
