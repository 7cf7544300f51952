import { activations, type Activation } from '../../nn/index.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { sample } from '../kit/draw/marks.ts';
import { Z_DOMAIN, type State } from './state.ts';

export interface Curves {
  f: [number, number][];
  df: [number, number][];
  yDomain: [number, number];
}

export interface Model {
  act: Activation;
  z: number;
  value: number;
  slope: number;
  curves: Curves;
}

/**
 * A jump between neighbouring samples (ReLU's slope going from 0 to 1 at z = 0) is a gap, not a vertical
 * stroke: the derivative is not defined there, and a line would claim it takes every value in between.
 */
function withBreaks(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < points.length; i++) {
    if (i > 0 && Math.abs(points[i][1] - points[i - 1][1]) > 0.25) out.push([(points[i][0] + points[i - 1][0]) / 2, NaN]);
    out.push(points[i]);
  }
  return out;
}

/** The whole function and its derivative, sampled once per activation (401 points: kinks stay sharp at z = 0). */
const curvesOf = memoize(
  (name: State['activation']): Curves => {
    const act = activations[name];
    const f = sample(act.f, Z_DOMAIN, 401);
    const df = withBreaks(sample(act.df, Z_DOMAIN, 401));
    let lo = -1.2;
    let hi = 1.2;
    for (const [, y] of [...f, ...df]) {
      if (Number.isNaN(y)) continue;
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
    const pad = (hi - lo) * 0.06;
    return { f, df, yDomain: [lo - pad, hi + pad] };
  },
  8,
);

export function compute(state: State): Model {
  const act = activations[state.activation];
  return { act, z: state.z, value: act.f(state.z), slope: act.df(state.z), curves: curvesOf(state.activation) };
}
