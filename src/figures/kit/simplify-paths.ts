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

type Point = [number, number];

/** Which points RDP keeps, by index (iterative: contours can have thousands of points). */
function keep(points: Point[], tolerance: number): boolean[] {
  const kept = new Array<boolean>(points.length).fill(false);
  kept[0] = kept[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const [x0, y0] = points[first];
    const [x1, y1] = points[last];
    const dx = x1 - x0;
    const dy = y1 - y0;
    const length2 = dx * dx + dy * dy;
    let worst = -1;
    let worstDistance2 = tol2;
    for (let i = first + 1; i < last; i++) {
      const [x, y] = points[i];
      // Squared distance to the chord (to the endpoint when the chord is a single point).
      let d2: number;
      if (length2 === 0) d2 = (x - x0) ** 2 + (y - y0) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length2));
        d2 = (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2;
      }
      if (d2 > worstDistance2) {
        worst = i;
        worstDistance2 = d2;
      }
    }
    if (worst < 0) continue;
    kept[worst] = true;
    stack.push([first, worst], [worst, last]);
  }
  return kept;
}

const round = (v: number) => String(Math.round(v * 10) / 10);

/** One path's `d`, thinned; returns the input unchanged when it is not a plain polyline. */
export function simplifyPathData(d: string, tolerance = PATH_TOLERANCE): string {
  if (!POLYLINE.test(d)) return d;
  let out = '';
  // Each subpath: an M, its L points, and a Z if it closes.
  for (const [, body, close] of d.matchAll(/M([^MZ]*)(Z?)/g)) {
    const numbers = body.split(/[\sL,]+/).filter(Boolean).map(Number);
    const points: Point[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i], numbers[i + 1]]);
    if (!points.length) continue;
    const kept = points.length > 2 ? keep(points, tolerance) : points.map(() => true);
    let sub = '';
    for (let i = 0; i < points.length; i++) {
      if (!kept[i]) continue;
      sub += `${sub ? 'L' : 'M'}${round(points[i][0])},${round(points[i][1])}`;
    }
    out += sub + close;
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
