import { activations } from '../../nn/index.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { fmtLoss } from '../kit/draw/format.ts';
import { stepReadout } from '../kit/training/step-readout.ts';
import { compute, jobOf, SIZES, type Model } from './model.ts';
import { plot } from './plot.ts';
import { classDatasetOf } from '../kit/data/registry.ts';
import { spec, STEPS } from './state.ts';

const shapes: Record<string, string> = {
  circle: 'a disc of class 1 inside a ring of class 0',
  moons: 'two interleaved half-moons',
  xor: 'XOR: class 1 in two opposite corners',
};

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export const figure: FigureSource<typeof spec, Model> = {
  title: 'Where the network splits two classes: a straight cut without activations, a curve with them (deeper colour: surer)',
  summary: 'A 2–8–8–1 classifier trained on 2-D points (circle, moons, XOR): its predicted probability over the plane and the p = 0.5 boundary, scrubbable through training.',
  spec,
  jobs: (state) => [jobOf(state)],
  compute,
  editsPoints: true,
  plot,
  diagram: (state, m) => ({
      sizes: SIZES,
      params: m.net.params,
      activationLabel: state.activation === 'identity' ? undefined : activations[state.activation].label,
      inputLabels: ['x₁', 'x₂'],
      outputLabels: ['p'],
    }),
  describe: (state, m) => {
    const cut =
      state.activation === 'identity'
        ? 'Without activations the boundary is a single straight line, however long it trains'
        : `With ${activations[state.activation].label} the boundary can curve`;
    return `${cut}. Step ${m.shown} of ${STEPS} on ${shapes[state.dataset] ?? classDatasetOf(state.dataset).title.toLowerCase()}: ${percent(m.accuracy)} of the points are on their class’s side, loss ${fmtLoss(m.loss)}.`;
  },
  readouts: (state, m) => ({
    step: stepReadout(state.step, m.trajectory),
    loss: fmtLoss(m.loss),
    'classified right': percent(m.accuracy),
  }),
  table: (_state, m) => {
    const rows: (string | number)[][] = [];
    for (let step = 0; step <= m.trajectory.stoppedAt; step += 20) rows.push([step, fmtLoss(m.trajectory.loss[step])]);
    return {
      caption: `Cross-entropy loss on the ${m.samples.length} points, every 20 steps of training.`,
      columns: ['step', 'loss'],
      rows,
    };
  },
};
