/**
 * The drawings of a <Sketch>, made at build time from the figure's SketchTarget: the pad the reader draws on
 * (axes and data, marked with its scales so a pointer can be turned into data), and the answer (the same with
 * the real curve), which a reader without JavaScript opens and a deck reveals as a step.
 */
import { parseHTML } from 'linkedom';
import type { SketchTarget } from './kit/contract/definition.ts';
import { layered, wholeDrawing, type Overlay } from './kit/draw/layered.ts';
import { axesBase, drawData, drawOutput } from './kit/draw/marks.ts';
import { markPlotArea } from './kit/draw/plot-area.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

export function sketchDrawing(target: SketchTarget, width: number, withCurve: boolean): string {
  const doc = document as unknown as Document;
  const { xDomain, yDomain, xLabel, yLabel } = target;
  let overlay: Overlay | undefined;
  const el = layered(doc, axesBase, { width, height: Math.round(width * 0.55), xDomain, yDomain, xLabel, yLabel }, (o) => {
    overlay = o;
    drawData(o, target.points);
    if (withCurve) drawOutput(o, { xs: Float64Array.from(target.curve.xs), ys: Float64Array.from(target.curve.ys) }, target.what);
  });
  markPlotArea(el, overlay!, xDomain, yDomain);
  return wholeDrawing(el).outerHTML;
}
