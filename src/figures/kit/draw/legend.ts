/**
 * The one key every figure uses for marks that colour alone must not tell apart: lines (solid or dashed, by
 * width), data dots, class shapes, hinge points, filled regions. An HTML row that wraps on a phone, each entry
 * an inline SVG swatch and its name, theme colours inline so it renders the same at build time and in the
 * browser with no stylesheet. It starts where the plots' frames do (frame() in marks.ts leaves 52 px for the
 * y axis).
 */

import { documentCache } from '../speed/cache.ts';
import { svgElement as svgEl } from './svg.ts';

export interface LegendItem {
  label: string;
  /** A line sample (solid or dashed), a dot, a triangle or square (shapes that survive without colour), or a filled box. */
  swatch: 'line' | 'dashed' | 'dot' | 'triangle' | 'square' | 'box';
  colour: string;
  /** The outline of a dot, shape or box. */
  stroke?: string;
  /** A line's width, as drawn in the plot (default 3 solid, 2 dashed). */
  width?: number;
  /** A dashed line's pattern, as drawn in the plot (default "5 4"). */
  dash?: string;
}

function swatch(doc: Document, item: LegendItem): Element {
  // Inline size: figure CSS stretches plot SVGs to the full width.
  const svg = svgEl(doc, 'svg', { width: 24, height: 14, viewBox: '0 0 24 14', 'aria-hidden': 'true', style: 'width: 24px; height: 14px; flex: none; overflow: visible;' });
  const outline = { stroke: item.stroke ?? 'none', 'stroke-width': 1.5 };
  switch (item.swatch) {
    case 'line':
    case 'dashed': {
      const dashed = item.swatch === 'dashed';
      svg.append(
        svgEl(doc, 'line', {
          x1: 1, x2: 23, y1: 7, y2: 7,
          stroke: item.colour, 'stroke-width': item.width ?? (dashed ? 2 : 3), 'stroke-linecap': 'round',
          ...(dashed ? { 'stroke-dasharray': item.dash ?? '5 4' } : {}),
        }),
      );
      break;
    }
    case 'dot':
      svg.append(svgEl(doc, 'circle', { cx: 12, cy: 7, r: 5, fill: item.colour, ...outline }));
      break;
    case 'triangle':
      svg.append(svgEl(doc, 'path', { d: 'M12,1.5L18,12L6,12Z', fill: item.colour, ...outline }));
      break;
    case 'square':
      svg.append(svgEl(doc, 'rect', { x: 7, y: 2, width: 10, height: 10, fill: item.colour, ...outline }));
      break;
    case 'box':
      svg.append(svgEl(doc, 'rect', { x: 2, y: 1, width: 20, height: 12, fill: item.colour, ...outline }));
      break;
  }
  return svg;
}

const legends = documentCache<Element>(64);

/**
 * A row of swatches with their names. A figure redraws its legend with every frame of a drag though it rarely
 * changes, so each distinct legend is built once per document and cloned after that.
 */
export function legend(doc: Document, items: readonly LegendItem[]): Element {
  return legends(doc, JSON.stringify(items), () => buildLegend(doc, items)).cloneNode(true) as Element;
}

function buildLegend(doc: Document, items: readonly LegendItem[]): Element {
  const row = doc.createElement('div');
  row.setAttribute('class', 'bl-legend');
  row.setAttribute('style', 'display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.8rem; color: var(--ink); margin: 0 0 0.3rem 52px;');
  for (const item of items) {
    const entry = doc.createElement('span');
    entry.setAttribute('style', 'display: inline-flex; align-items: center; gap: 0.35rem; white-space: nowrap;');
    const text = doc.createElement('span');
    text.textContent = item.label;
    entry.append(swatch(doc, item), text);
    row.append(entry);
  }
  return row;
}
