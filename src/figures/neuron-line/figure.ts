import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, fmtLoss, signed } from '../kit/draw/format.ts';
import { compute, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec } from './state.ts';

export const figure: FigureSource<typeof spec, Model> = {
  title: 'One neuron draws a line: drag w to tilt it and b to lift it',
  summary: 'A single neuron y = w·x + b over the data, with its residuals and live mean squared error.',
  spec,
  compute,
  plot,
  editsPoints: true,
  describe: (state, model) =>
    `A line y = ${fmt(state.w)}x ${signed(state.b)} through ${model.story.points.length} points; mean squared error ${fmtLoss(model.mse)}` +
    (state.goal > 0 ? (model.mse < state.goal ? `, under the goal of ${fmt(state.goal, 1)}.` : `, above the goal of ${fmt(state.goal, 1)}.`) : '.'),
  readouts: (state, model) => ({
    line: `y = ${fmt(state.w)}x ${signed(state.b)}`,
    loss: fmtLoss(model.mse),
    ...(state.goal > 0 ? { goal: model.mse < state.goal ? `✓ under ${fmt(state.goal, 1)}` : `get it under ${fmt(state.goal, 1)}` } : {}),
  }),
  table: (_state, model) => ({
    caption: `${model.story.title}: each point, the neuron's prediction and the squared gap.`,
    columns: [model.story.xName, model.story.yName, 'prediction', 'squared gap'],
    rows: model.story.points.map((p, i) => [fmt(p.x, 1), fmt(p.y, 1), fmt(model.predicted[i]), fmt((model.predicted[i] - p.y) ** 2)]),
  }),
};
