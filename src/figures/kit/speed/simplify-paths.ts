/**
 * Polylines at screen precision. A model curve is drawn by evaluating the network at hundreds of x; along a flat
 * run or a gentle bend most of those points sit within a hair of the straight line between their neighbours, and
 * each one still costs bytes in the page (every figure's SVG is in the HTML) and work for the browser on every
 * redraw. Here a path's points are thinned with Ramer–Douglas–Peucker: a point is dropped only if the polyline
 * without it stays within `tolerance` pixels of it, so the drawing is the evaluated curve to a fraction of a pixel,
 * never an assumed shape. Coordinates are then written with one decimal.
 *
 * Only paths made of absolute M, L and Z commands are touched (Plot's lines, areas, segments and d3's contours);
 * anything with curves or arcs (dots, symbols) is left as it is.
 */

/** A quarter of a CSS pixel: below what a phone's screen can show at the plot's drawn size. */
export const PATH_TOLERANCE = 0.25;

const POLYLINE = /^[MLZ\d\s,.eE+-]*$/;

/**
 * Which points of the run [first, last] (inclusive indices into xs/ys) RDP keeps, marked in `kept`.
 * Iterative: contours can have thousands of points. Works on typed arrays so an overlay can thin the screen
 * coordinates it has just computed, without writing them out as text and parsing them back.
 */
function keep(xs: ArrayLike<number>, ys: ArrayLike<number>, first0: number, last0: number, tolerance: number, kept: Uint8Array): void {
  kept[first0] = kept[last0] = 1;
  const stack: number[] = [first0, last0];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    const x0 = xs[first];
    const y0 = ys[first];
    const dx = xs[last] - x0;
    const dy = ys[last] - y0;
    const length2 = dx * dx + dy * dy;
    let worst = -1;
    let worstDistance2 = tol2;
    for (let i = first + 1; i < last; i++) {
      const x = xs[i] - x0;
      const y = ys[i] - y0;
      // Squared distance to the chord (to the endpoint when the chord is a single point).
      let d2: number;
      if (length2 === 0) d2 = x * x + y * y;
      else {
        const t = Math.max(0, Math.min(1, (x * dx + y * dy) / length2));
        d2 = (x - t * dx) ** 2 + (y - t * dy) ** 2;
      }
      if (d2 > worstDistance2) {
        worst = i;
        worstDistance2 = d2;
      }
    }
    if (worst < 0) continue;
    kept[worst] = 1;
    stack.push(first, worst, worst, last);
  }
}

const round = (v: number) => String(Math.round(v * 10) / 10);

/**
 * One subpath through the points [from, to) of xs/ys (screen coordinates), thinned to `tolerance` and written
 * with one decimal: "M x,y L x,y …". Empty when the run is.
 */
export function thinnedRun(xs: ArrayLike<number>, ys: ArrayLike<number>, from: number, to: number, tolerance = PATH_TOLERANCE): string {
  if (to <= from) return '';
  const kept = new Uint8Array(to);
  if (to - from > 2) keep(xs, ys, from, to - 1, tolerance, kept);
  else kept.fill(1, from, to);
  let sub = '';
  for (let i = from; i < to; i++) {
    if (kept[i]) sub += `${sub ? 'L' : 'M'}${round(xs[i])},${round(ys[i])}`;
  }
  return sub;
}

/** One path's `d`, thinned; returns the input unchanged when it is not a plain polyline. */
export function simplifyPathData(d: string, tolerance = PATH_TOLERANCE): string {
  if (!POLYLINE.test(d)) return d;
  let out = '';
  // Each subpath: an M, its L points, and a Z if it closes.
  for (const [, body, close] of d.matchAll(/M([^MZ]*)(Z?)/g)) {
    const numbers = body.split(/[\sL,]+/).filter(Boolean).map(Number);
    const count = numbers.length >> 1;
    if (!count) continue;
    const xs = new Float64Array(count);
    const ys = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      xs[i] = numbers[2 * i];
      ys[i] = numbers[2 * i + 1];
    }
    out += thinnedRun(xs, ys, 0, count, tolerance) + close;
  }
  return out;
}

/** Thins every polyline path under `root` (a Plot SVG), except inside elements matching `skip`. */
export function simplifyPaths(root: Element, skip?: string, tolerance = PATH_TOLERANCE): void {
  for (const path of Array.from(root.querySelectorAll('path[d]'))) {
    if (skip && path.closest(skip)) continue;
    const d = path.getAttribute('d')!;
    const simplified = simplifyPathData(d, tolerance);
    if (simplified !== d) path.setAttribute('d', simplified);
  }
}
