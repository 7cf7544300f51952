import T from 'virtual:text/training-timeline';
import { fill } from '../../text/fill.ts';
import { plural } from '../../text/plural.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, fmtLoss, localNumber, signed } from '../kit/draw/format.ts';
import { stepReadout } from '../kit/training/step-readout.ts';
import { compute, jobsOf, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec, STEPS } from './state.ts';

export const figure: FigureSource<typeof spec, Model> = {
  layout: 'below',
  title: T.title,
  summary: T.summary,
  spec,
  jobs: jobsOf,
  compute,
  editsPoints: true,
  plot,
  playground: (state) => ({ depth: 0, dataset: state.dataset, points: state.points, optimizer: 'sgd', learningRate: Number(state.learningRate), steps: STEPS }),
  describe: (state, m) => {
    const line = `y = ${fmt(m.w)}x ${signed(m.b)}`;
    const rate = localNumber(state.learningRate);
    if (m.divergedAfter !== null && state.step > m.divergedAfter) return fill(T.describe.diverged, { rate, step: m.divergedAfter, line });
    return fill(T.describe.training, { step: m.shown, last: m.trajectory.stoppedAt, rate, line, loss: fmtLoss(m.loss), start: fmtLoss(m.trajectory.loss[0]) });
  },
  readouts: (state, m) => ({
    step: stepReadout(state.step, { diverged: m.divergedAfter !== null, stoppedAt: m.divergedAfter ?? m.trajectory.stoppedAt }),
    line: `y = ${fmt(m.w)}x ${signed(m.b)}`,
    loss: fmtLoss(m.loss),
  }),
  readoutLabels: { step: T.readouts.step, line: T.readouts.line, loss: T.readouts.loss },
  table: (_state, m) => {
    const last = m.path.length - 1;
    const every = Math.max(1, Math.round(last / 30));
    const rows = m.path.filter((p) => p.step % every === 0 || p.step === last);
    return {
      caption: plural(T.table.caption, every),
      columns: [T.table.step, 'w', 'b', T.table.loss],
      rows: rows.map((p) => [p.step, fmt(p.w, 3), fmt(p.b, 3), fmtLoss(m.trajectory.loss[p.step])]),
    };
  },
};
