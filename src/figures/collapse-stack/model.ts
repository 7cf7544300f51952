import { niceCeil } from '../kit/draw/rungs.ts';
import { collapse, createNetwork, paramCount, predict, type Network } from '../../nn/index.ts';
import { sample, type Curve } from '../kit/draw/marks.ts';
import type { State } from './state.ts';

export const X_DOMAIN: [number, number] = [-3, 3];
/** Enough samples that "the largest gap" means the whole curve, not a few spots on it. */
const SAMPLES = 241;

export interface Model {
  net: Network;
  params: number;
  /** The single line from collapsing the layers: y = wEff·x + bEff. */
  wEff: number;
  bEff: number;
  /** The stack's output at evenly spaced x, from a forward pass through every layer. */
  curve: Curve;
  /** Largest |stack output − collapsed line| over the samples: rounding error only. */
  maxGap: number;
  /** Symmetric y range that holds the curve, on a 1–2–5 ladder so it only jumps when it must. */
  yMax: number;
}


export function compute(state: State): Model {
  const sizes = [1, ...Array.from({ length: state.depth }, () => state.width), 1];
  // Xavier keeps each layer's output about the size of its input, so deep stacks stay on screen;
  // random biases make the collapsed intercept as unremarkable as its slope.
  const net = createNetwork({ sizes, activation: 'identity', seed: state.seed, init: 'xavier', biasStd: 0.5 });
  const line = collapse(net);
  const wEff = line.weights[0];
  const bEff = line.biases[0];
  const xs = sample((x) => x, X_DOMAIN, SAMPLES).map(([x]) => x);
  const ys = predict(net, xs);
  let maxGap = 0;
  let reach = 0;
  xs.forEach((x, s) => {
    maxGap = Math.max(maxGap, Math.abs(ys[s] - (wEff * x + bEff)));
    reach = Math.max(reach, Math.abs(ys[s]));
  });
  return { net, params: paramCount(sizes), wEff, bEff, curve: { xs, ys }, maxGap, yMax: niceCeil(Math.max(2, reach * 1.15)) };
}
