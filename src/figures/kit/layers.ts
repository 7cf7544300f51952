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

import { finishPlot } from './svg.ts';
import { simplifyPaths } from './simplify-paths.ts';
import { documentCache } from './memo.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Marks a group drawn by `Overlay.keep`: the same id means the same drawing. */
export const KEEP = 'data-keep';

interface Scale {
  apply(value: unknown): number;
  range?: number[];
}
/** What Plot.plot returns: an SVG element that can report its scales. */
export type PlotElement = Element & { scale(name: string): Scale | undefined };

interface CachedBase {
  plot: PlotElement;
  /** Overlay groups drawn with `Overlay.keep`, by id: drawn once, cloned on later frames. */
  kept: Map<string, Element[]>;
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
  wrap.setAttribute('data-base', key);
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
    const key = pending.parentElement!.getAttribute('data-base')!;
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
  private readonly clipId: string;
  private readonly doc: Document;
  private readonly svg: Element;
  private readonly kept: Map<string, Element[]>;

  constructor(doc: Document, svg: Element, xScale: Scale, yScale: Scale, kept: Map<string, Element[]> = new Map()) {
    this.doc = doc;
    this.svg = svg;
    this.kept = kept;
    this.x = (v) => xScale.apply(v);
    this.y = (v) => yScale.apply(v);
    const [x0, x1] = xScale.range ?? [0, 0];
    const [y0, y1] = yScale.range ?? [0, 0];
    this.frame = { left: Math.min(x0, x1), right: Math.max(x0, x1), top: Math.min(y0, y1), bottom: Math.max(y0, y1) };
    this.clipId = `bl-clip-${++clipCounter}`;
    const clip = this.el('clipPath', { id: this.clipId });
    const f = this.frame;
    clip.append(this.el('rect', { x: f.left, y: f.top, width: f.right - f.left, height: f.bottom - f.top }));
    svg.append(clip);
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
      'clip-path': clip ? `url(#${this.clipId})` : undefined,
      stroke: style.stroke,
      'stroke-width': style.strokeWidth,
      'stroke-opacity': style.strokeOpacity,
      'stroke-dasharray': style.dash,
      fill: style.fill ?? 'none',
    });
    this.svg.append(g);
    return g;
  }

  /**
   * Marks that stay put while the rest moves (the data of a classifier being trained), drawn by `draw` the first
   * time and cloned after that. `id` must name everything the marks depend on besides the base's scales (the
   * dataset, say). The groups carry `data-keep="<id>"`, so `reconcile` leaves the ones on the page alone.
   */
  keep(id: string, draw: (overlay: Overlay) => void): void {
    let groups = this.kept.get(id);
    if (!groups) {
      const before = this.svg.childElementCount;
      draw(this);
      groups = Array.from(this.svg.children).slice(before);
      for (const g of groups) {
        // Thinned now, once: finishPlot skips kept groups.
        simplifyPaths(g);
        g.setAttribute(KEEP, id);
      }
      this.kept.set(id, groups.map((g) => g.cloneNode(true) as Element));
      if (this.kept.size > 16) this.kept.delete(this.kept.keys().next().value as string);
      return;
    }
    for (const g of groups) {
      const copy = g.cloneNode(true) as Element;
      if (copy.hasAttribute('clip-path')) copy.setAttribute('clip-path', `url(#${this.clipId})`);
      this.svg.append(copy);
    }
  }

  /** A polyline through points given in data coordinates; non-finite points break the line. */
  line(points: readonly (readonly [number, number])[], style: MarkStyle): void {
    const g = this.group({ strokeWidth: 2, ...style });
    let d = '';
    let pen = false;
    for (const [px, py] of points) {
      const sx = this.x(px);
      const sy = this.y(py);
      if (!Number.isFinite(sx) || !Number.isFinite(sy)) {
        pen = false;
        continue;
      }
      // Keep far-off points finite but outside the frame, so the clip cuts them cleanly.
      const cy = Math.max(-1e4, Math.min(1e4, sy));
      d += `${pen ? 'L' : 'M'}${sx.toFixed(2)},${cy.toFixed(2)}`;
      pen = true;
    }
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
