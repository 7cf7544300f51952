/**
 * What a step does to a slide: reveals its content, and may give a figure a state. Going forward applies each
 * new step's state in order; going backwards, or arriving at a slide from anywhere, restores the state the slide
 * and step imply: the figure's authored state, what the presenter changed by hand, then the slide's steps so far.
 */
import { setFigureState } from '../../figures/remote-state.ts';
import { handChangeOf } from './hand.ts';

export const stepsOf = (slide: HTMLElement): HTMLElement[] => Array.from(slide.querySelectorAll<HTMLElement>('[data-step]'));

/** Shows the steps up to `step`, hides the rest (CSS hides unrevealed steps only once the deck runs). */
export function reveal(slide: HTMLElement, step: number): void {
  for (const el of stepsOf(slide)) {
    const shown = Number(el.dataset.step) <= step;
    el.toggleAttribute('data-shown', shown);
    // Hidden steps keep their space (the slide does not jump) but must not be read out or reached by Tab.
    el.inert = !shown;
  }
}

export interface FigureStep {
  n: number;
  id: string;
  state: Record<string, unknown>;
}

export function figureSteps(slide: HTMLElement): FigureStep[] {
  return stepsOf(slide)
    .filter((el) => el.dataset.figure)
    .map((el) => ({ n: Number(el.dataset.step), id: el.dataset.figure!, state: JSON.parse(el.dataset.state ?? '{}') }));
}

/** A figure's authored state, as the build wrote it (every prop), or nothing if unreadable. */
function authoredOf(figure: HTMLElement): Record<string, unknown> {
  try {
    return JSON.parse(figure.dataset.state ?? '{}');
  } catch {
    return {}; // the build wrote it; a figure without one keeps its defaults
  }
}

/**
 * The state a figure on slide number `slide` should have at step `upTo`: its authored state, then what the
 * presenter changed by hand (hand.ts), then the steps of this slide up to `upTo` for it, in order; of those,
 * only the steps after the hand change when it was made on this slide (it already holds the earlier ones).
 */
export function impliedState(figure: HTMLElement, slide: number, steps: FigureStep[], upTo: number): Record<string, unknown> {
  const hand = handChangeOf(figure);
  let state = hand ? { ...authoredOf(figure), ...hand.state } : authoredOf(figure);
  const after = hand && hand.slide === slide ? hand.step : 0;
  for (const step of steps) if (step.id === figure.id && step.n > after && step.n <= upTo) state = { ...state, ...step.state };
  return state;
}

/**
 * Brings a slide's figures to the given step. `from` is the step we were at on this same slide, or null when
 * arriving from elsewhere (any direction, a jump, or the page opening). Stepping forward applies each new step's
 * state. Arriving, every figure on the slide takes its implied state: what it was given on other slides, or by a
 * linked partner there, is undone, so a slide looks the same however the deck got to it. Stepping back on the
 * slide, the figures the undone steps touched return to theirs.
 */
export function applyFigureSteps(slide: HTMLElement, from: number | null, to: number): void {
  const steps = figureSteps(slide);
  if (from !== null && to > from) {
    for (const step of steps) if (step.n > from && step.n <= to) void setFigureState(step.id, step.state);
    return;
  }
  const n = Number(slide.dataset.slide);
  const touched = from !== null ? new Set(steps.filter((s) => s.n > to && s.n <= from).map((s) => s.id)) : null;
  for (const figure of slide.querySelectorAll<HTMLElement>('[data-bl-figure]')) {
    if (touched && !touched.has(figure.id)) continue;
    void setFigureState(figure.id, impliedState(figure, n, steps, to));
  }
}
