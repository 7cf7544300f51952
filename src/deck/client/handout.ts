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

export const isHandout = (): boolean => new URLSearchParams(location.search).has('handout');

export function handout(deck: DeckElement): void {
  const button = document.querySelector<HTMLButtonElement>('[data-deck-handout]');
  if (button) {
    button.hidden = false;
    const notes = () => document.documentElement.hasAttribute('data-print-notes');
    // The handout's code loads on the press (within the press's permission to open a window).
    button.addEventListener('click', () => {
      void import('./handout-mode.ts').then(({ handoutUrl }) => window.open(handoutUrl(deck, notes()), `bl-handout-${deck.dataset.slug}`));
    });
  }
  if (!isHandout()) return;
  // Before any figure's code arrives (it loads asynchronously): a figure reads its link when it upgrades.
  for (const figure of deck.querySelectorAll<HTMLElement>('[data-bl-figure][data-link]')) figure.removeAttribute('data-link');
  // The rest only a handout needs, so a deck in the room does not carry it.
  void import('./handout-mode.ts').then(({ drawHandout }) => drawHandout(deck));
}
