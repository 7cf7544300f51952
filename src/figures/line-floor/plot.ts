import * as Plot from '@observablehq/plot';
import { predict } from '../../nn/index.ts';
import { colour } from '../kit/draw/colours.ts';
import { fmtLoss } from '../kit/draw/format.ts';
import { layered, type PlotElement } from '../kit/draw/layered.ts';
import { axesBase, drawBest, drawData, drawOutput, frame, sampleNetwork } from '../kit/draw/marks.ts';
import { panels, panelWidths } from '../kit/draw/panels.ts';
import { legend } from '../kit/draw/legend.ts';
import type { Model } from './model.ts';
import { STEPS, type State } from './state.ts';

const SHARE = 0.52;

/**
 * Left, the data with the best line and the network's output; right, the training loss against the floor
 * that best line sets. The loss curve and the floor depend only on the configuration, so they are the base;
 * the output and the step marker move.
 */
export function plot(state: State, model: Model, document: Document, width: number): Element {
  const { source, best, trajectory } = model;
  const widths = panelWidths(width, SHARE);
  const height = Math.round(Math.min(320, Math.max(250, widths.first * 0.72)));

  const fit = layered(
    document,
    `line-floor-fit|${state.dataset}|${widths.first}`,
    () => axesBase(document, { width: widths.first, height, xDomain: source.xDomain, yDomain: source.yDomain, xLabel: source.xLabel, yLabel: source.yLabel }),
    (o) => {
      // The best line and the data depend only on the dataset, which the base's key names.
      o.keep('best', () => drawBest(o, [source.xDomain[0], source.xDomain[1]].map((x) => [x, best.slope * x + best.intercept] as const)));
      drawOutput(o, sampleNetwork((xs) => predict(model.net, xs), source.xDomain, 2));
      o.keep('data', () => drawData(o, source.points));
      o.note(`step ${model.shown}`, 'top-left', { label: 'step label', fill: colour.muted });
    },
  );

  const losses = Array.from(trajectory.loss, (loss, step) => ({ step, loss }));
  const top = Math.max(best.mse * 4, ...trajectory.loss) * 1.15;
  const bottom = best.mse * 0.55;
  const chart = layered(
    document,
    `line-floor-loss|${state.dataset}|${state.depth}|${widths.second}`,
    () =>
      Plot.plot({
        ...frame(widths.second, height),
        document,
        x: { domain: [0, STEPS], label: 'training step →' },
        y: { type: 'log', domain: [bottom, Math.min(top, 1e6)], label: '↑ loss (MSE, log scale)', tickFormat: '~g' },
        marks: [
          Plot.ruleY([best.mse], { stroke: colour.best, strokeWidth: 2, strokeDasharray: '6 5', ariaDescription: 'floor' }),
          // Below the floor nothing is ever drawn (no line gets there), so its label sits there.
          Plot.text([best.mse], { x: STEPS, y: (d: number) => d, text: () => `best any line can do: ${fmtLoss(best.mse)}`, textAnchor: 'end', dx: -4, dy: 12, fill: colour.best, fontSize: 12, ariaDescription: 'floor label' }),
          Plot.line(losses, { x: 'step', y: 'loss', stroke: colour.loss, strokeWidth: 2, clip: true, ariaDescription: 'loss' }),
        ],
      }) as unknown as PlotElement,
    (o) => {
      o.ruleX(model.shown, { label: 'step marker', stroke: colour.ink, strokeOpacity: 0.5 });
      o.dots([{ x: model.shown, y: model.loss }], { label: 'current loss', fill: colour.loss, stroke: colour.paper, strokeWidth: 1.5, r: 5 });
    },
  );

  const wrap = document.createElement('div');
  wrap.setAttribute('class', 'bl-line-floor');
  wrap.append(
    legend(document, [
      { label: 'data', swatch: 'dot', colour: colour.data, stroke: colour.paper },
      { label: 'model output', swatch: 'line', colour: colour.output },
      { label: 'best line', swatch: 'dashed', colour: colour.best },
      { label: 'training loss', swatch: 'line', colour: colour.loss },
    ]),
    panels(document, width, [fit, chart], SHARE),
  );
  return wrap;
}
