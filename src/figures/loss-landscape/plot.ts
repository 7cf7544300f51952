import * as Plot from '@observablehq/plot';
import T from 'virtual:text/loss-landscape';
import { colour } from '../kit/draw/colours.ts';
import { landscapeColour, landscapeData, landscapeMarks, type LandscapeData } from '../kit/draw/landscape.ts';
import { layered, type Overlay, type PlotElement } from '../kit/draw/layered.ts';
import { colourBar } from '../kit/draw/colour-bar.ts';
import { frame } from '../kit/draw/marks.ts';
import { markPlotArea } from '../kit/draw/plot-area.ts';
import type { Model } from './model.ts';
import type { State } from './state.ts';

/** The contours' colour scale, fixed to the contour levels so the colour bar can match it band for band. */
function colourOptions(land: LandscapeData) {
  return { ...landscapeColour, legend: false, domain: [land.thresholds[0], land.thresholds[land.thresholds.length - 1]] };
}

/** The contours, the star at the minimum and its label: drawn once per landscape and size. */
function landscapeMap(document: Document, { width, height, land }: { width: number; height: number; land: LandscapeData }): PlotElement {
  return Plot.plot({
    ...frame(width, height),
    document,
    grid: false,
    x: { domain: land.wDomain, label: T.axes.w },
    y: { domain: land.bDomain, label: T.axes.b },
    color: colourOptions(land),
    marks: [
      ...landscapeMarks(land),
      // The basin is dark purple in both themes, so the label is white with a dark halo in both.
      Plot.text([land.best], { x: 'w', y: 'b', text: () => T.marks.lowest, dy: -16, fill: 'white', fontWeight: 600, stroke: 'black', strokeOpacity: 0.6, strokeWidth: 3, paintOrder: 'stroke' }),
    ],
  }) as unknown as PlotElement;
}

/**
 * The loss of every line y = w·x + b as a topographic map, a star at its lowest point and the reader's
 * (w, b) on top. Only the point moves, so the contours are drawn once per dataset and width.
 */
export function plot(state: State, model: Model, document: Document, width: number): Element {
  const { land } = model;
  const height = Math.round(Math.min(420, Math.max(300, width * 0.7)));
  const scale = Plot.scale({ color: colourOptions(land) });
  const key = colourBar(document, {
    edges: land.thresholds,
    colour: (v) => String(scale.apply(v)),
    label: T.colourBar,
    width: Math.min(280, width - 60),
  });

  let overlay: Overlay | undefined;
  const landPlot = layered(
    document,
    landscapeMap,
    { width, height, land: landscapeData(land) },
    (o) => {
      overlay = o;
      o.dots([{ x: state.w, y: state.b }], { label: T.marks.yourLine, fill: colour.output, stroke: colour.paper, strokeWidth: 2.5, r: 7 });
    },
  );
  // Recorded on the drawing so a click or drag can be turned back into (w, b).
  markPlotArea(landPlot, overlay!, land.wDomain, land.bDomain);
  const wrap = document.createElement('div');
  wrap.append(key, landPlot);
  return wrap;
}
