import { parseHTML } from 'linkedom';
import { DEFAULT_WIDTH, NARROW_WIDTH, type FigureDefinition } from '../contract/definition.ts';
import type { StateOf, Spec } from '../contract/spec.ts';
import { wholeDrawing } from '../draw/layered.ts';
import { networkDiagram } from '../draw/network-diagram.ts';
import { dataTable } from '../browser/data-table.ts';

/**
 * Build-time rendering: the same pure plot function the browser runs, against a linkedom document.
 * Server only (linkedom never reaches the client bundle).
 */
const { document } = parseHTML('<!doctype html><html><body></body></html>');

export function renderStatic<S extends Spec, M>(figure: FigureDefinition<S, M>, state: StateOf<S>) {
  const model = figure.compute(state);
  const doc = document as unknown as Document;
  const svg = wholeDrawing(figure.plot(state, model, doc, DEFAULT_WIDTH)).outerHTML;
  // A second drawing for phones, so text keeps its size before (or without) the script redrawing it.
  const svgNarrow = wholeDrawing(figure.plot(state, model, doc, NARROW_WIDTH)).outerHTML;
  return {
    svg,
    svgNarrow,
    description: figure.describe(state, model),
    // The same builder the live element uses when it rewrites the table.
    table: dataTable(doc, figure.table(state, model)).outerHTML,
    readouts: figure.readouts?.(state, model) ?? {},
    diagram: diagramOf(figure, state, model, doc),
    aside: figure.aside?.(state, model, doc).outerHTML,
  };
}

function diagramOf<S extends Spec, M>(figure: FigureDefinition<S, M>, state: StateOf<S>, model: M, doc: Document): string | undefined {
  const input = figure.diagram?.(state, model);
  return input && networkDiagram(doc, input).outerHTML;
}
