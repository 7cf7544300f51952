import type { DataTable } from '../contract/definition.ts';

/**
 * The table of numbers behind a figure, as DOM. One builder for both halves: the build calls it with a linkedom
 * document and writes its HTML into the page, the live element calls it with the page's document when the
 * reader pauses. Only createElement and textContent, which both documents have, so the two cannot drift apart.
 */
export function dataTable(doc: Document, data: DataTable): HTMLTableElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | number) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = String(text);
    return node;
  };
  const table = element('table');
  const head = element('tr');
  for (const column of data.columns) {
    const th = element('th', column);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const tbody = element('tbody');
  for (const row of data.rows) {
    const tr = element('tr');
    for (const cell of row) tr.append(element('td', cell));
    tbody.append(tr);
  }
  table.append(element('caption', data.caption), thead, tbody);
  return table;
}
