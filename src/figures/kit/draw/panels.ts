/**
 * A figure made of several plots: a <div class="bl-panels"> the plot functions fill. At `width` ≥ 560 the
 * first two panels share a row; below that every panel takes the full width (phones).
 */
export function panels(doc: Document, width: number, children: Element[], share = 0.58): Element {
  const div = doc.createElement('div');
  div.setAttribute('class', `bl-panels${width >= 560 ? ' bl-panels--row' : ''}`);
  if (width >= 560) {
    // Columns in the same proportion the panels were drawn at, so no plot is stretched.
    const { first, second } = panelWidths(width, share);
    div.setAttribute('style', `grid-template-columns: ${first}fr ${second}fr; column-gap: ${GAP}px`);
  }
  for (const child of children) div.append(child);
  return div;
}

const GAP = 16;

/** Widths for a two-up row and a full-width panel below it. */
export function panelWidths(width: number, share = 0.58): { first: number; second: number; full: number } {
  if (width < 560) return { first: width, second: width, full: width };
  const first = Math.round((width - GAP) * share);
  return { first, second: width - GAP - first, full: width };
}
