import T from 'virtual:text/neuron-line';
import { fill } from '../../text/fill.ts';
import { plural } from '../../text/plural.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, fmtLoss, signed } from '../kit/draw/format.ts';
import { compute, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec, type State } from './state.ts';

function describe(state: State, model: Model): string {
  const values = { w: fmt(state.w), b: signed(state.b), points: plural(T.describe.points, model.story.points.length), loss: fmtLoss(model.mse), goal: fmt(state.goal, 1) };
  if (state.goal <= 0) return fill(T.describe.noGoal, values);
  return fill(model.mse < state.goal ? T.describe.underGoal : T.describe.overGoal, values);
}

export const figure: FigureSource<typeof spec, Model> = {
  title: T.title,
  summary: T.summary,
  spec,
  compute,
  plot,
  playground: (state) => ({ depth: 0, dataset: state.dataset, points: state.points }),
  editsPoints: true,
  describe,
  readouts: (state, model) => ({
    line: `y = ${fmt(state.w)}x ${signed(state.b)}`,
    loss: fmtLoss(model.mse),
    ...(state.goal > 0 ? { goal: fill(model.mse < state.goal ? T.readouts.underGoal : T.readouts.overGoal, { goal: fmt(state.goal, 1) }) } : {}),
  }),
  readoutLabels: { line: T.readouts.line, loss: T.readouts.loss, goal: T.readouts.goal },
  table: (_state, model) => ({
    caption: fill(T.table.caption, { title: model.story.title }),
    columns: [model.story.xName, model.story.yName, T.table.prediction, T.table.squaredGap],
    rows: model.story.points.map((p, i) => [fmt(p.x, 1), fmt(p.y, 1), fmt(model.predicted[i]), fmt((model.predicted[i] - p.y) ** 2)]),
  }),
};
