import * as Plot from '@observablehq/plot';
import T from 'virtual:text/activation-gallery';
import plotText from 'virtual:text/plot';
import { colour, hiddenColour } from '../kit/draw/colours.ts';
import { fmt } from '../kit/draw/format.ts';
import { layered, type Overlay, type PlotElement } from '../kit/draw/layered.ts';
import { axesBase } from '../kit/draw/marks.ts';
import { markPlotArea } from '../kit/draw/plot-area.ts';
import { legend } from '../kit/draw/legend.ts';
import type { Curves, Model } from './model.ts';
import { Z_DOMAIN, type State } from './state.ts';

/** The activation is what each hidden neuron applies, so it is drawn in a hidden neuron's colour. */
const F_COLOUR = hiddenColour(0);
const DF_COLOUR = colour.ink;

/** The axes through the origin, the function and its slope: everything that does not move with z. */
function activationBase(document: Document, { width, height, curves }: { width: number; height: number; curves: Curves }): PlotElement {
  return axesBase(document, { width, height, xDomain: Z_DOMAIN, yDomain: curves.yDomain, xLabel: T.axes.inputZ, yLabel: plotText.axes.output, zeroRule: true }, [
    Plot.ruleX([0], { stroke: colour.muted, strokeOpacity: 0.6 }),
    Plot.line(curves.df, { stroke: DF_COLOUR, strokeWidth: 2, strokeDasharray: '6 4', ariaDescription: T.marks.derivative }),
    Plot.line(curves.f, { stroke: F_COLOUR, strokeWidth: 3, ariaDescription: T.marks.function }),
  ]);
}

/**
 * The function and its slope, both drawn once per activation; the point being read (a rule at z, a dot on
 * each curve, and the tangent whose steepness is f′(z)) moves with z.
 */
export function plot(_state: State, model: Model, document: Document, width: number): Element {
  const { curves, z, value, slope } = model;
  const height = Math.round(Math.min(360, Math.max(280, width * 0.6)));
  let overlay: Overlay | undefined;
  const el = layered(
    document,
    activationBase,
    { width, height, curves },
    (o) => {
      o.ruleX(z, { label: T.marks.zMarker, stroke: colour.ink, strokeOpacity: 0.45, dash: '2 3' });
      // The tangent: a short stretch of the line with slope f′(z) through (z, f(z)).
      const half = 0.9 / Math.sqrt(1 + slope * slope);
      o.line(
        [
          [z - half, value - half * slope],
          [z + half, value + half * slope],
        ],
        { label: T.marks.tangent, stroke: colour.ink, strokeWidth: 1.5, strokeOpacity: 0.85 },
      );
      o.dots([{ x: z, y: slope }], { label: T.marks.slopeAtZ, fill: colour.paper, stroke: DF_COLOUR, strokeWidth: 2, r: 5 });
      o.dots([{ x: z, y: value }], { label: T.marks.valueAtZ, fill: F_COLOUR, stroke: colour.paper, strokeWidth: 2, r: 6 });
      // On a phone the readouts beside the plot say this; the note would cross the curve.
      if (width >= 480) o.note(`z = ${fmt(z)}:  f(z) = ${fmt(value)},  f′(z) = ${fmt(slope)}`, 'top-left', { label: T.marks.reading, fill: colour.ink });
      overlay = o;
    },
  );
  // Lets the element map a pointer on the plot back to a value of z.
  markPlotArea(el, overlay!, Z_DOMAIN, curves.yDomain);
  const wrap = document.createElement('div');
  wrap.setAttribute('class', 'bl-activation-gallery');
  wrap.append(
    legend(document, [
      { label: T.legend.function, swatch: 'line', colour: F_COLOUR },
      { label: T.legend.slope, swatch: 'dashed', colour: DF_COLOUR },
      { label: T.legend.tangent, swatch: 'line', colour: colour.muted },
    ]),
    el,
  );
  return wrap;
}
