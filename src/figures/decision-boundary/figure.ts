import T from 'virtual:text/decision-boundary';
import { fill } from '../../text/fill.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { activationNames } from '../kit/draw/activation-names.ts';
import { fmtLoss } from '../kit/draw/format.ts';
import { stepReadout } from '../kit/training/step-readout.ts';
import { compute, jobOf, SIZES, type Model } from './model.ts';
import { plot } from './plot.ts';
import { classDatasetOf } from '../kit/data/registry.ts';
import { spec, STEPS } from './state.ts';

const shapes: Record<string, string> = {
  circle: T.shapes.circle,
  moons: T.shapes.moons,
  xor: T.shapes.xor,
};

function percent(x: number): string {
  return fill(T.percent, { n: Math.round(x * 100) });
}

export const figure: FigureSource<typeof spec, Model> = {
  title: T.title,
  summary: T.summary,
  spec,
  jobs: (state) => [jobOf(state)],
  compute,
  editsPoints: true,
  plot,
  diagram: (state, m) => ({
      sizes: SIZES,
      params: m.net.params,
      activationLabel: state.activation === 'identity' ? undefined : activationNames[state.activation],
      inputLabels: ['x₁', 'x₂'],
      outputLabels: ['p'],
    }),
  describe: (state, m) => {
    const values = { step: m.shown, steps: STEPS, shape: shapes[state.dataset] ?? classDatasetOf(state.dataset).title.toLowerCase(), accuracy: percent(m.accuracy), loss: fmtLoss(m.loss) };
    return state.activation === 'identity' ? fill(T.describe.straight, values) : fill(T.describe.curved, { ...values, name: activationNames[state.activation] });
  },
  readouts: (state, m) => ({
    step: stepReadout(state.step, m.trajectory),
    loss: fmtLoss(m.loss),
    'classified right': percent(m.accuracy),
  }),
  readoutLabels: { step: T.readouts.step, loss: T.readouts.loss, 'classified right': T.readouts.classifiedRight },
  table: (_state, m) => {
    const rows: (string | number)[][] = [];
    for (let step = 0; step <= m.trajectory.stoppedAt; step += 20) rows.push([step, fmtLoss(m.trajectory.loss[step])]);
    return {
      caption: fill(T.table.caption, { n: m.samples.length }),
      columns: [T.table.step, T.table.loss],
      rows,
    };
  },
};
