import T from 'virtual:text/hidden-lines';
import { forward } from '../../nn/index.ts';
import { fill } from '../../text/fill.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, signed } from '../kit/draw/format.ts';
import { algebra } from './algebra.ts';
import { compute, type Model } from './model.ts';
import { plot } from './plot.ts';
import { MAX_NEURONS, neuronKeys, spec } from './state.ts';

const SUB = ['₁', '₂', '₃', '₄'];
const TABLE_X = [-3, -2, -1, 0, 1, 2, 3];

export const figure: FigureSource<typeof spec, Model> = {
  // Up to thirteen sliders: under the plot, in columns, they sit beside each other instead of in a tall stack.
  layout: 'below',
  title: T.title,
  summary: T.summary,
  spec,
  // Sliders of neurons beyond the layer's size would move nothing; their values are kept for links and URLs.
  inactive: (state) => Array.from({ length: MAX_NEURONS - state.neurons }, (_, k) => neuronKeys(state.neurons + k)).flat(),
  compute,
  plot,
  // Its shape and its lack of activation; the playground trains the weights the reader set here by hand.
  playground: (state) => ({ depth: 1, width: state.neurons, activation: 'identity' }),
  describe: (_state, m) => {
    const lines = m.neurons.map((p, i) => `h${SUB[i]} = ${fmt(p.w)}x ${signed(p.b)}`).join(T.listSeparator);
    // A list of decimal-comma numbers needs another separator than a comma, so the language says which.
    const weights = m.neurons.map((p) => fmt(p.v)).join(T.listSeparator);
    return fill(T.describe, { lines, weights, c: fmt(m.c), w: fmt(m.wEff), b: signed(m.bEff) });
  },
  readouts: (_state, m) => ({ output: `ŷ = ${fmt(m.wEff)}x ${signed(m.bEff)}` }),
  readoutLabels: { output: T.readouts.output },
  table: (_state, m) => {
    const fwd = forward(m.net, TABLE_X);
    const n = m.neurons.length;
    return {
      caption: T.table.caption,
      columns: ['x', ...m.neurons.map((_, i) => `h${SUB[i]}`), T.table.output],
      rows: TABLE_X.map((x, s) => [fmt(x, 0), ...m.neurons.map((_, i) => fmt(fwd.a[0][s * n + i])), fmt(fwd.output[s])]),
    };
  },
  aside: (_state, m, doc) => algebra(m, doc),
  diagram: (_state, m) => ({ sizes: m.net.sizes, params: m.net.params, colourHidden: true }),
};
