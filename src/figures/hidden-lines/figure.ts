import { forward } from '../../nn/index.ts';
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
  title: 'Add up lines and you get a line: each hidden neuron draws one, the output neuron sums them',
  summary: 'A hidden layer of 2–4 linear neurons: each neuron’s line, their weighted sum, and the algebra that collapses it to one w_eff and b_eff.',
  spec,
  // Sliders of neurons beyond the layer's size would move nothing; their values are kept for links and URLs.
  inactive: (state) => Array.from({ length: MAX_NEURONS - state.neurons }, (_, k) => neuronKeys(state.neurons + k)).flat(),
  compute,
  plot,
  describe: (_state, m) => {
    const lines = m.neurons.map((p, i) => `h${SUB[i]} = ${fmt(p.w)}x ${signed(p.b)}`).join(', ');
    const weights = m.neurons.map((p) => fmt(p.v)).join(', ');
    return `Hidden lines ${lines}, weighted ${weights} plus the output bias ${fmt(m.c)}, add up to ŷ = ${fmt(m.wEff)}x ${signed(m.bEff)}: still a straight line.`;
  },
  readouts: (_state, m) => ({ output: `ŷ = ${fmt(m.wEff)}x ${signed(m.bEff)}` }),
  table: (_state, m) => {
    const fwd = forward(m.net, TABLE_X);
    const n = m.neurons.length;
    return {
      caption: 'Each hidden neuron’s value and the output, at whole-number inputs.',
      columns: ['x', ...m.neurons.map((_, i) => `h${SUB[i]}`), 'output ŷ'],
      rows: TABLE_X.map((x, s) => [fmt(x, 0), ...m.neurons.map((_, i) => fmt(fwd.a[0][s * n + i])), fmt(fwd.output[s])]),
    };
  },
  aside: (_state, m, doc) => algebra(m, doc),
  diagram: (_state, m) => ({ sizes: m.net.sizes, params: m.net.params, colourHidden: true }),
};
