/**
 * The deck as a handout: `?handout` in the URL wakes every slide's figures and gives each the state of its
 * slide's last step (what the audience saw last on that slide), with every step revealed, then marks the page
 * `data-handout-ready` once every figure has drawn that state live and nothing is still training. `npm run pdf`
 * waits for the mark before printing; `?handout=print` (the help dialog's "Handout (PDF)…") prints by itself.
 *
 * Such a page is a document, not a window of the room: it neither follows nor moves the other windows (start.ts
 * leaves sync out), and its figures do not follow their link partners, which sit on other slides in other
 * states (on a handout the line of slide 1 and the landscape of slide 5 each show their own slide's last step).
 */
import type { DeckElement } from './deck-element.ts';
import { figureSteps, impliedState, reveal, stepsOf } from './steps.ts';
import { setFigureState } from '../../figures/remote-state.ts';
import { changedByHand } from './hand.ts';

export const isHandout = (): boolean => new URLSearchParams(location.search).has('handout');

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

export function handout(deck: DeckElement): void {
  const button = document.querySelector<HTMLButtonElement>('[data-deck-handout]');
  if (button) {
    button.hidden = false;
    const notes = () => document.documentElement.hasAttribute('data-print-notes');
    button.addEventListener('click', () => window.open(handoutUrl(deck, notes()), `bl-handout-${deck.dataset.slug}`));
  }
  if (!isHandout()) return;
  const root = document.documentElement;
  root.setAttribute('data-handout', '');
  // Before any figure's code arrives (it loads asynchronously): a figure reads its link when it upgrades.
  for (const figure of deck.querySelectorAll<HTMLElement>('[data-bl-figure][data-link]')) figure.removeAttribute('data-link');
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
