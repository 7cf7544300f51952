import * as Plot from '@observablehq/plot';
import T from 'virtual:text/line-floor';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import { predict } from '../../nn/index.ts';
import { colour } from '../kit/draw/colours.ts';
import { fmtLoss } from '../kit/draw/format.ts';
import { layered, type PlotElement } from '../kit/draw/layered.ts';
import { layeredWithArea } from '../kit/draw/plot-area.ts';
import { axesBase, drawBest, drawData, drawOutput, frame, sampleNetwork } from '../kit/draw/marks.ts';
import { panels, panelWidths } from '../kit/draw/panels.ts';
import { legend } from '../kit/draw/legend.ts';
import type { Model } from './model.ts';
import { STEPS, type State } from './state.ts';

const SHARE = 0.52;

interface LossChart {
  width: number;
  height: number;
  /** The training loss at every step. */
  loss: Float64Array;
  /** The best line's loss: no line gets below it. */
  floor: number;
}

/** The training loss on a log scale against the floor the best line sets: all of it fixed by the configuration. */
function lossChart(document: Document, { width, height, loss, floor }: LossChart): PlotElement {
  const losses = Array.from(loss, (value, step) => ({ step, loss: value }));
  const top = Math.max(floor * 4, ...loss) * 1.15;
  const bottom = floor * 0.55;
  return Plot.plot({
    ...frame(width, height),
    document,
    x: { domain: [0, STEPS], label: plotText.axes.trainingStep },
    y: { type: 'log', domain: [bottom, Math.min(top, 1e6)], label: plotText.axes.lossLog, tickFormat: '~g' },
    marks: [
      Plot.ruleY([floor], { stroke: colour.best, strokeWidth: 2, strokeDasharray: '6 5', ariaDescription: T.marks.floor }),
      // Below the floor nothing is ever drawn (no line gets there), so its label sits there.
      Plot.text([floor], { x: STEPS, y: (d: number) => d, text: () => fill(T.marks.floorText, { floor: fmtLoss(floor) }), textAnchor: 'end', dx: -4, dy: 12, fill: colour.best, fontSize: 13, ariaDescription: T.marks.floorLabel }),
      Plot.line(losses, { x: 'step', y: 'loss', stroke: colour.loss, strokeWidth: 2, clip: true, ariaDescription: plotText.marks.loss }),
    ],
  }) as unknown as PlotElement;
}

/**
 * Left, the data with the best line and the network's output; right, the training loss against the floor
 * that best line sets. The loss curve and the floor depend only on the configuration, so they are the base;
 * the output and the step marker move.
 */
export function plot(_state: State, model: Model, document: Document, width: number): Element {
  const { source, best, trajectory } = model;
  const widths = panelWidths(width, SHARE);
  const height = Math.round(Math.min(320, Math.max(250, widths.first * 0.72)));

  // Marked for pointer input: the reader's data points are edited here.
  const fit = layeredWithArea(
    document,
    axesBase,
    { width: widths.first, height, xDomain: source.xDomain, yDomain: source.yDomain, xLabel: source.xLabel, yLabel: source.yLabel },
    (o) => {
      // The best line and the data stay put while training moves the output: drawn once, cloned after.
      o.keep(drawBest, [source.xDomain[0], source.xDomain[1]].map((x) => [x, best.slope * x + best.intercept] as const));
      drawOutput(o, sampleNetwork((xs) => predict(model.net, xs), source.xDomain, 2));
      o.keep(drawData, source.points);
      o.note(fill(plotText.marks.stepNote, { n: model.shown }), 'top-left', { label: plotText.marks.stepLabel, fill: colour.muted });
    },
  );

  const chart = layered(
    document,
    lossChart,
    { width: widths.second, height, loss: trajectory.loss, floor: best.mse },
    (o) => {
      o.ruleX(model.shown, { label: plotText.marks.stepMarker, stroke: colour.ink, strokeOpacity: 0.5 });
      o.dots([{ x: model.shown, y: model.loss }], { label: plotText.marks.currentLoss, fill: colour.loss, stroke: colour.paper, strokeWidth: 1.5, r: 5 });
    },
  );

  const wrap = document.createElement('div');
  wrap.setAttribute('class', 'bl-line-floor');
  wrap.append(
    legend(document, [
      { label: plotText.marks.data, swatch: 'dot', colour: colour.data, stroke: colour.paper },
      { label: plotText.marks.modelOutput, swatch: 'line', colour: colour.output },
      { label: plotText.marks.bestLine, swatch: 'dashed', colour: colour.best },
      { label: plotText.legend.trainingLoss, swatch: 'line', colour: colour.loss },
    ]),
    panels(document, width, [fit, chart], SHARE),
  );
  return wrap;
}
