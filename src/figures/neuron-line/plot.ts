import { createNetwork, predict } from '../../nn/index.ts';
import { layeredWithArea } from '../kit/draw/plot-area.ts';
import { axesBase, drawData, drawOutput, drawResiduals, sampleNetwork } from '../kit/draw/marks.ts';
import type { Model } from './model.ts';
import type { State } from './state.ts';

/** The data, the neuron's output across the whole axis, and (optionally) the gaps the loss is made of. */
export function plot(state: State, model: Model, document: Document, width: number): Element {
  const { story } = model;
  const height = Math.round(Math.min(400, Math.max(300, width * 0.62)));
  const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [state.w, state.b] });
  const axes = { width, height, xDomain: story.xDomain, yDomain: story.yDomain, xLabel: story.xLabel, yLabel: story.yLabel };
  // Marked with its domains, so a press can be turned back into data (the reader's points are editable).
  return layeredWithArea(document, axesBase, axes, (o) => {
    if (state.residuals) drawResiduals(o, story.points, model.predicted);
    drawOutput(o, sampleNetwork((xs) => predict(net, xs), story.xDomain));
    o.keep(drawData, story.points);
  });
}
