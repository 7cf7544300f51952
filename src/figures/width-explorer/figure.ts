import type { FigureSource } from '../kit/contract/definition.ts';
import { fmtLoss } from '../kit/draw/format.ts';
import { compute, jobsOf, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec } from './state.ts';

export const figure: FigureSource<typeof spec, Model> = {
  layout: 'below',
  title: 'More ReLU neurons, more bends: the fit at one width, and the loss at every width',
  summary: 'One hidden layer of ReLU neurons, 1 to 32 wide, each width trained the same way (Adam, 1,500 steps, fixed seed): the fit at the chosen width and final loss against width.',
  spec,
  jobs: jobsOf,
  compute,
  editsPoints: true,
  plot,
  diagram: (state, m) => ({ sizes: [1, state.width, 1], params: m.net.params, activationLabel: 'ReLU', colourHidden: true }),
  describe: (state, m) =>
    `With ${state.width} ReLU neuron${state.width === 1 ? '' : 's'} the trained output bends at ${m.bends} place${m.bends === 1 ? '' : 's'} and its loss is ${fmtLoss(m.loss)} (the best straight line: ${fmtLoss(m.best.mse)}); from 1 to 32 neurons the final loss goes from ${fmtLoss(m.curve[0].loss)} to ${fmtLoss(m.curve[m.curve.length - 1].loss)}.`,
  readouts: (state, m) => ({ width: String(state.width), bends: String(m.bends), loss: fmtLoss(m.loss) }),
  table: (state, m) => ({
    caption: 'Final training loss at each width (same data, optimiser, steps and seed for all).',
    columns: ['hidden neurons', 'final loss', ''],
    rows: m.curve.map((d) => [d.width, fmtLoss(d.loss), d.width === state.width ? 'shown' : '']),
  }),
};
