import T from 'virtual:text/line-floor';
import { fill } from '../../text/fill.ts';
import { plural } from '../../text/plural.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, fmtLoss, signed } from '../kit/draw/format.ts';
import { stepReadout } from '../kit/training/step-readout.ts';
import { compute, jobOf, sizesOf, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec, STEPS, WIDTH, type State } from './state.ts';

function networkWords(state: State): string {
  return state.depth === 0 ? T.network.single : plural(T.network.layers, state.depth, { width: WIDTH });
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
  diagram: (state, m) => ({ sizes: sizesOf(state.depth), params: m.net.params }),
  describe: (state, m) => {
    const gap = m.loss - m.best.mse;
    const values = {
      network: networkWords(state), step: m.shown, steps: STEPS, w: fmt(m.slope), b: signed(m.intercept), loss: fmtLoss(m.loss),
      gap: fmtLoss(gap), floor: fmtLoss(m.best.mse), bestW: fmt(m.best.slope), bestB: signed(m.best.intercept),
    };
    return fill(gap <= m.best.mse * 0.005 ? T.describe.atFloor : T.describe.aboveFloor, values);
  },
  readouts: (state, m) => ({
    step: stepReadout(state.step, m.trajectory),
    output: `y = ${fmt(m.slope)}x ${signed(m.intercept)}`,
    loss: fmtLoss(m.loss),
    floor: fmtLoss(m.best.mse),
  }),
  readoutLabels: { step: T.readouts.step, output: T.readouts.output, loss: T.readouts.loss, floor: T.readouts.floor },
  table: (_state, m) => {
    const every = 20;
    const rows: (string | number)[][] = [];
    for (let step = 0; step <= m.trajectory.stoppedAt; step += every) rows.push([step, fmtLoss(m.trajectory.loss[step]), fmtLoss(m.trajectory.loss[step] - m.best.mse)]);
    return {
      caption: fill(T.table.caption, { every, floor: fmtLoss(m.best.mse) }),
      columns: [T.table.step, T.table.loss, T.table.aboveFloor],
      rows,
    };
  },
};
