import T from 'virtual:text/hidden-lines';
import plotText from 'virtual:text/plot';
import { forward, predict } from '../../nn/index.ts';
import { fill } from '../../text/fill.ts';
import { hiddenColour, colour } from '../kit/draw/colours.ts';
import { layered } from '../kit/draw/layered.ts';
import { legend } from '../kit/draw/legend.ts';
import { axesBase, drawHidden, drawOutput, sampleNetwork } from '../kit/draw/marks.ts';
import type { Model } from './model.ts';
import type { State } from './state.ts';

export const X_DOMAIN: [number, number] = [-3, 3];
export const Y_DOMAIN: [number, number] = [-6, 6];
const SUB = ['₁', '₂', '₃', '₄'];

/**
 * Each hidden neuron's line in its own colour, and the output neuron's weighted sum of them in the output
 * colour. Every curve is the network's own forward pass, so the picture cannot drift from the algebra.
 */
export function plot(_state: State, model: Model, document: Document, width: number): Element {
  const height = Math.round(Math.min(400, Math.max(300, width * 0.62)));
  const n = model.neurons.length;
  const key = legend(document, [
    ...model.neurons.map((_, i) => ({ label: fill(T.legend.hidden, { h: `h${SUB[i]}`, n: i + 1 }), swatch: 'line' as const, colour: hiddenColour(i), width: 2 })),
    { label: T.legend.output, swatch: 'line', colour: colour.output },
  ]);
  const lines = layered(
    document,
    axesBase,
    { width, height, xDomain: X_DOMAIN, yDomain: Y_DOMAIN, xLabel: plotText.axes.inputX, yLabel: T.axes.neuronOutput },
    (o) => {
      const curve = sampleNetwork((xs) => predict(model.net, xs), X_DOMAIN, 61);
      const { xs } = curve;
      // Hidden activations, one row per x: a[0][s·n + i] is neuron i at xs[s].
      const hidden = forward(model.net, xs).a[0];
      for (let i = 0; i < n; i++) drawHidden(o, { xs, ys: Array.from(xs, (_, s) => hidden[s * n + i]) }, i, hiddenColour(i));
      // A paper-coloured edge keeps the output readable where it crosses a hidden line of a similar hue.
      o.curve(xs, curve.ys, { label: T.marks.outputEdge, stroke: colour.paper, strokeWidth: 6 });
      drawOutput(o, curve);
    },
  );
  const wrap = document.createElement('div');
  wrap.append(key, lines);
  return wrap;
}
