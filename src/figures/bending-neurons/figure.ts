import T from 'virtual:text/bending-neurons';
import plotText from 'virtual:text/plot';
import { predict } from '../../nn/index.ts';
import { fill } from '../../text/fill.ts';
import { plural } from '../../text/plural.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { xyDatasetOf } from '../kit/data/registry.ts';
import { activationNames } from '../kit/draw/activation-names.ts';
import { fmt, fmtLoss } from '../kit/draw/format.ts';
import { stepReadout } from '../kit/training/step-readout.ts';
import { compute, hasHinges, jobOf, X_DOMAIN, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec, STEPS, type State } from './state.ts';

const datasetWords: Record<string, string> = {
  u: T.shapes.u,
  v: T.shapes.v,
  sine: T.shapes.sine,
  plateau: T.shapes.plateau,
};

/** The data's shape in words; a dataset an author brought is called by its title. */
function dataWords(state: State): string {
  return datasetWords[state.dataset] ?? xyDatasetOf(state.dataset).title.toLowerCase();
}

function bendsText(state: State, m: Model): string {
  if (state.activation === 'identity') return T.readouts.noBends;
  if (!hasHinges(state.activation)) return T.readouts.smooth;
  return String(m.bends);
}

export const figure: FigureSource<typeof spec, Model> = {
  layout: 'below',
  title: T.title,
  summary: T.summary,
  spec,
  jobs: (state) => [jobOf(state)],
  compute,
  editsPoints: true,
  plot,
  // Its network and data; its run (Adam at 0.02 for 1,500 steps) as near as the playground's menus come.
  playground: (state) => ({ depth: 1, width: state.neurons, activation: state.activation, dataset: state.dataset, points: state.points, optimizer: 'adam', learningRate: 0.02, steps: STEPS }),
  diagram: (state, m) => ({
      sizes: [1, state.neurons, 1],
      params: m.net.params,
      colourHidden: true,
      activationLabel: state.activation === 'identity' ? undefined : activationNames[state.activation],
    }),
  describe: (state, m) => {
    const values = { step: m.shown, steps: STEPS, neurons: state.neurons, data: dataWords(state), loss: fmtLoss(m.loss), best: fmtLoss(m.best.mse) };
    if (state.activation === 'identity') return fill(T.describe.straight, values);
    const shape = hasHinges(state.activation) ? plural(T.describe.bends, m.bends) : T.describe.smooth;
    return fill(T.describe.bent, { ...values, name: activationNames[state.activation], shape });
  },
  readouts: (state, m) => ({
    step: stepReadout(state.step, m.trajectory),
    loss: fmtLoss(m.loss),
    'best line loss': fmtLoss(m.best.mse),
    bends: bendsText(state, m),
  }),
  readoutLabels: { step: T.readouts.step, loss: T.readouts.loss, 'best line loss': T.readouts.bestLineLoss, bends: T.readouts.bends },
  sketch: (state, m) => {
    const xs = Array.from({ length: 61 }, (_, k) => X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * k) / 60);
    return {
      what: state.activation === 'identity' ? fill(T.sketch.straight, { n: state.neurons }) : fill(T.sketch.bent, { n: state.neurons, name: activationNames[state.activation] }),
      xDomain: X_DOMAIN,
      yDomain: m.domains.y,
      xLabel: plotText.axes.inputX,
      yLabel: plotText.axes.output,
      points: m.points,
      curve: { xs, ys: Array.from(predict(m.net, Float64Array.from(xs))) },
    };
  },
  table: (_state, m) => ({
    caption: fill(T.table.caption, { step: m.shown, c: fmt(m.outputBias) }),
    columns: [T.table.neuron, 'w', 'b', T.table.zeroAt, T.table.inside, 'v'],
    rows: m.neurons.map((n, i) => [
      `h${i + 1}`,
      fmt(n.w),
      fmt(n.b),
      n.hinge === null ? '—' : fmt(n.hinge),
      n.hinge !== null && n.hinge > X_DOMAIN[0] && n.hinge < X_DOMAIN[1] ? T.table.yes : T.table.no,
      fmt(n.v),
    ]),
  }),
};
