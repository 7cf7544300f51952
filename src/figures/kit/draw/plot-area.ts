/**
 * The drawing side of pointer input (kit/browser/pointer.ts reads it): a plot function marks the drawing it
 * returns with how its linear scales map data to SVG units, so the page can turn a press back into data. A
 * module of its own so that a figure which only marks its plot (for the point editor, loaded on first use)
 * does not load the pointer code with it.
 */
import { layered, type BaseBuilder, type Overlay } from './layered.ts';

/** Per axis: two data values and the SVG coordinates they are drawn at. Linear scales only. */
export interface PlotArea {
  x: [number, number, number, number];
  y: [number, number, number, number];
  /** An axis that does not grow to hold an edited point (panels that share it): edits stay inside it. */
  fixedX?: boolean;
  fixedY?: boolean;
}

/** The attribute the scales are written in. */
export const PLOT_AREA = 'data-plot-area';

/** Writes the overlay's scales (over these domains) onto `el`, the element `layered` returned. */
export function markPlotArea(el: Element, o: Overlay, xDomain: readonly [number, number], yDomain: readonly [number, number], fixed: { fixedX?: boolean; fixedY?: boolean } = {}): void {
  const area: PlotArea = {
    x: [xDomain[0], xDomain[1], o.x(xDomain[0]), o.x(xDomain[1])],
    y: [yDomain[0], yDomain[1], o.y(yDomain[0]), o.y(yDomain[1])],
    ...(fixed.fixedX ? { fixedX: true } : {}),
    ...(fixed.fixedY ? { fixedY: true } : {}),
  };
  el.setAttribute(PLOT_AREA, JSON.stringify(area));
}

/**
 * `layered` for an x–y plot whose data area takes pointer input (editable points): the drawing, marked with
 * the domains its options give.
 */
export function layeredWithArea<O extends { xDomain: readonly [number, number]; yDomain: readonly [number, number] }>(
  doc: Document,
  build: BaseBuilder<O>,
  options: O,
  draw: (overlay: Overlay) => void,
  fixed: { fixedX?: boolean; fixedY?: boolean } = {},
): Element {
  let overlay: Overlay | undefined;
  const el = layered(doc, build, options, (o) => {
    overlay = o;
    draw(o);
  });
  markPlotArea(el, overlay!, options.xDomain, options.yDomain, fixed);
  return el;
}

