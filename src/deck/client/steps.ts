/**
 * What a step does to a slide: reveals its content, and may give a figure a state. Going forward applies each
 * new step's state in order; going backwards (or arriving at a slide by a jump) restores the state the steps so
 * far imply: the figure's authored state, then every earlier step's state for it, in order.
 */
import { setFigureState } from '../../figures/remote-state.ts';

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

interface FigureStep {
  n: number;
  id: string;
  state: Record<string, unknown>;
}

function figureSteps(slide: HTMLElement): FigureStep[] {
  return stepsOf(slide)
    .filter((el) => el.dataset.figure)
    .map((el) => ({ n: Number(el.dataset.step), id: el.dataset.figure!, state: JSON.parse(el.dataset.state ?? '{}') }));
}

function implied(id: string, steps: FigureStep[], upTo: number): Record<string, unknown> {
  const element = document.getElementById(id);
  let state: Record<string, unknown> = {};
  try {
    state = JSON.parse(element?.dataset.state ?? '{}');
  } catch {
    /* the build wrote it; a figure without one keeps its defaults */
  }
  for (const step of steps) if (step.id === id && step.n <= upTo) state = { ...state, ...step.state };
  return state;
}

/**
 * Brings a slide's figures to the given step. `from` is the step we were at on this same slide, or null when
 * arriving from elsewhere. On first load a figure whose state is in the URL keeps it (the URL is newer).
 */
export function applyFigureSteps(slide: HTMLElement, from: number | null, to: number, firstLoad = false): void {
  const steps = figureSteps(slide);
  if (steps.length === 0) return;
  if (from !== null && to > from) {
    for (const step of steps) if (step.n > from && step.n <= to) void setFigureState(step.id, step.state);
    return;
  }
  // Arriving from elsewhere, every figure a step touches returns to its implied state; on first load only
  // those a step up to here has changed (the build-time SVG already shows the authored state, and loading a
  // figure for nothing would cost its code on opening).
  const touched = from !== null ? steps.filter((s) => s.n > to && s.n <= from) : firstLoad ? steps.filter((s) => s.n <= to) : steps;
  const params = new URLSearchParams(location.search);
  for (const id of new Set(touched.map((s) => s.id))) {
    if (firstLoad && params.has(id)) continue;
    void setFigureState(id, implied(id, steps, to));
  }
}
