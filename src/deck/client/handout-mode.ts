/**
 * Drawing a deck as a handout (handout.ts loads this only for `?handout`): every step revealed, every figure in
 * its slide's last-step state, then `data-handout-ready` once all have drawn live and nothing is training, and
 * with `?handout=print` the print dialog.
 */
import type { DeckElement } from './deck-element.ts';
import { figureSteps, impliedState, reveal, stepsOf } from './steps.ts';
import { setFigureState } from '../../figures/remote-state.ts';
import { changedByHand } from './hand.ts';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Resolves once every figure in `root` has drawn live and none is training or drawing a stand-in. */
async function drawn(root: ParentNode): Promise<void> {
  const figures = () => Array.from(root.querySelectorAll<HTMLElement>('[data-bl-figure]'));
  const settled = (el: HTMLElement) => el.hasAttribute('data-ready') && !el.hasAttribute('data-training') && !el.hasAttribute('data-standing-in');
  // Two frames in a row with every figure settled: a state given in one frame draws in the next.
  for (let calm = 0; calm < 2; ) {
    await frame();
    calm = figures().every(settled) ? calm + 1 : 0;
  }
}

export function drawHandout(deck: DeckElement): void {
  const root = document.documentElement;
  root.setAttribute('data-handout', '');
  const given: Promise<unknown>[] = [];
  deck.slides.forEach((slide, i) => {
    const last = stepsOf(slide).length;
    reveal(slide, last);
    const steps = figureSteps(slide);
    for (const figure of slide.querySelectorAll<HTMLElement>('[data-bl-figure]')) given.push(setFigureState(figure.id, impliedState(figure, i + 1, steps, last)));
  });
  void (async () => {
    await Promise.all(given);
    await document.fonts?.ready;
    await drawn(deck);
    // The slides refit when a figure redraws (fit.ts, one frame later): let that land too.
    await frame();
    await frame();
    root.setAttribute('data-handout-ready', '');
    if (new URLSearchParams(location.search).get('handout') === 'print') print();
  })();
}

/**
 * The address of this deck's handout, printing by itself, with notes if asked. Figures the presenter changed by
 * hand go along in the query, as "Present from here" carries them, so the handout shows them too.
 */
export function handoutUrl(deck: DeckElement, notes: boolean): string {
  const url = new URL(new URL('.', location.href).href.replace(/presenter\/$/, ''));
  url.search = '';
  url.hash = '';
  url.searchParams.set('handout', 'print');
  if (notes) url.searchParams.set('notes', '');
  for (const figure of deck.querySelectorAll<HTMLElement & { shareQuery?: string }>('[data-bl-figure]')) {
    if (changedByHand(figure.id) && figure.shareQuery) url.searchParams.set(figure.id, figure.shareQuery);
  }
  return url.href;
}
