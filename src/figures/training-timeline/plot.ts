import * as Plot from '@observablehq/plot';
import T from 'virtual:text/training-timeline';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import { createNetwork, predict } from '../../nn/index.ts';
import { colour } from '../kit/draw/colours.ts';
import { landscapeColour, landscapeData, landscapeMarks, type LandscapeData } from '../kit/draw/landscape.ts';
import { layeredWithArea } from '../kit/draw/plot-area.ts';
import { slowBase } from '../kit/draw/held-bases.ts';
import { layered, type PlotElement } from '../kit/draw/layered.ts';
import { axesBase, drawData, drawOutput, drawResiduals, frame, sampleNetwork } from '../kit/draw/marks.ts';
import { panels, panelWidths } from '../kit/draw/panels.ts';
import type { Model } from './model.ts';
import type { State } from './state.ts';

/** The loss landscape the (w, b) point walks down; its contours wait for a dragged data point to pause. */
const landscapeMap = slowBase(function landscapeMap(document: Document, { width, height, land }: { width: number; height: number; land: LandscapeData }): PlotElement {
  return Plot.plot({
    ...frame(width, height),
    document,
    grid: false,
    x: { domain: land.wDomain, label: T.axes.w },
    y: { domain: land.bDomain, label: T.axes.b },
    color: { ...landscapeColour, legend: false },
    marks: landscapeMarks(land),
  }) as unknown as PlotElement;
});

interface LossCurve {
  width: number;
  /** The loss at each step drawn, from step 0. */
  loss: Float64Array;
  /** The x axis's end: the last step, or room for the steps a diverging run did not take. */
  xMax: number;
}

/** The whole loss curve on a log scale, clipped where a diverging run leaves the chart; it too waits for a drag to pause. */
const lossCurve = slowBase(function lossCurve(document: Document, { width, loss, xMax }: LossCurve): PlotElement {
  const losses = Array.from(loss, (value, step) => ({ step, loss: value }));
  const lossMax = Math.min(1e4, Math.max(...losses.map((d) => d.loss)));
  const lossMin = Math.max(1e-3, Math.min(...losses.map((d) => d.loss)) * 0.8);
  return Plot.plot({
    ...frame(width, 190),
    document,
    x: { domain: [0, xMax], label: plotText.axes.trainingStep },
    y: { type: 'log', domain: [lossMin, Math.max(lossMax, lossMin * 10)], label: plotText.axes.lossLog, tickFormat: '~g' },
    marks: [Plot.line(losses, { x: 'step', y: 'loss', stroke: colour.loss, strokeWidth: 2, clip: true, ariaDescription: plotText.marks.loss })],
  }) as unknown as PlotElement;
});

/**
 * Three views of one moment of training, moving together as the step changes: the line against the data,
 * the (w, b) point walking down the loss landscape, and the loss curve with a marker at the step.
 * What does not move with the step (axes, the landscape, the whole loss curve) is drawn once per configuration.
 */
export function plot(state: State, model: Model, document: Document, width: number): Element {
  const { story, trajectory, shown, land } = model;
  const widths = panelWidths(width);
  const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [model.w, model.b] });

  const lineHeight = Math.round(Math.min(340, Math.max(260, widths.first * 0.7)));
  const linePlot = layeredWithArea(
    document,
    axesBase,
    { width: widths.first, height: lineHeight, xDomain: story.xDomain, yDomain: story.yDomain, xLabel: story.xLabel, yLabel: story.yLabel },
    (o) => {
      drawResiduals(o, story.points, predict(net, story.points.map((p) => p.x)));
      drawOutput(o, sampleNetwork((xs) => predict(net, xs), story.xDomain));
      o.keep(drawData, story.points);
      o.note(fill(plotText.marks.stepNote, { n: shown }), 'top-left', { label: plotText.marks.stepLabel, fill: colour.muted });
    },
  );

  const landHeight = Math.round(Math.min(340, Math.max(240, widths.second * 0.85)));
  const landPlot = layered(
    document,
    landscapeMap,
    { width: widths.second, height: landHeight, land: landscapeData(land) },
    (o) => {
      const path = model.path.slice(0, shown + 1).map((p) => [p.w, p.b] as const);
      o.line(path, { label: T.marks.descentPath, stroke: colour.paper, strokeWidth: 3.5 });
      o.line(path, { label: T.marks.descentPathInner, stroke: colour.loss, strokeWidth: 1.5 });
      o.dots([{ x: model.w, y: model.b }], { label: T.marks.currentWeights, fill: colour.output, stroke: colour.paper, strokeWidth: 2, r: 6 });
    },
  );

  const lastStep = model.divergedAfter === null ? trajectory.stoppedAt : Math.min(trajectory.stoppedAt, model.divergedAfter + 1);
  const diverged = model.divergedAfter !== null;
  const lossPlot = layered(
    document,
    lossCurve,
    { width: widths.full, loss: trajectory.loss.subarray(0, lastStep + 1), xMax: diverged ? Math.max(lastStep + 2, 10) : lastStep },
    (o) => {
      o.ruleX(shown, { label: plotText.marks.stepMarker, stroke: colour.ink, strokeOpacity: 0.5 });
      o.dots([{ x: shown, y: model.loss }], { label: plotText.marks.currentLoss, fill: colour.loss, stroke: colour.paper, strokeWidth: 1.5, r: 5 });
      if (diverged && state.step > model.divergedAfter!) {
        o.note(fill(T.marks.divergenceText, { step: model.divergedAfter! }), 'top', { label: T.marks.divergence, fill: colour.loss, fontWeight: 600 });
      }
    },
  );
  return panels(document, width, [linePlot, landPlot, lossPlot]);
}
