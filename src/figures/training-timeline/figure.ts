import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, fmtLoss, signed } from '../kit/draw/format.ts';
import { stepReadout } from '../kit/training/step-readout.ts';
import { compute, jobsOf, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec } from './state.ts';

export const figure: FigureSource<typeof spec, Model> = {
  layout: 'below',
  title: 'Gradient descent, step by step: the line, the landscape and the loss move together',
  summary: 'Plain gradient descent on one neuron; scrub or play every step and change the learning rate, up to one that diverges.',
  spec,
  jobs: jobsOf,
  compute,
  editsPoints: true,
  plot,
  describe: (state, m) => {
    const line = `y = ${fmt(m.w)}x ${signed(m.b)}`;
    if (m.divergedAfter !== null && state.step > m.divergedAfter) {
      return `With learning rate ${state.learningRate} training diverged: each step overshot the valley by more than the last, and after step ${m.divergedAfter} the loss was over ten thousand times its starting value and still growing. The line there was ${line}.`;
    }
    return `Step ${m.shown} of ${m.trajectory.stoppedAt} with learning rate ${state.learningRate}: the line is ${line} and the loss is ${fmtLoss(m.loss)} (it started at ${fmtLoss(m.trajectory.loss[0])}).`;
  },
  readouts: (state, m) => ({
    step: stepReadout(state.step, { diverged: m.divergedAfter !== null, stoppedAt: m.divergedAfter ?? m.trajectory.stoppedAt }),
    line: `y = ${fmt(m.w)}x ${signed(m.b)}`,
    loss: fmtLoss(m.loss),
  }),
  table: (_state, m) => {
    const last = m.path.length - 1;
    const every = Math.max(1, Math.round(last / 30));
    const rows = m.path.filter((p) => p.step % every === 0 || p.step === last);
    return {
      caption: `Weight, bias and loss every ${every} step${every > 1 ? 's' : ''} of training.`,
      columns: ['step', 'w', 'b', 'loss'],
      rows: rows.map((p) => [p.step, fmt(p.w, 3), fmt(p.b, 3), fmtLoss(m.trajectory.loss[p.step])]),
    };
  },
};
