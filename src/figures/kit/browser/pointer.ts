import { PLOT_AREA, type PlotArea } from '../draw/plot-area.ts';

export type { PlotArea } from '../draw/plot-area.ts';

/**
 * Pointer input on a plot: clicking or dragging picks a point in data coordinates (a (w, b) on a loss
 * landscape, say). The plot function records, on the drawing it returns, how its linear scales map data to
 * SVG units (`markPlotArea`, in kit/draw/plot-area.ts); the element maps a pointer back through them
 * (`dragOnPlot`). Recording the scales in the markup, rather than keeping Plot's scale objects around, keeps the plot function pure and
 * means whatever drawing is on the page is the one that is inverted.
 */

export interface DataPoint {
  x: number;
  y: number;
}

/** The ranges edits must stay inside, for a drawing whose axes do not grow (see PlotArea.fixedX). */
export function fixedOf(el: Element): { x?: [number, number]; y?: [number, number] } {
  const area = readArea(el);
  const span = ([d0, d1]: number[]): [number, number] => [Math.min(d0, d1), Math.max(d0, d1)];
  return { ...(area?.fixedX ? { x: span(area.x) } : {}), ...(area?.fixedY ? { y: span(area.y) } : {}) };
}

/**
 * The data ↔ drawing scales a marked drawing has now. A drag holds on to the ones it started with: the axes
 * grow to hold a dragged point, and reading the grown ones under a pointer near the top edge gave a larger
 * value, which grew the axes again, and the point ran away to its limit in two frames.
 */
export type PlotScales = Pick<PlotArea, 'x' | 'y'>;

export function scalesOf(el: Element): PlotScales | undefined {
  const area = readArea(el);
  return area && { x: area.x, y: area.y };
}

function readArea(el: Element): PlotArea | undefined {
  try {
    const area = JSON.parse(el.getAttribute(PLOT_AREA) ?? '') as PlotArea;
    return [...area.x, ...area.y].every(Number.isFinite) ? area : undefined;
  } catch {
    return undefined;
  }
}

/** Data value at SVG coordinate p on one axis; `inside` is false beyond the axis's ends. */
function invert([d0, d1, p0, p1]: PlotArea['x'], p: number, clamp: boolean): { value: number; inside: boolean } {
  const t = (p - p0) / (p1 - p0);
  const along = clamp ? Math.min(1, Math.max(0, t)) : t;
  return { value: d0 + along * (d1 - d0), inside: t >= 0 && t <= 1 };
}

/**
 * The data point under a pointer, clamped to the plot's domains (unless `clamp` is false: a dragged data
 * point may leave them, and the axes grow), or undefined when `el` holds no marked drawing. The drawing may
 * be scaled by CSS, so client pixels are first turned into SVG units.
 */
export function pointToData(el: Element, clientX: number, clientY: number, clamp = true, scales?: PlotScales): (DataPoint & { inside: boolean }) | undefined {
  const drawn = drawnFrame(el);
  if (!drawn) return undefined;
  const { box, width, height } = drawn;
  const area = scales ?? drawn.area;
  const x = invert(area.x, ((clientX - box.left) * width) / box.width, clamp);
  const y = invert(area.y, ((clientY - box.top) * height) / box.height, clamp);
  return { x: x.value, y: y.value, inside: x.inside && y.inside };
}

/** The marked scales, the drawing's box on screen and its SVG size: what maps client pixels to data and back. */
function drawnFrame(el: Element): { area: PlotArea; box: DOMRect; width: number; height: number } | undefined {
  const area = readArea(el);
  const svg = el.querySelector('svg');
  const box = (svg ?? el).getBoundingClientRect();
  const [, , width, height] = (svg?.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (!area || !(box.width > 0 && box.height > 0 && width > 0 && height > 0)) return undefined;
  return { area, box, width, height };
}

/** Where a data point is drawn, in client pixels (the inverse of pointToData), or undefined without a marked drawing. */
export function dataToClient(el: Element, point: DataPoint): { x: number; y: number } | undefined {
  const drawn = drawnFrame(el);
  if (!drawn) return undefined;
  const { area, box, width, height } = drawn;
  const along = ([d0, d1, p0, p1]: PlotArea['x'], v: number) => p0 + ((v - d0) / (d1 - d0)) * (p1 - p0);
  return { x: box.left + (along(area.x, point.x) * box.width) / width, y: box.top + (along(area.y, point.y) * box.height) / height };
}

/** The marked drawing inside a figure's plot host (the element `markPlotArea` wrote on). */
export function plotAreaIn(host: Element): Element | null {
  return host.querySelector(`[${PLOT_AREA}]`);
}

/**
 * Calls `move` with the data point under the pointer while the reader presses or drags inside the marked
 * plot area in `host` (the figure's `[data-plot]`, which outlives redraws). At most one call per animation
 * frame, with the latest position, however fast the pointer reports. Returns a function that unhooks it all.
 */
export function dragOnPlot(host: HTMLElement, move: (point: DataPoint) => void): () => void {
  // Dragging replaces scrolling over the plot on touch screens; the page still scrolls beside it.
  host.style.touchAction = 'none';
  host.style.cursor = 'crosshair';
  let dragging: number | undefined;
  let frame = 0;
  let latest: DataPoint | undefined;

  const area = (target: EventTarget | null) => (target instanceof Element ? target.closest(`[${PLOT_AREA}]`) : null) ?? host.querySelector(`[${PLOT_AREA}]`);
  const flush = () => {
    frame = 0;
    if (latest) move(latest);
    latest = undefined;
  };
  const queue = (event: PointerEvent) => {
    const el = area(event.target);
    const point = el && pointToData(el, event.clientX, event.clientY);
    if (!point) return;
    latest = { x: point.x, y: point.y };
    if (!frame) frame = requestAnimationFrame(flush);
  };

  const down = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const el = area(event.target);
    // Presses on the axes' labels or a legend are not a choice of point.
    if (!el || !pointToData(el, event.clientX, event.clientY)?.inside) return;
    event.preventDefault();
    dragging = event.pointerId;
    host.setPointerCapture(event.pointerId);
    queue(event);
  };
  const drag = (event: PointerEvent) => {
    if (event.pointerId === dragging) queue(event);
  };
  const up = (event: PointerEvent) => {
    if (event.pointerId !== dragging) return;
    dragging = undefined;
    if (host.hasPointerCapture(event.pointerId)) host.releasePointerCapture(event.pointerId);
  };

  host.addEventListener('pointerdown', down);
  host.addEventListener('pointermove', drag);
  host.addEventListener('pointerup', up);
  host.addEventListener('pointercancel', up);
  return () => {
    cancelAnimationFrame(frame);
    host.removeEventListener('pointerdown', down);
    host.removeEventListener('pointermove', drag);
    host.removeEventListener('pointerup', up);
    host.removeEventListener('pointercancel', up);
  };
}
