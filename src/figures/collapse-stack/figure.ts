import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, signed } from '../kit/draw/format.ts';
import { compute, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec } from './state.ts';

/** Rounding error in two significant figures with a true minus sign ("2.2e−16"); an exact match reads "0". */
function gap(value: number): string {
  return value === 0 ? '0' : value.toExponential(1).replace('-', '\u2212').replace('+', '');
}

const layers = (m: Model) => {
  const depth = m.net.sizes.length - 2;
  const width = m.net.sizes[1];
  return `${depth} hidden layer${depth > 1 ? 's' : ''} of ${width} identity neuron${width > 1 ? 's' : ''}`;
};

export const figure: FigureSource<typeof spec, Model> = {
  title: 'Stack linear layers as deep and wide as you like: the output is still one straight line',
  summary: 'A random all-identity network of any depth and width, drawn with the single line collapse() multiplies it out to, exactly on top.',
  spec,
  compute,
  plot,
  describe: (_state, m) =>
    `A random stack of ${layers(m)} has ${m.params} parameters, yet its output is exactly the line y = ${fmt(m.wEff)}x ${signed(m.bEff)} (largest gap ${gap(m.maxGap)}).`,
  readouts: (_state, m) => ({
    'collapsed w': fmt(m.wEff, 3),
    'collapsed b': fmt(m.bEff, 3),
    parameters: `${m.params} vs 2`,
    'largest gap': gap(m.maxGap),
  }),
  table: (_state, m) => {
    const { xs, ys } = m.curve;
    const rows = Array.from(xs, (x, s) => [x, ys[s]] as const).filter((_, s) => s % 20 === 0);
    return {
      caption: `The stack’s output and the collapsed line y = ${fmt(m.wEff, 3)}x ${signed(m.bEff, 3)} at evenly spaced inputs; they differ only by rounding.`,
      columns: ['x', 'stack output', 'collapsed line', 'difference'],
      rows: rows.map(([x, y]) => {
        const line = m.wEff * x + m.bEff;
        return [fmt(x, 2), fmt(y, 6), fmt(line, 6), gap(Math.abs(y - line))];
      }),
    };
  },
  diagram: (_state, m) => ({ sizes: m.net.sizes, params: m.net.params, colourHidden: true }),
};
