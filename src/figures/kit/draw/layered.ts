/**
 * Fast redraws for figures that move while dragged. Observable Plot re-renders a whole chart per call
 * (10–40 ms here), too slow for every frame of a drag. So a figure splits its drawing in two:
 *   - a base: axes, grid and anything that only changes with the configuration (a loss landscape, a whole
 *     loss curve), drawn by Plot once per key and cached;
 *   - an overlay: the marks that move (a line, residuals, a marker), drawn directly as SVG onto a clone of
 *     the base, through the base's own scales.
 * The two are stacked SVGs in a <div data-base="<key>">, so redrawing the overlay never rebuilds the base's
 * DOM (the browser re-rasterises only the region that changed). The result is the same on the server and in
 * the browser.
 */

import { finishPlot } from './finish.ts';
import { thinnedRun } from '../speed/simplify-paths.ts';
import { documentCache } from '../speed/cache.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** The nested <svg> that clips an overlay's marks to the plotting area. */
const FRAME_CLASS = 'bl-overlay__frame';
/** Marks a group drawn by `Overlay.keep`: the same id means the same drawing. */
export const KEEP = 'data-keep';
/** Names a `layered` drawing's base: the same key means the same axes, so only the overlay differs. */
export const BASE = 'data-base';

interface Scale {
  apply(value: unknown): number;
  range?: number[];
}
/** What Plot.plot returns: an SVG element that can report its scales. */
export type PlotElement = Element & { scale(name: string): Scale | undefined };

/** A group drawn with `Overlay.keep`, and whether it sits in the clipped frame. */
interface KeptGroup {
  g: Element;
  clipped: boolean;
}

interface CachedBase {
  plot: PlotElement;
  /** Overlay groups drawn with `Overlay.keep`, by id: drawn once, cloned on later frames. */
  kept: Map<string, KeptGroup[]>;
}

const bases = documentCache<CachedBase>(32);
let clipCounter = 0;
let deferBases = false;

/**
 * Runs `draw` (a figure's plot function) with every `layered` drawing's base left out: a placeholder stands
 * in for it. A figure redrawing on the page uses this, because `reconcile` keeps the base already on the page
 * when the key is unchanged, and cloning a base (axes, contours) only to throw it away is most of a frame's
 * DOM work. `reconcile` fills placeholders in (`materializeBases`) when it does need the new drawing whole.
 */
export function withDeferredBases<T>(draw: () => T): T {
  deferBases = true;
  try {
    return draw();
  } finally {
    deferBases = false;
  }
}

/** Returns a clone of the cached base (made with `base()` the first time `key` is seen) with an overlay drawn by `draw`. */
export function layered(doc: Document, key: string, base: () => PlotElement, draw: (overlay: Overlay) => void): Element {
  const cached = cachedBase(doc, key, base);
  const wrap = doc.createElement('div');
  wrap.setAttribute('class', 'bl-layered');
  wrap.setAttribute(BASE, key);
  const { plot } = cached;
  const under = deferBases ? placeholder(doc) : renumberIds(plot.cloneNode(true) as Element);
  const overlay = doc.createElementNS(SVG, 'svg');
  for (const name of ['viewBox', 'width', 'height']) overlay.setAttribute(name, plot.getAttribute(name) ?? '');
  overlay.setAttribute('class', 'bl-overlay');
  overlay.setAttribute('font-family', 'var(--font-sans)');
  wrap.append(under, overlay);
  draw(new Overlay(doc, overlay, plot.scale('x')!, plot.scale('y')!, cached.kept));
  return wrap;
}

function cachedBase(doc: Document, key: string, base: () => PlotElement): CachedBase {
  // Finished (labels, thinned paths) once here, not on every frame's clone: a landscape's contours are long.
  return bases(doc, key, () => ({ plot: finishPlot(base()) as PlotElement, kept: new Map() }));
}

const PENDING = 'data-base-pending';

function placeholder(doc: Document): Element {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute(PENDING, '');
  return svg;
}

/** Puts the real base (a fresh clone) wherever `withDeferredBases` left a placeholder under `root`. */
export function materializeBases(root: Element): void {
  const doc = root.ownerDocument;
  for (const pending of Array.from(root.querySelectorAll(`.bl-layered > svg[${PENDING}]`))) {
    const key = pending.parentElement!.getAttribute(BASE)!;
    const cached = bases(doc, key, () => {
      throw new Error(`materializeBases: no cached base for "${key}"`);
    });
    pending.replaceWith(renumberIds(cached.plot.cloneNode(true) as Element));
  }
}

/** Gives a clone's clip paths fresh ids (and updates their references), so two clones never share one. */
function renumberIds(svg: Element): Element {
  for (const clip of Array.from(svg.querySelectorAll('clipPath[id]'))) {
    const old = clip.getAttribute('id')!;
    const fresh = `bl-clip-${++clipCounter}`;
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
    const node = this.doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, String(v));
    return node;
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
   * Marks that stay put while the rest moves (the data of a classifier being trained), drawn by `draw` the first
   * time and cloned after that. `id` must name everything the marks depend on besides the base's scales (the
   * dataset, say). The groups carry `data-keep="<id>"`, so `reconcile` leaves the ones on the page alone.
   */
  keep(id: string, draw: (overlay: Overlay) => void): void {
    const groups = this.kept.get(id);
    if (!groups) {
      const before = this.drawn.length;
      draw(this);
      const drawn = this.drawn.slice(before);
      for (const { g } of drawn) g.setAttribute(KEEP, id);
      this.kept.set(id, drawn.map(({ g, clipped }) => ({ g: g.cloneNode(true) as Element, clipped })));
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

  /**
   * An image (a heat map's pixels) stretched over the data rectangle [x0, x1] × [y0, y1], each pixel drawn as a
   * sharp-edged cell. `href` is usually a `data:` URL from kit/png.ts.
   */
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
