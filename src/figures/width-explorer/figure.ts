import T from 'virtual:text/width-explorer';
import { fill } from '../../text/fill.ts';
import { plural } from '../../text/plural.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { activationNames } from '../kit/draw/activation-names.ts';
import { fmtLoss } from '../kit/draw/format.ts';
import { compute, jobsOf, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec } from './state.ts';

export const figure: FigureSource<typeof spec, Model> = {
  layout: 'below',
  title: T.title,
  summary: T.summary,
  spec,
  jobs: jobsOf,
  compute,
  editsPoints: true,
  plot,
  playground: (state) => ({ depth: 1, width: state.width, activation: 'relu', dataset: state.dataset, points: state.points, optimizer: 'adam', learningRate: 0.02, steps: 1500 }),
  diagram: (state, m) => ({ sizes: [1, state.width, 1], params: m.net.params, activationLabel: activationNames.relu, colourHidden: true }),
  describe: (state, m) =>
    fill(T.describe.sentence, {
      neurons: plural(T.describe.neurons, state.width),
      places: plural(T.describe.places, m.bends),
      loss: fmtLoss(m.loss),
      best: fmtLoss(m.best.mse),
      first: fmtLoss(m.curve[0].loss),
      last: fmtLoss(m.curve[m.curve.length - 1].loss),
    }),
  readouts: (state, m) => ({ width: String(state.width), bends: String(m.bends), loss: fmtLoss(m.loss) }),
  readoutLabels: { width: T.readouts.width, bends: T.readouts.bends, loss: T.readouts.loss },
  table: (state, m) => ({
    caption: T.table.caption,
    columns: [T.table.neurons, T.table.finalLoss, ''],
    rows: m.curve.map((d) => [d.width, fmtLoss(d.loss), d.width === state.width ? T.table.shown : '']),
  }),
};
