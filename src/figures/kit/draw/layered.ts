/**
 * Fast redraws for figures that move while dragged. Observable Plot re-renders a whole chart per call
 * (10–40 ms here), too slow for every frame of a drag. So a figure splits its drawing in two:
 *   - a base: axes, grid and anything that only changes with the configuration (a loss landscape, a whole
 *     loss curve), drawn by Plot once per input and cached;
 *   - an overlay: the marks that move (a line, residuals, a marker), drawn directly as SVG over the base,
 *     through the base's own scales.
 * The two are stacked SVGs in a <div data-base="<name>">, so redrawing the overlay never rebuilds the base's
 * DOM (the browser re-rasterises only the region that changed). The result is the same on the server and in
 * the browser.
 *
 * No figure names what it caches. A base is a builder function defined once, at module level, and the plain
 * data it is drawn from: `layered(doc, axesBase, { width, height, xDomain, … }, (o) => …)`. The cache knows a
 * base by that builder and `keyOf(options)`, so any input that changes gives a new base; a function, a Map or a
 * class instance in the options is refused, and a builder made afresh on every call (an inline arrow that could
 * close over anything) is a new builder each time, so it is rebuilt, never stale. The page knows a base by a hash
 * of its markup (`data-base`), so the same name means the same drawing, whoever drew it.
 *
 * A drawing's base is a placeholder that refers to the cached base (`plot()` always returns the same kind of
 * thing): `wholeDrawing` fills every placeholder (the build, snapshots), while `reconcile` fills only those whose
 * base is not on the page already, so a frame of a drag never clones a base only to throw it away.
 */

import { finishPlot, markFinished } from './finish.ts';
import { heldOr } from './held-bases.ts';
import { svgElement } from './svg.ts';
import { thinnedRun } from '../speed/simplify-paths.ts';
import { documentCache } from '../speed/cache.ts';
import { keyOf, textHash } from '../speed/key.ts';

/** The nested <svg> that clips an overlay's marks to the plotting area. */
const FRAME_CLASS = 'bl-overlay__frame';
/** Marks a group drawn by `Overlay.keep`: the same name means the same markup. */
export const KEEP = 'data-keep';
/** Names a `layered` drawing's base by its markup: the same name means the same axes, so only the overlay differs. */
export const BASE = 'data-base';

interface Scale {
  apply(value: unknown): number;
  range?: number[];
}
/** What Plot.plot returns: an SVG element that can report its scales. */
export type PlotElement = Element & { scale(name: string): Scale | undefined };

/**
 * Draws a base from plain data: defined once at module level (`const lossChart: BaseBuilder<…> = (doc, o) =>
 * Plot.plot(…)`), so everything it depends on arrives as `options`, which is what the cache is keyed by. Options
 * are plain data (numbers, strings, arrays, typed arrays, plain objects): `keyOf` refuses anything else.
 */
export type BaseBuilder<O> = (doc: Document, options: O) => PlotElement;

/** Draws marks that stay put (`Overlay.keep`) from plain data, defined once like a base builder. */
export type KeptDrawer<D> = (overlay: Overlay, data: D) => void;

/** A group drawn with `Overlay.keep`, and whether it sits in the clipped frame. */
interface KeptGroup {
  g: Element;
  clipped: boolean;
}

interface CachedBase {
  plot: PlotElement;
  /** The hash of the base's markup: its name on the page. */
  name: string;
  /** Overlay groups drawn with `Overlay.keep`, by drawer and data: drawn once, cloned on later frames. */
  kept: Map<string, KeptGroup[]>;
}

const bases = documentCache<CachedBase>(32);
let clipCounter = 0;

/**
 * A number for each builder or drawer function, for cache keys: the function's identity, not its name or source
 * (minified names repeat, and two closures with the same source may hold different values).
 */
const functionIds = new WeakMap<object, number>();
let nextFunctionId = 0;
function functionId(fn: object): number {
  let id = functionIds.get(fn);
  if (id === undefined) functionIds.set(fn, (id = ++nextFunctionId));
  return id;
}

/** Where each placeholder's base is: a weak map, so the cache may drop the base meanwhile and nothing is lost. */
const placeholders = new WeakMap<Element, CachedBase>();
const PENDING = 'data-base-pending';

/**
 * The base `build(doc, options)` (cached per builder and options) with an overlay drawn by `draw`. The base is a
 * placeholder until `wholeDrawing` or `reconcile` puts it in.
 */
export function layered<O>(doc: Document, build: BaseBuilder<O>, options: O, draw: (overlay: Overlay) => void): Element {
  // A slow base may keep its last drawing while a data point is dragged (held-bases.ts).
  const cached = heldOr(build, () => cachedBase(doc, build, options));
  const { plot } = cached;
  const wrap = doc.createElement('div');
  wrap.setAttribute('class', 'bl-layered');
  wrap.setAttribute(BASE, cached.name);
  const under = svgElement(doc, 'svg', { [PENDING]: '' });
  placeholders.set(under, cached);
  const overlay = svgElement(doc, 'svg', {
    viewBox: plot.getAttribute('viewBox') ?? '',
    width: plot.getAttribute('width') ?? '',
    height: plot.getAttribute('height') ?? '',
    class: 'bl-overlay',
    'font-family': 'var(--font-sans)',
  });
  wrap.append(under, overlay);
  draw(new Overlay(doc, overlay, plot.scale('x')!, plot.scale('y')!, cached.kept));
  return markFinished(wrap);
}

function cachedBase<O>(doc: Document, build: BaseBuilder<O>, options: O): CachedBase {
  return bases(doc, `${functionId(build)}|${keyOf(options)}`, () => {
    // Finished (labels, thinned paths) once here, not on every frame's clone: a landscape's contours are long.
    const plot = finishPlot(build(doc, options)) as PlotElement;
    // Plot numbers its clip ids by how many charts it drew before, which is no part of what the base is: named
    // in order here, the same base gets the same name after a reload. Every clone is renumbered anyway.
    let clip = 0;
    renumberIds(plot, () => `bl-base-clip-${clip++}`);
    return { plot, name: textHash(plot.outerHTML), kept: new Map() };
  });
}

/**
 * Puts the real base (a fresh clone) wherever `layered` left a placeholder under `root`: what the build and the
 * snapshots show, and what `reconcile` calls for the bases the page does not have. Returns `root`.
 */
export function wholeDrawing<T extends Element>(root: T): T {
  for (const pending of Array.from(root.querySelectorAll(`svg[${PENDING}]`))) {
    const cached = placeholders.get(pending);
    // A clone of a placeholder has lost its base (clone a drawing only once it is whole).
    if (!cached) throw new Error('wholeDrawing: a base placeholder that no layered() call made (was the drawing cloned before it was whole?)');
    pending.replaceWith(renumberIds(cached.plot.cloneNode(true) as Element));
  }
  return root;
}

/** Gives a clone's clip paths fresh ids (and updates their references), so two clones never share one. */
function renumberIds(svg: Element, freshId = () => `bl-clip-${++clipCounter}`): Element {
  for (const clip of Array.from(svg.querySelectorAll('clipPath[id]'))) {
    const old = clip.getAttribute('id')!;
    const fresh = freshId();
    clip.setAttribute('id', fresh);
    for (const user of Array.from(svg.querySelectorAll(`[clip-path="url(#${old})"]`))) user.setAttribute('clip-path', `url(#${fresh})`);
  }
  return svg;
}

export interface MarkStyle {
  /** The group's accessible name: `model output`, `data`, `hidden neuron 1`, … */
  label: string;
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  dash?: string;
  fill?: string;
  r?: number;
}

/** Draws marks in data coordinates onto a base plot, clipped to its frame. */
export class Overlay {
  readonly x: (v: number) => number;
  readonly y: (v: number) => number;
  /** The plotting area in screen coordinates. */
  readonly frame: { left: number; right: number; top: number; bottom: number };
  private readonly doc: Document;
  private readonly svg: Element;
  private readonly kept: Map<string, KeptGroup[]>;
  /** Every group drawn so far, in order (what `keep` collects). */
  private readonly drawn: KeptGroup[] = [];

  constructor(doc: Document, svg: Element, xScale: Scale, yScale: Scale, kept: Map<string, KeptGroup[]> = new Map()) {
    this.doc = doc;
    this.svg = svg;
    this.kept = kept;
    this.x = (v) => xScale.apply(v);
    this.y = (v) => yScale.apply(v);
    const [x0, x1] = xScale.range ?? [0, 0];
    const [y0, y1] = yScale.range ?? [0, 0];
    this.frame = { left: Math.min(x0, x1), right: Math.max(x0, x1), top: Math.min(y0, y1), bottom: Math.max(y0, y1) };
  }

  private el(tag: string, attrs: Record<string, string | number | undefined>): Element {
    return svgElement(this.doc, tag, attrs);
  }

  private group(style: MarkStyle, clip = true): Element {
    const g = this.el('g', {
      role: 'group',
      'aria-label': style.label,
      stroke: style.stroke,
      'stroke-width': style.strokeWidth,
      'stroke-opacity': style.strokeOpacity,
      'stroke-dasharray': style.dash,
      fill: style.fill ?? 'none',
    });
    this.place(g, clip);
    return g;
  }

  /**
   * Appends a group, clipped to the plotting area or not, keeping the order marks were drawn in. Clipped marks go
   * into a nested <svg> the size of the frame (its viewBox keeps the overlay's coordinates): one rectangular clip
   * for all of them. A clip-path on every group gave the browser a clip to track per mark, about a millisecond a
   * frame on a figure with twenty marks; a nested viewport also needs no id, so clones cannot share one.
   */
  private place(g: Element, clip: boolean): void {
    let parent = this.svg;
    if (clip) {
      const last = this.svg.lastElementChild;
      if (last?.getAttribute('class') === FRAME_CLASS) parent = last;
      else {
        const { left, right, top, bottom } = this.frame;
        const [width, height] = [right - left, bottom - top];
        parent = this.el('svg', { class: FRAME_CLASS, x: left, y: top, width, height, viewBox: `${left} ${top} ${width} ${height}` });
        this.svg.append(parent);
      }
    }
    parent.append(g);
    this.drawn.push({ g, clipped: clip });
  }

  /**
   * Marks that stay put while the rest moves (the data of a classifier being trained): `draw(overlay, data)` the
   * first time this base sees that drawer and data, cloned after that. `draw` is a module-level function and
   * `data` all it depends on besides the base's scales (the points), so the cache is keyed by what is drawn.
   * Each group carries `data-keep="<hash of its markup>"`, so `reconcile` leaves the ones on the page alone.
   */
  keep<D>(draw: KeptDrawer<D>, data: D): void {
    const key = `${functionId(draw)}|${keyOf(data)}`;
    const groups = this.kept.get(key);
    if (!groups) {
      const before = this.drawn.length;
      draw(this, data);
      const drawn = this.drawn.slice(before);
      for (const { g } of drawn) g.setAttribute(KEEP, textHash(g.outerHTML));
      this.kept.set(key, drawn.map(({ g, clipped }) => ({ g: g.cloneNode(true) as Element, clipped })));
      if (this.kept.size > 16) this.kept.delete(this.kept.keys().next().value as string);
      return;
    }
    for (const { g, clipped } of groups) this.place(g.cloneNode(true) as Element, clipped);
  }

  /** A polyline through points given in data coordinates; non-finite points break the line. */
  line(points: readonly (readonly [number, number])[], style: MarkStyle): void {
    const xs = new Float64Array(points.length);
    const ys = new Float64Array(points.length);
    points.forEach(([x, y], k) => {
      xs[k] = x;
      ys[k] = y;
    });
    this.curve(xs, ys, style);
  }

  /**
   * A polyline through (xs[k], ys[k]) in data coordinates, for curves sampled at many x: no [x, y] pair per point.
   * Thinned here, on the screen coordinates just computed, to a quarter pixel (kit/simplify-paths.ts): writing
   * every point out as text for finishPlot to parse back and thin was a third of a curve's cost per frame.
   */
  curve(xs: ArrayLike<number>, ys: ArrayLike<number>, style: MarkStyle): void {
    const g = this.group({ strokeWidth: 2, ...style });
    const n = Math.min(xs.length, ys.length);
    const sx = new Float64Array(n);
    const sy = new Float64Array(n);
    let d = '';
    let start = 0;
    let count = 0;
    for (let k = 0; k < n; k++) {
      const px = this.x(xs[k]);
      const py = this.y(ys[k]);
      if (!Number.isFinite(px) || !Number.isFinite(py)) {
        // A gap: what came before is one subpath.
        d += thinnedRun(sx, sy, start, count);
        start = count;
        continue;
      }
      sx[count] = px;
      // Keep far-off points finite but outside the frame, so the clip cuts them cleanly.
      sy[count] = Math.max(-1e4, Math.min(1e4, py));
      count++;
    }
    d += thinnedRun(sx, sy, start, count);
    g.append(this.el('path', { d, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }));
  }

  /**
   * Vertical segments from y1 to y2 at x (residuals, heat-map columns), as one path: a heat map redrawn every
   * frame has hundreds of them, and one element per segment cost more to build and paint than the drawing.
   */
  segments(items: readonly { x: number; y1: number; y2: number }[], style: MarkStyle): void {
    const g = this.group({ strokeWidth: 2, ...style });
    let d = '';
    for (const s of items) {
      const x = this.x(s.x);
      const y1 = Math.max(-1e4, Math.min(1e4, this.y(s.y1)));
      const y2 = Math.max(-1e4, Math.min(1e4, this.y(s.y2)));
      if ([x, y1, y2].every(Number.isFinite)) d += `M${x.toFixed(2)},${y1.toFixed(2)}V${y2.toFixed(2)}`;
    }
    if (d) g.append(this.el('path', { d }));
  }

  /** An image (a heat map's pixels, kit/draw/heatmap.ts) stretched over the data rectangle [x0, x1] × [y0, y1]. */
  image(href: string, [x0, x1]: readonly [number, number], [y0, y1]: readonly [number, number], style: MarkStyle): void {
    const g = this.group(style);
    const [left, right] = [this.x(x0), this.x(x1)].sort((a, b) => a - b);
    const [top, bottom] = [this.y(y0), this.y(y1)].sort((a, b) => a - b);
    if (![left, right, top, bottom].every(Number.isFinite)) return;
    g.append(
      this.el('image', {
        href,
        x: left.toFixed(2),
        y: top.toFixed(2),
        width: (right - left).toFixed(2),
        height: (bottom - top).toFixed(2),
        preserveAspectRatio: 'none',
        style: 'image-rendering: pixelated',
      }),
    );
  }

  /** Circles at points in data coordinates. */
  dots(items: readonly { x: number; y: number }[], style: MarkStyle): void {
    const g = this.group({ fill: 'currentColor', ...style });
    for (const p of items) {
      const cx = this.x(p.x);
      const cy = this.y(p.y);
      if (Number.isFinite(cx) && Number.isFinite(cy)) g.append(this.el('circle', { cx: cx.toFixed(2), cy: cy.toFixed(2), r: style.r ?? 4.5 }));
    }
  }

  /** A vertical rule across the whole frame at x. */
  ruleX(x: number, style: MarkStyle): void {
    const g = this.group({ strokeWidth: 1, ...style });
    const sx = this.x(x);
    if (Number.isFinite(sx)) g.append(this.el('line', { x1: sx.toFixed(2), x2: sx.toFixed(2), y1: this.frame.top, y2: this.frame.bottom }));
  }

  /** Text at a corner of the frame (`top-left`, `top`), in the interface face. */
  note(text: string, anchor: 'top-left' | 'top', style: MarkStyle & { fontSize?: number; fontWeight?: number }): void {
    const g = this.group({ ...style, stroke: undefined }, false);
    const { top, left, right } = this.frame;
    const t = this.el('text', {
      x: anchor === 'top' ? (left + right) / 2 : left + 6,
      y: top + 6,
      dy: '0.9em',
      'text-anchor': anchor === 'top' ? 'middle' : 'start',
      'font-size': style.fontSize ?? 13,
      'font-weight': style.fontWeight,
      fill: style.fill,
    });
    t.textContent = text;
    g.append(t);
  }

}
