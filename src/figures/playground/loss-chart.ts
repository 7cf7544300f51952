/**
 * Both playgrounds' loss panel: the whole run's loss on a log scale, a floor to compare it with, and a marker at
 * the step shown. The curve is a slow base (it waits for a drag to pause); the marker moves with every frame.
 */
import * as Plot from '@observablehq/plot';
import T from 'virtual:text/playground';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import type { Trajectory } from '../../nn/index.ts';
import { colour } from '../kit/draw/colours.ts';
import { fmtLoss } from '../kit/draw/format.ts';
import { slowBase } from '../kit/draw/held-bases.ts';
import { layered, type PlotElement } from '../kit/draw/layered.ts';
import { frame } from '../kit/draw/marks.ts';
import { logTicks } from '../kit/draw/rungs.ts';

/** The attribute the loss panel's step axis is written in, for the hover readout (element.ts). */
export const LOSS_AXIS = 'data-loss-axis';

interface LossCurve {
  width: number;
  height: number;
  /** The recorded steps and the loss at each, up to where a diverging run stops. */
  losses: readonly { step: number; loss: number }[];
  steps: number;
  best: number;
  /** The floor's label, with {loss}. */
  bestText: string;
}

/** The whole run's loss on a log scale with the best line's loss as a floor: the same at every step shown. */
const lossCurve = slowBase(function playgroundLoss(document: Document, { width, height, losses, steps, best, bestText }: LossCurve): PlotElement {
  const values = losses.map((d) => d.loss).filter((v) => v > 0);
  const low = Math.max(1e-6, Math.min(best, ...values) * 0.6);
  const high = Math.min(1e6, Math.max(best, ...values) * 1.6);
  return Plot.plot({
    ...frame(width, height),
    // Room for the last step's tick label ("5,000") at the frame's right edge.
    marginRight: 28,
    document,
    x: { domain: [0, steps], label: plotText.axes.trainingStep },
    y: { type: 'log', domain: [low, Math.max(high, low * 10)], ticks: logTicks(low, high), label: plotText.axes.lossLog, tickFormat: '~g' },
    marks: [
      Plot.ruleY([best], { stroke: colour.best, strokeWidth: 2, strokeDasharray: '6 5', ariaDescription: T.marks.bestLine }),
      Plot.text([best], { x: steps, y: (d: number) => d, text: () => fill(bestText, { loss: fmtLoss(best) }), textAnchor: 'end', dx: -4, dy: -9, fill: colour.best, fontSize: 13 }),
      Plot.line(losses, { x: 'step', y: 'loss', stroke: colour.loss, strokeWidth: 2, clip: true, ariaDescription: plotText.marks.loss }),
    ],
  }) as unknown as PlotElement;
});

/** What the panel reads of a playground's model. */
export interface LossModel {
  run: { steps: number };
  trajectory: Trajectory;
  divergedAfter: number | null;
  step: number;
  loss: number;
}

/** The recorded (step, loss) pairs, to the last finite one. */
function recordedLosses(model: LossModel): { step: number; loss: number }[] {
  const { trajectory } = model;
  const last = model.divergedAfter ?? trajectory.stoppedAt;
  const every = Math.max(1, Math.round(model.run.steps / 100));
  const rows: { step: number; loss: number }[] = [];
  for (let step = 0; step <= last; step += every) rows.push({ step, loss: trajectory.loss[step] });
  if (rows.at(-1)!.step !== last) rows.push({ step: last, loss: trajectory.loss[last] });
  return rows.filter((d) => Number.isFinite(d.loss));
}


/** The panel, with `floor` as the dashed line to beat (the best straight line's loss, or a constant guess's). */
export function lossPanel(document: Document, model: LossModel, width: number, height: number, floor: number, floorText = T.marks.bestLineText): Element {
  let axis = '';
  const chart = layered(document, lossCurve, { width, height, losses: recordedLosses(model), steps: model.run.steps, best: floor, bestText: floorText }, (o) => {
    axis = JSON.stringify([0, model.run.steps, o.x(0), o.x(model.run.steps)]);
    o.ruleX(model.step, { label: plotText.marks.stepMarker, stroke: colour.ink, strokeOpacity: 0.5 });
    if (Number.isFinite(model.loss)) o.dots([{ x: model.step, y: model.loss }], { label: plotText.marks.currentLoss, fill: colour.loss, stroke: colour.paper, strokeWidth: 1.5, r: 5 });
    // The values at the step are the readouts' (and the pointer's, over the chart); only a blow-up is written here.
    if (model.divergedAfter !== null) {
      o.note(fill(T.marks.divergenceText, { step: model.divergedAfter }), 'top-left', { label: plotText.marks.stepLabel, fill: colour.loss, fontWeight: 600 });
    }
  });
  chart.setAttribute(LOSS_AXIS, axis);
  return chart;
}
