import { DEFAULT_WIDTH, type FigureDefinition } from '../contract/definition.ts';
import type { Spec, StateOf } from '../contract/spec.ts';
import { drawDiagramInto } from '../draw/network-diagram.ts';
import { isTrained } from '../training/trajectories.ts';
import { measureSince } from './user-timing.ts';

/**
 * Warming up in idle time, once, after a figure's first live drawing.
 * Why: V8 runs a function unoptimised until it has run a few times, and the first live drawing is only the
 * first. The reader's first press on a slider was then the slowest input of all (decision-boundary: 40–56 ms
 * to the next paint, later presses 24–32). Drawing each slider's ends and middle into detached copies runs the same
 * code (compute, plot, reconcile, diagram, readouts) without touching the page, the URL or any listener.
 */

/**
 * The states to rehearse: each slider at its ends and middle, other props as they are. Only states whose training
 * is already done, so this never starts a worker job; a few, because the code is shared by every slider.
 */
export function rehearsalStates<S extends Spec>(figure: Pick<FigureDefinition<S, unknown>, 'spec' | 'jobs'>, current: StateOf<S>): StateOf<S>[] {
  const states: StateOf<S>[] = [];
  for (const [key, prop] of Object.entries(figure.spec)) {
    if (prop.kind !== 'number') continue;
    const middle = prop.min + Math.round((prop.max - prop.min) / 2 / prop.step) * prop.step;
    for (const value of [prop.min, middle, prop.max]) {
      if ((current as Record<string, unknown>)[key] === value) continue;
      const state = { ...current, [key]: value } as StateOf<S>;
      if ((figure.jobs?.(state) ?? []).every(isTrained)) states.push(state);
    }
  }
  return states.slice(0, 4);
}

/** Draws a state's plot and aside into the given elements: the element's own drawing code. */
export type DrawPlotAndAside<S extends Spec, M> = (state: StateOf<S>, model: M, width: number, plot: Element, aside: Element | null) => void;

/**
 * Draws `states` into detached copies of `host`'s plot, aside and diagram, one per idle period so no task grows
 * long, while `host` stays on the page. `width` is the plot's width as last seen.
 */
export function rehearseWhenIdle<S extends Spec, M>(host: HTMLElement, figure: FigureDefinition<S, M>, states: StateOf<S>[], width: () => number, draw: DrawPlotAndAside<S, M>): void {
  const idle = (task: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 50));
  const detached = (selector: string) => (host.querySelector(selector)?.cloneNode(true) as Element | undefined) ?? null;
  const next = () => {
    const state = states.shift();
    if (!state || !host.isConnected) return;
    const started = performance.now();
    const model = figure.compute(state);
    const plot = detached('[data-plot]');
    if (plot) draw(state, model, Math.max(280, Math.round(width() || DEFAULT_WIDTH)), plot, detached('[data-aside]'));
    const diagram = detached('[data-diagram]');
    if (diagram && figure.diagram) drawDiagramInto(diagram, figure.diagram(state, model), false);
    figure.readouts?.(state, model);
    measureSince(`bl-rehearse:${figure.name}`, started);
    idle(next);
  };
  idle(next);
}
