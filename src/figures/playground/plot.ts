import * as Plot from '@observablehq/plot';
import T from 'virtual:text/playground';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import { predict } from '../../nn/index.ts';
import { colour } from '../kit/draw/colours.ts';
import { fmt, fmtLoss, signed } from '../kit/draw/format.ts';
import { slowBase } from '../kit/draw/held-bases.ts';
import { layered, type PlotElement } from '../kit/draw/layered.ts';
import { legend } from '../kit/draw/legend.ts';
import { axesBase, drawBest, drawData, drawOutput, frame } from '../kit/draw/marks.ts';
import { panels, panelWidths } from '../kit/draw/panels.ts';
import { layeredWithArea } from '../kit/draw/plot-area.ts';
import { logTicks } from '../kit/draw/rungs.ts';
import type { Model } from './model.ts';
import type { State } from './state.ts';

const SHARE = 0.58;

/** The attribute the loss panel's step axis is written in, for the hover readout (element.ts). */
export const LOSS_AXIS = 'data-loss-axis';

interface LossCurve {
  width: number;
  height: number;
  /** The recorded steps and the loss at each, up to where a diverging run stops. */
  losses: readonly { step: number; loss: number }[];
  steps: number;
  best: number;
}

/** The whole run's loss on a log scale with the best line's loss as a floor: the same at every step shown. */
const lossCurve = slowBase(function playgroundLoss(document: Document, { width, height, losses, steps, best }: LossCurve): PlotElement {
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
      Plot.text([best], { x: steps, y: (d: number) => d, text: () => fill(T.marks.bestLineText, { loss: fmtLoss(best) }), textAnchor: 'end', dx: -4, dy: -9, fill: colour.best, fontSize: 13 }),
      Plot.line(losses, { x: 'step', y: 'loss', stroke: colour.loss, strokeWidth: 2, clip: true, ariaDescription: plotText.marks.loss }),
    ],
  }) as unknown as PlotElement;
});

/** The recorded (step, loss) pairs, to the last finite one. */
function recordedLosses(model: Model): { step: number; loss: number }[] {
  const { trajectory } = model;
  const last = model.divergedAfter ?? trajectory.stoppedAt;
  const every = Math.max(1, Math.round(model.run.steps / 100));
  const rows: { step: number; loss: number }[] = [];
  for (let step = 0; step <= last; step += every) rows.push({ step, loss: trajectory.loss[step] });
  if (rows.at(-1)!.step !== last) rows.push({ step: last, loss: trajectory.loss[last] });
  return rows.filter((d) => Number.isFinite(d.loss));
}

/** Evenly spaced x plus every first-layer hinge, so the output's corners are drawn where they are. */
function xsFor(model: Model, count = 241): Float64Array {
  const [x0, x1] = model.data.xDomain;
  const xs = Array.from({ length: count }, (_, k) => x0 + ((x1 - x0) * k) / (count - 1));
  return Float64Array.from([...xs, ...model.hinges]).sort();
}

/**
 * Left, the network's output at the step shown against the data, the best straight line dashed, the first layer's
 * hinges ticked on the x axis, and, when every layer is linear, the single line the network collapses to.
 * Right (below on a phone), the whole run's loss with a marker at that step. The loss curve waits for a drag to pause.
 */
export function plot(_state: State, model: Model, document: Document, width: number): Element {
  const widths = panelWidths(width, SHARE);
  const height = Math.round(Math.min(340, Math.max(260, widths.first * 0.72)));
  const { data } = model;
  const [y0, y1] = data.yDomain;

  const fit = layeredWithArea(
    document,
    axesBase,
    { width: widths.first, height, xDomain: data.xDomain, yDomain: data.yDomain, xLabel: data.xLabel, yLabel: data.yLabel },
    (o) => {
      drawBest(o, data.xDomain.map((x) => [x, model.best.slope * x + model.best.intercept] as const));
      const xs = xsFor(model);
      drawOutput(o, { xs, ys: predict(model.net, xs) });
      if (model.collapsed) {
        const { w, b } = model.collapsed;
        o.line(data.xDomain.map((x) => [x, w * x + b] as const), { label: T.marks.collapsedLine, stroke: colour.ink, strokeWidth: 1.5, dash: '1 4' });
        o.note(fill(T.marks.collapsedNote, { w: fmt(w), b: signed(b) }), 'top-left', { label: T.marks.collapsedLine, fill: colour.ink, fontWeight: 600 });
      }
      const tick = (y1 - y0) * 0.045;
      o.segments(model.hinges.map((x) => ({ x, y1: y0, y2: y0 + tick })), { label: T.marks.hinges, stroke: colour.output, strokeWidth: 2.5 });
      o.keep(drawData, data.points);
    },
  );

  const losses = recordedLosses(model);
  const lossHeight = widths.second === widths.full ? 200 : height;
  let axis = '';
  const chart = layered(document, lossCurve, { width: widths.second, height: lossHeight, losses, steps: model.run.steps, best: model.best.mse }, (o) => {
    axis = JSON.stringify([0, model.run.steps, o.x(0), o.x(model.run.steps)]);
    o.ruleX(model.step, { label: plotText.marks.stepMarker, stroke: colour.ink, strokeOpacity: 0.5 });
    if (Number.isFinite(model.loss)) o.dots([{ x: model.step, y: model.loss }], { label: plotText.marks.currentLoss, fill: colour.loss, stroke: colour.paper, strokeWidth: 1.5, r: 5 });
    // The values at the step are the readouts' (and the pointer's, over the chart); only a blow-up is written here.
    if (model.divergedAfter !== null) {
      o.note(fill(T.marks.divergenceText, { step: model.divergedAfter }), 'top-left', { label: plotText.marks.stepLabel, fill: colour.loss, fontWeight: 600 });
    }
  });
  chart.setAttribute(LOSS_AXIS, axis);

  const wrap = document.createElement('div');
  wrap.setAttribute('class', 'bl-playground');
  wrap.append(
    legend(document, [
      { label: plotText.marks.data, swatch: 'dot', colour: colour.data, stroke: colour.paper },
      { label: plotText.marks.modelOutput, swatch: 'line', colour: colour.output },
      { label: T.marks.bestLine, swatch: 'dashed', colour: colour.best },
      ...(model.collapsed ? [{ label: T.marks.collapsedLine, swatch: 'dashed' as const, colour: colour.ink }] : []),
      { label: plotText.legend.trainingLoss, swatch: 'line', colour: colour.loss },
    ]),
    panels(document, width, [fit, chart], SHARE),
  );
  return wrap;
}
