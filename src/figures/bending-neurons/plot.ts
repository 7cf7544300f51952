import T from 'virtual:text/bending-neurons';
import plotText from 'virtual:text/plot';
import { activations, predict } from '../../nn/index.ts';
import { fill } from '../../text/fill.ts';
import { colour, hiddenColour } from '../kit/draw/colours.ts';
import { layeredWithArea } from '../kit/draw/plot-area.ts';
import { layered } from '../kit/draw/layered.ts';
import { legend, type LegendItem } from '../kit/draw/legend.ts';
import { axesBase, drawBest, drawData, drawHidden, drawOutput } from '../kit/draw/marks.ts';
import { panels, panelWidths } from '../kit/draw/panels.ts';
import { hasHinges, X_DOMAIN, type Model } from './model.ts';
import type { State } from './state.ts';

/**
 * Evenly spaced x plus every hinge, so a ReLU's corner is drawn sharp at the exact place it bends rather than
 * rounded off between two samples.
 */
function xsWithHinges(model: Model, n = 121): Float64Array {
  const xs: number[] = [];
  for (let k = 0; k < n; k++) xs.push(X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * k) / (n - 1));
  for (const neuron of model.neurons) if (neuron.hinge !== null && neuron.hinge > X_DOMAIN[0] && neuron.hinge < X_DOMAIN[1]) xs.push(neuron.hinge);
  return Float64Array.from(xs).sort();
}

/**
 * The network taken apart, left to right as the numbers flow: (a) each hidden neuron's straight line,
 * (b) the same lines after the activation, (c) their weighted sum, the output, over the data.
 * Axes depend only on their (laddered) ranges and are drawn once per range; the curves move with the training step.
 */
export function plot(state: State, model: Model, document: Document, width: number): Element {
  const widths = panelWidths(width);
  const f = activations[state.activation].f;
  const hinged = hasHinges(state.activation);
  const smallHeight = Math.round(Math.min(250, Math.max(200, widths.first * 0.62)));
  const xs = xsWithHinges(model);

  const lines = layered(
    document,
    axesBase,
    { width: widths.first, height: smallHeight, xDomain: X_DOMAIN, yDomain: model.domains.z, xLabel: plotText.axes.inputX, yLabel: T.axes.lines, zeroRule: true },
    (o) => {
      model.neurons.forEach((neuron, i) => {
        // Named apart from (b)'s curves: this is the neuron before its activation. Solid, not dashed: across the
        // essay a dashed line is the best line, and dashing eight lines cost a millisecond of raster a frame.
        o.line([X_DOMAIN[0], X_DOMAIN[1]].map((x) => [x, neuron.w * x + neuron.b] as const), { label: fill(T.marks.line, { n: i + 1 }), stroke: hiddenColour(i), strokeWidth: 1.5 });
      });
    },
  );

  const bent = layered(
    document,
    axesBase,
    { width: widths.second, height: smallHeight, xDomain: X_DOMAIN, yDomain: model.domains.a, xLabel: plotText.axes.inputX, yLabel: T.axes.activated, zeroRule: true },
    (o) => {
      const activated = new Float64Array(xs.length);
      model.neurons.forEach((neuron, i) => {
        for (let k = 0; k < xs.length; k++) activated[k] = f(neuron.w * xs[k] + neuron.b);
        drawHidden(o, { xs, ys: activated }, i, hiddenColour(i));
      });
      if (hinged) {
        model.neurons.forEach((neuron, i) => {
          if (neuron.hinge === null) return;
          o.dots([{ x: neuron.hinge, y: 0 }], { label: fill(T.marks.hinges, { n: i + 1 }), fill: hiddenColour(i), stroke: colour.paper, strokeWidth: 1.5, r: 5 });
        });
      }
    },
  );

  const outHeight = Math.round(Math.min(300, Math.max(240, width * 0.42)));
  // Marked for pointer input: the reader's data points are edited on this panel; x is shared with (a) and (b).
  const output = layeredWithArea(
    document,
    axesBase,
    { width: widths.full, height: outHeight, xDomain: X_DOMAIN, yDomain: model.domains.y, xLabel: plotText.axes.inputX, yLabel: T.axes.output },
    (o) => {
      // The best line and the data stay put while training moves the rest: drawn once, cloned after.
      o.keep(drawBest, [X_DOMAIN[0], X_DOMAIN[1]].map((x) => [x, model.best.slope * x + model.best.intercept] as const));
      drawOutput(o, { xs, ys: predict(model.net, xs) });
      o.keep(drawData, model.points);
      if (hinged) {
        // Each bend of the output sits above the hinge of the neuron that made it.
        const inside = model.neurons.map((n, i) => ({ n, i })).filter(({ n }) => n.hinge !== null && n.hinge > X_DOMAIN[0] && n.hinge < X_DOMAIN[1]);
        const at = predict(model.net, inside.map(({ n }) => n.hinge!));
        inside.forEach(({ n, i }, k) => {
          o.dots([{ x: n.hinge!, y: at[k] }], { label: fill(T.marks.bends, { n: i + 1 }), fill: hiddenColour(i), stroke: colour.paper, strokeWidth: 1.5, r: 4.5 });
        });
      }
      o.note(fill(plotText.marks.stepNote, { n: model.shown }), 'top-left', { label: plotText.marks.stepLabel, fill: colour.muted });
    },
    { fixedX: true },
  );

  const key: LegendItem[] = [
    { label: plotText.legend.hiddenNeurons, swatch: 'line', colour: hiddenColour(0) },
    ...(hinged ? [{ label: T.legend.hinge, swatch: 'dot', colour: colour.muted, stroke: colour.paper } as const] : []),
    { label: plotText.marks.data, swatch: 'dot', colour: colour.data, stroke: colour.paper },
    { label: plotText.marks.modelOutput, swatch: 'line', colour: colour.output },
    { label: plotText.marks.bestLine, swatch: 'dashed', colour: colour.best },
  ];
  const wrap = document.createElement('div');
  wrap.setAttribute('class', 'bl-bending-neurons');
  wrap.append(legend(document, key), panels(document, width, [lines, bent, output]));
  return wrap;
}
