/**
 * How far a reader's sketch is from the real curve: pure, for the page and the unit tests. The sketch is a few
 * handles (heights at evenly spaced x); between them it is straight. The gap is measured at every x the curve
 * was sampled at, and the sentence says where most of it lies.
 */

export interface Sketched {
  /** The handles' heights, left to right, evenly spaced across `xDomain`; null where the reader drew nothing. */
  handles: (number | null)[];
  xDomain: readonly [number, number];
}

/** The handles with gaps filled: straight between drawn neighbours, flat beyond the first and last drawn one. */
export function filled(handles: readonly (number | null)[]): number[] | null {
  const known = handles.map((v, i) => [i, v] as const).filter((e): e is readonly [number, number] => e[1] !== null && Number.isFinite(e[1]));
  if (known.length === 0) return null;
  return handles.map((_, i) => {
    const right = known.find(([k]) => k >= i);
    const left = [...known].reverse().find(([k]) => k <= i);
    if (!left) return right![1];
    if (!right) return left[1];
    if (right[0] === left[0]) return left[1];
    const t = (i - left[0]) / (right[0] - left[0]);
    return left[1] + t * (right[1] - left[1]);
  });
}

/** The sketch's height at x: straight between handles, flat outside the domain. */
export function heightAt(ys: readonly number[], [x0, x1]: readonly [number, number], x: number): number {
  if (ys.length === 1) return ys[0];
  const t = Math.min(1, Math.max(0, (x - x0) / (x1 - x0))) * (ys.length - 1);
  const i = Math.min(ys.length - 2, Math.floor(t));
  return ys[i] + (t - i) * (ys[i + 1] - ys[i]);
}

export interface SketchScore {
  /** The average vertical gap between sketch and curve, in the y axis's units. */
  meanGap: number;
  /** Where most of the gap lies: the third of the x range that holds the largest share of it. */
  worst: 'left' | 'middle' | 'right';
  /** The gap as a share of the y axis's span: what "close" is judged by. */
  share: number;
}

/** Close enough to count as right: on average within a tenth of the y axis. */
export const CLOSE = 0.1;

export function scoreSketch(sketch: Sketched, curve: { xs: readonly number[]; ys: readonly number[] }, yDomain: readonly [number, number]): SketchScore | null {
  const ys = filled(sketch.handles);
  if (!ys || curve.xs.length === 0) return null;
  const thirds = [0, 0, 0];
  let total = 0;
  let count = 0;
  const [x0, x1] = sketch.xDomain;
  curve.xs.forEach((x, k) => {
    const target = curve.ys[k];
    if (!Number.isFinite(x) || !Number.isFinite(target)) return;
    const gap = Math.abs(heightAt(ys, sketch.xDomain, x) - target);
    total += gap;
    count++;
    thirds[Math.min(2, Math.max(0, Math.floor(((x - x0) / (x1 - x0)) * 3)))] += gap;
  });
  if (count === 0) return null;
  const meanGap = total / count;
  const span = Math.abs(yDomain[1] - yDomain[0]) || 1;
  const worst = (['left', 'middle', 'right'] as const)[thirds.indexOf(Math.max(...thirds))];
  return { meanGap, worst, share: meanGap / span };
}
