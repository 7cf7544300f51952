import { parseHTML } from 'linkedom';
import { DEFAULT_WIDTH, type FigureDefinition } from './definition.ts';
import type { StateOf, Spec } from './spec.ts';
import { finishPlot } from './svg.ts';

/**
 * Build-time rendering: the same pure plot function the browser runs, against a linkedom document.
 * Server only (linkedom never reaches the client bundle).
 */
const { document } = parseHTML('<!doctype html><html><body></body></html>');

export function renderStatic<S extends Spec, M>(figure: FigureDefinition<S, M>, state: StateOf<S>) {
  const model = figure.compute(state);
  const svg = finishPlot(figure.plot(state, model, document as unknown as Document, DEFAULT_WIDTH)).outerHTML;
  return {
    svg,
    description: figure.describe(state, model),
    table: figure.table(state, model),
    readouts: figure.readouts?.(state, model) ?? {},
  };
}
