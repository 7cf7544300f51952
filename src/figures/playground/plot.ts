import T from 'virtual:text/playground';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import { predict } from '../../nn/index.ts';
import { colour } from '../kit/draw/colours.ts';
import { fmt, signed } from '../kit/draw/format.ts';
import { legend } from '../kit/draw/legend.ts';
import { axesBase, drawBest, drawData, drawOutput } from '../kit/draw/marks.ts';
import { panels, panelWidths } from '../kit/draw/panels.ts';
import { layeredWithArea } from '../kit/draw/plot-area.ts';
import { lossPanel } from './loss-chart.ts';
import type { Model } from './model.ts';
import type { State } from './state.ts';

const SHARE = 0.58;

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

  const chart = lossPanel(document, model, widths.second, widths.second === widths.full ? 200 : height, model.best.mse);

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
