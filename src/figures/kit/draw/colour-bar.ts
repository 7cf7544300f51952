import { logTicks } from './rungs.ts';
import { fmt, localNumber } from './format.ts';
import { svgElement as svgEl } from './svg.ts';

/**
 * A stepped colour bar on a log axis, the key to a filled-contour map (the loss landscape): one band per
 * contour level, each filled with its lower edge's colour as Plot fills contours, ticks at 1–3–10 values.
 * Plain SVG with theme colours, so it needs no canvas (the build has none) and no stylesheet; it starts
 * where the plot's frame does (frame() in marks.ts leaves 52 px for the y axis).
 */

export interface ColourBar {
  /** Band edges, increasing; band i runs from edges[i] to edges[i + 1] and is filled colour(edges[i]). */
  edges: readonly number[];
  colour: (value: number) => string;
  label: string;
  width: number;
}

export function colourBar(doc: Document, bar: ColourBar): Element {
  const { edges, width } = bar;
  const height = 40;
  const left = 8;
  const right = width - 8;
  const lo = Math.log(edges[0]);
  const hi = Math.log(edges[edges.length - 1]);
  const at = (v: number) => left + ((Math.log(v) - lo) / (hi - lo)) * (right - left);
  const svg = svgEl(doc, 'svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', 'font-family': 'var(--font-sans)', style: `display: block; width: ${width}px; max-width: calc(100% - 52px); height: auto; overflow: visible; margin: 0 0 0.2rem 52px;` });
  const title = svgEl(doc, 'text', { x: left, y: 10, 'font-size': 13, fill: 'var(--ink-muted)' });
  title.textContent = bar.label;
  svg.append(title);
  for (let i = 0; i + 1 < edges.length; i++) {
    svg.append(svgEl(doc, 'rect', { x: at(edges[i]).toFixed(2), y: 15, width: Math.max(0, at(edges[i + 1]) - at(edges[i]) + 0.5).toFixed(2), height: 10, fill: bar.colour(edges[i]) }));
  }
  for (const v of logTicks(edges[0], edges[edges.length - 1])) {
    const x = at(v);
    svg.append(svgEl(doc, 'line', { x1: x.toFixed(2), x2: x.toFixed(2), y1: 25, y2: 29, stroke: 'var(--ink-muted)' }));
    const tick = svgEl(doc, 'text', { x: x.toFixed(2), y: 39, 'font-size': 13, 'text-anchor': 'middle', fill: 'var(--ink-muted)' });
    tick.textContent = v >= 1 ? localNumber(String(v)) : fmt(v, Math.max(0, -Math.floor(Math.log10(v))));
    svg.append(tick);
  }
  return svg;
}
