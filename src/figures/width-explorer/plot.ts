import { logTicks } from '../kit/draw/rungs.ts';
import * as Plot from '@observablehq/plot';
import T from 'virtual:text/width-explorer';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import { predict } from '../../nn/index.ts';
import { colour } from '../kit/draw/colours.ts';
import { fmtLoss } from '../kit/draw/format.ts';
import { layered, type PlotElement } from '../kit/draw/layered.ts';
import { layeredWithArea } from '../kit/draw/plot-area.ts';
import { axesBase, drawData, drawOutput, frame } from '../kit/draw/marks.ts';
import { panels, panelWidths } from '../kit/draw/panels.ts';
import { legend } from '../kit/draw/legend.ts';
import { X_DOMAIN, type Model } from './model.ts';
import { WIDTHS, type State } from './state.ts';

const SHARE = 0.55;

interface LossByWidth {
  width: number;
  height: number;
  /** The final loss of each width charted. */
  charted: readonly { width: number; loss: number }[];
  /** The best line's loss, the reference every width is measured against. */
  bestLoss: number;
  /** The y axis's ends. */
  low: number;
  high: number;
}

/** The final loss of every width, and the best line's: the same whatever width the reader picks. */
function lossByWidth(document: Document, { width, height, charted, bestLoss, low, high }: LossByWidth): PlotElement {
  return Plot.plot({
    ...frame(width, height),
    document,
    x: { type: 'log', base: 2, domain: [0.8, 40], ticks: [1, 2, 4, 8, 16, 32], tickFormat: 'd', label: T.axes.neurons },
    y: { type: 'log', domain: [low, high], ticks: logTicks(low, high), label: T.axes.finalLoss, tickFormat: '~g' },
    marks: [
      Plot.ruleY([bestLoss], { stroke: colour.best, strokeWidth: 2, strokeDasharray: '6 5', ariaDescription: plotText.marks.bestLine }),
      Plot.text([bestLoss], { x: 40, y: (d: number) => d, text: () => fill(T.marks.bestLineText, { loss: fmtLoss(bestLoss) }), textAnchor: 'end', dx: -4, dy: -9, fill: colour.best, fontSize: 13 }),
      Plot.line(charted, { x: 'width', y: 'loss', stroke: colour.loss, strokeWidth: 2, ariaDescription: plotText.marks.loss }),
      Plot.dot(charted, { x: 'width', y: 'loss', fill: colour.loss, r: 3.5, ariaDescription: T.marks.lossAtEachWidth }),
    ],
  }) as unknown as PlotElement;
}

/** Evenly spaced x plus each hinge, so the fit's corners are drawn where they are. */
function xsFor(model: Model, count = 161): Float64Array {
  const n = model.net.sizes[1];
  const xs: number[] = [];
  for (let k = 0; k < count; k++) xs.push(X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * k) / (count - 1));
  for (let i = 0; i < n; i++) {
    const hinge = -model.net.params[n + i] / model.net.params[i];
    if (hinge > X_DOMAIN[0] && hinge < X_DOMAIN[1]) xs.push(hinge);
  }
  return Float64Array.from(xs).sort();
}

/**
 * Left, the fit at the chosen width; right, the final loss of every width, the chosen one marked. The loss
 * chart is the same for every chosen width, so it is the base; the marker and the fit move.
 */
export function plot(state: State, model: Model, document: Document, width: number): Element {
  const widths = panelWidths(width, SHARE);
  const height = Math.round(Math.min(320, Math.max(250, widths.first * 0.72)));
  // The reader's points are edited here; x stays −3…3, where every width was trained and its bends counted.
  const fit = layeredWithArea(
    document,
    axesBase,
    { width: widths.first, height, xDomain: X_DOMAIN, yDomain: model.yDomain, xLabel: plotText.axes.inputX, yLabel: '↑ y' },
    (o) => {
      const xs = xsFor(model);
      drawOutput(o, { xs, ys: predict(model.net, xs) });
      o.keep(drawData, model.points);
    },
    { fixedX: true },
  );

  const charted = model.curve.filter((d) => (WIDTHS as readonly number[]).includes(d.width));
  const losses = charted.map((d) => d.loss);
  const low = Math.min(...losses, model.best.mse) * 0.6;
  const high = Math.max(...losses, model.best.mse) * 1.6;
  const chart = layered(
    document,
    lossByWidth,
    { width: widths.second, height, charted, bestLoss: model.best.mse, low, high },
    (o) => {
      o.ruleX(state.width, { label: T.marks.chosenWidth, stroke: colour.ink, strokeOpacity: 0.45 });
      o.dots([{ x: state.width, y: model.loss }], { label: T.marks.chosenWidthLoss, fill: colour.output, stroke: colour.paper, strokeWidth: 2, r: 6.5 });
    },
  );

  const wrap = document.createElement('div');
  wrap.setAttribute('class', 'bl-width-explorer');
  wrap.append(
    legend(document, [
      { label: plotText.marks.data, swatch: 'dot', colour: colour.data, stroke: colour.paper },
      { label: plotText.marks.modelOutput, swatch: 'line', colour: colour.output },
      { label: T.legend.finalLoss, swatch: 'line', colour: colour.loss },
      { label: T.legend.chosenWidth, swatch: 'dot', colour: colour.output, stroke: colour.paper },
      { label: plotText.marks.bestLine, swatch: 'dashed', colour: colour.best },
    ]),
    panels(document, width, [fit, chart], SHARE),
  );
  return wrap;
}
