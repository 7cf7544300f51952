/**
 * The deck's "Read as an essay" opens the essay at the slide shown, with the figures as the presenter left them
 * (carry-states.ts). That code loads when the link is about to be used (a press or a focus comes before the
 * click), not with the deck: a deck's JavaScript budget is tight. A click that arrives before it has loaded waits
 * for it, then follows the updated link.
 */
import type { DeckElement } from './deck-element.ts';

export function essayLink(deck: DeckElement): void {
  const link = document.querySelector<HTMLAnchorElement>('.deck-bar__essay');
  if (!link) return;
  let update: (() => void) | undefined;
  let loading: Promise<() => void> | undefined;
  const load = () =>
    (loading ??= import('../carry-states.ts').then(({ carryFigureStates }) => (update = carryFigureStates(link, deck, () => `#slide-${deck.place.slide}`))));
  link.addEventListener('pointerdown', () => void load());
  link.addEventListener('focus', () => void load());
  link.addEventListener('click', (event) => {
    // Loaded: carry-states' own click listener has brought the link up to date. A new tab or window keeps its way.
    if (update || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void load().then((bring) => {
      bring();
      location.assign(link.href);
    });
  });
}
