/**
 * The deck's controls around the slides, found by data attributes anywhere on the page: the slide counter,
 * previous/next buttons, fullscreen, the presenter window and the help dialog (with its print-notes switch).
 */
import live from 'virtual:text/deck-live';
import { fill } from '../../text/fill.ts';
import type { DeckElement } from './deck-element.ts';

export function counter(deck: DeckElement): void {
  const update = () => {
    const { slide, step } = deck.place;
    const steps = deck.stepCount(slide);
    for (const el of document.querySelectorAll('[data-deck-counter]')) el.textContent = `${slide} / ${deck.total}`;
    for (const el of document.querySelectorAll('[data-deck-steps]')) el.textContent = steps ? fill(live.stepOf, { step, steps }) : '';
    for (const el of document.querySelectorAll<HTMLButtonElement>('[data-deck-action="previous"]')) el.disabled = slide === 1 && step === 0;
    for (const el of document.querySelectorAll<HTMLButtonElement>('[data-deck-action="next"]')) el.disabled = slide === deck.total && step === steps;
  };
  deck.addEventListener('bl-deck-change', update);
  update();
}

export function buttons(actions: Record<string, () => void>): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-deck-action]')) {
    const action = actions[button.dataset.deckAction!];
    if (!action) continue;
    button.hidden = false;
    button.addEventListener('click', action);
  }
}

export function toggleFullscreen(): void {
  // Refused outside a user gesture or in some embeds; nothing to do then.
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/** Opens (or brings forward) the presenter window at this place; one per deck, by window name. */
export function openPresenter(slug: string): void {
  const url = new URL('presenter/', new URL('.', location.href));
  url.hash = location.hash;
  window.open(url.href, `bl-presenter-${slug}`, 'popup,width=1280,height=800');
}

/** The help dialog lists the keys; its switch prints speaker notes under each slide (also `?notes` in the URL). */
export function help(): () => void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-deck-help]');
  const notes = dialog?.querySelector<HTMLInputElement>('[data-print-notes]');
  const root = document.documentElement;
  const setNotes = (on: boolean) => root.toggleAttribute('data-print-notes', on);
  if (notes) {
    notes.checked = root.hasAttribute('data-print-notes');
    notes.addEventListener('change', () => setNotes(notes.checked));
  }
  dialog?.querySelector('[data-deck-print]')?.addEventListener('click', () => print());
  return () => (dialog?.open ? dialog.close() : dialog?.showModal());
}
