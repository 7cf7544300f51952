/**
 * A key of line styles above a plot, for when colour or dash alone would otherwise carry meaning (which line
 * is which neuron, which line is the collapsed one). Plain HTML with inline styles and theme colours, so it
 * renders the same at build time and in the browser and needs no stylesheet. It starts where the plot's
 * frame does (frame() in marks.ts leaves 52 px for the y axis).
 */

const SVG = 'http://www.w3.org/2000/svg';

export interface LineKeyItem {
  label: string;
  stroke: string;
  strokeWidth?: number;
  dash?: string;
}

function svgEl(doc: Document, tag: string, attrs: Record<string, string | number>): Element {
  const node = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** A row of line swatches with their names; wraps on narrow screens. */
export function lineKey(doc: Document, items: readonly LineKeyItem[]): Element {
  const row = doc.createElement('div');
  row.setAttribute('class', 'bl-line-key');
  row.setAttribute('style', 'display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.8rem; color: var(--ink); margin: 0 0 0.3rem 52px;');
  for (const item of items) {
    const entry = doc.createElement('span');
    entry.setAttribute('style', 'display: inline-flex; align-items: center; gap: 0.35rem; white-space: nowrap;');
    // Inline size: figure CSS stretches plot SVGs to the full width.
    const swatch = svgEl(doc, 'svg', { width: 24, height: 10, viewBox: '0 0 24 10', 'aria-hidden': 'true', style: 'width: 24px; height: 10px; flex: none;' });
    swatch.append(
      svgEl(doc, 'line', {
        x1: 1, x2: 23, y1: 5, y2: 5,
        stroke: item.stroke, 'stroke-width': item.strokeWidth ?? 2.5, 'stroke-linecap': 'round',
        ...(item.dash ? { 'stroke-dasharray': item.dash } : {}),
      }),
    );
    const text = doc.createElement('span');
    text.textContent = item.label;
    entry.append(swatch, text);
    row.append(entry);
  }
  return row;
}
