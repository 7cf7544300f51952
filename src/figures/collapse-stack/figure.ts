import T from 'virtual:text/collapse-stack';
import { fill } from '../../text/fill.ts';
import { plural } from '../../text/plural.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, localNumber, signed } from '../kit/draw/format.ts';
import { compute, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec } from './state.ts';

/** Rounding error in two significant figures with a true minus sign ("2.2e−16"); an exact match reads "0". */
function gap(value: number): string {
  return value === 0 ? '0' : localNumber(value.toExponential(1).replace('+', ''));
}

const layers = (m: Model) => {
  const depth = m.net.sizes.length - 2;
  const width = m.net.sizes[1];
  return plural(T.layers, depth, { neurons: plural(T.neurons, width) });
};

export const figure: FigureSource<typeof spec, Model> = {
  title: T.title,
  summary: T.summary,
  spec,
  compute,
  plot,
  // Its linear stack (the playground goes four layers deep) on the playground's data, from the same seed.
  playground: (state) => ({ depth: state.depth, width: state.width, activation: 'identity', seed: state.seed }),
  describe: (_state, m) =>
    fill(T.describe, { layers: layers(m), params: m.params, w: fmt(m.wEff), b: signed(m.bEff), gap: gap(m.maxGap) }),
  readouts: (_state, m) => ({
    'collapsed w': fmt(m.wEff, 3),
    'collapsed b': fmt(m.bEff, 3),
    parameters: fill(T.readouts.parameterCount, { n: m.params }),
    'largest gap': gap(m.maxGap),
  }),
  readoutLabels: { 'collapsed w': T.readouts.collapsedW, 'collapsed b': T.readouts.collapsedB, parameters: T.readouts.parameters, 'largest gap': T.readouts.largestGap },
  table: (_state, m) => {
    const { xs, ys } = m.curve;
    const rows = Array.from(xs, (x, s) => [x, ys[s]] as const).filter((_, s) => s % 20 === 0);
    return {
      caption: fill(T.table.caption, { w: fmt(m.wEff, 3), b: signed(m.bEff, 3) }),
      columns: ['x', T.table.stackOutput, T.table.collapsedLine, T.table.difference],
      rows: rows.map(([x, y]) => {
        const line = m.wEff * x + m.bEff;
        return [fmt(x, 2), fmt(y, 6), fmt(line, 6), gap(Math.abs(y - line))];
      }),
    };
  },
  diagram: (_state, m) => ({ sizes: m.net.sizes, params: m.net.params, colourHidden: true }),
};
