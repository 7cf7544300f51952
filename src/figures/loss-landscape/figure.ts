import T from 'virtual:text/loss-landscape';
import { fill } from '../../text/fill.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, fmtLoss } from '../kit/draw/format.ts';
import { compute, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec } from './state.ts';

const GRID_W = [-1, 0, 1, 2, 3];
const GRID_B = [8, 6, 4, 2, 0, -2];

export const figure: FigureSource<typeof spec, Model> = {
  title: T.title,
  summary: T.summary,
  spec,
  compute,
  plot,
  playground: (state) => ({ depth: 0, dataset: state.dataset, points: state.points }),
  describe: (state, m) =>
    fill(T.describe, { w: fmt(state.w), b: fmt(state.b), loss: fmtLoss(m.loss), best: fmtLoss(m.land.best.loss), bestW: fmt(m.land.best.w), bestB: fmt(m.land.best.b) }),
  readouts: (state, m) => ({
    w: fmt(state.w),
    b: fmt(state.b),
    loss: fmtLoss(m.loss),
    'lowest loss': fmtLoss(m.land.best.loss),
  }),
  readoutLabels: { loss: T.readouts.loss, 'lowest loss': T.readouts.lowestLoss },
  table: (state, m) => ({
    caption: fill(T.table.caption, { title: m.story.title, w: fmt(state.w), b: fmt(state.b), loss: fmtLoss(m.loss), best: fmtLoss(m.land.best.loss), bestW: fmt(m.land.best.w), bestB: fmt(m.land.best.b) }),
    columns: [T.table.corner, ...GRID_W.map((w) => `w = ${fmt(w, 0)}`)],
    rows: GRID_B.map((b) => [`b = ${fmt(b, 0)}`, ...GRID_W.map((w) => fmtLoss(m.land.loss(w, b)))]),
  }),
};
