import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, fmtLoss, signed } from '../kit/draw/format.ts';
import { stepReadout } from '../kit/training/step-readout.ts';
import { compute, jobOf, sizesOf, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec, STEPS, type State } from './state.ts';

function networkWords(state: State): string {
  return state.depth === 0 ? 'A single neuron' : `A network of ${state.depth} hidden layer${state.depth > 1 ? 's' : ''} of 3 identity neurons`;
}

export const figure: FigureSource<typeof spec, Model> = {
  layout: 'below',
  title: 'However deep, a network without activations stops at the best line’s loss',
  summary: 'A linear network of chosen depth trained on curved data: its loss flattens onto the floor set by the least-squares line, and its output becomes that line.',
  spec,
  jobs: (state) => [jobOf(state)],
  compute,
  editsPoints: true,
  plot,
  diagram: (state, m) => ({ sizes: sizesOf(state.depth), params: m.net.params }),
  describe: (state, m) => {
    const gap = m.loss - m.best.mse;
    const where = gap <= m.best.mse * 0.005 ? 'has reached the floor and cannot go lower' : `is ${fmtLoss(gap)} above the floor`;
    return `${networkWords(state)}, step ${m.shown} of ${STEPS}: its output is the line y = ${fmt(m.slope)}x ${signed(m.intercept)} and its loss ${fmtLoss(m.loss)} ${where}, the ${fmtLoss(m.best.mse)} of the best line y = ${fmt(m.best.slope)}x ${signed(m.best.intercept)}.`;
  },
  readouts: (state, m) => ({
    step: stepReadout(state.step, m.trajectory),
    output: `y = ${fmt(m.slope)}x ${signed(m.intercept)}`,
    loss: fmtLoss(m.loss),
    floor: fmtLoss(m.best.mse),
  }),
  table: (_state, m) => {
    const every = 20;
    const rows: (string | number)[][] = [];
    for (let step = 0; step <= m.trajectory.stoppedAt; step += every) rows.push([step, fmtLoss(m.trajectory.loss[step]), fmtLoss(m.trajectory.loss[step] - m.best.mse)]);
    return {
      caption: `Training loss every ${every} steps, and how far it is above the best line’s ${fmtLoss(m.best.mse)}.`,
      columns: ['step', 'loss', 'above the floor'],
      rows,
    };
  },
};
