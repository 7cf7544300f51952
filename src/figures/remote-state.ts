/**
 * Figures seen from outside them (the deck's steps and windows, an exercise's "See it in the figure"): load one
 * on demand and give it a state. Each figure's state changes go through
 * its own queue, so steps taken quickly land in order even though loading a figure is asynchronous.
 */
import { loadFigure } from './lazy.ts';

interface FigureLike extends HTMLElement {
  setState(raw: Record<string, unknown>): void;
  state?: Record<string, unknown>;
}

const queues = new Map<string, Promise<unknown>>();

export async function ready(element: HTMLElement): Promise<FigureLike> {
  const name = element.dataset.blFigure!;
  await loadFigure(name);
  await customElements.whenDefined(`bl-${name}`);
  return element as FigureLike;
}

/** Gives the figure with this id a state (ignored if the page has no such figure). */
export function setFigureState(id: string, state: Record<string, unknown>): Promise<unknown> {
  const element = document.getElementById(id);
  if (!element?.dataset.blFigure) return Promise.resolve();
  const queue = (queues.get(id) ?? Promise.resolve()).then(async () => (await ready(element)).setState(state));
  queues.set(id, queue);
  return queue;
}

/** Loads every figure inside an element (the slide just shown), without waiting. */
export function wakeFigures(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-bl-figure]')) void loadFigure(figure.dataset.blFigure!);
}

/** The live state of every figure that has loaded, by id (for a window that joins late). */
export function figureStates(root: ParentNode = document): Record<string, Record<string, unknown>> {
  const states: Record<string, Record<string, unknown>> = {};
  for (const figure of root.querySelectorAll<FigureLike>('[data-bl-figure]')) if (figure.state) states[figure.id] = figure.state;
  return states;
}
