/**
 * The deck's "Read as an essay" opens the essay at the slide shown, with the figures as the presenter left them:
 * each live figure's state goes into the link's query under its id, as the essay's "Present from here" carries
 * them the other way (carry-states.ts, whose `update` this mirrors). The few lines are the deck's own rather
 * than imported: shared between the two pages, carry-states would be a chunk of its own on every essay page, and
 * the essay's 110 KB budget has no room for the extra request's bytes.
 */
import type { DeckElement } from './deck-element.ts';

interface Sharing extends HTMLElement {
  shareQuery?: string;
}

export function essayLink(deck: DeckElement): void {
  const link = document.querySelector<HTMLAnchorElement>('.deck-bar__essay');
  if (!link) return;
  const update = () => {
    const url = new URL(link.href);
    const params = new URLSearchParams();
    for (const figure of deck.querySelectorAll<Sharing>('[data-bl-figure]')) {
      // Not yet loaded: its state is the one the deck's own address carried in.
      const query = figure.shareQuery ?? new URLSearchParams(location.search).get(figure.id);
      if (query) params.set(figure.id, query);
    }
    url.search = params.toString();
    url.hash = `#slide-${deck.place.slide}`;
    link.href = url.href;
  };
  // A press, a focus (then Enter) or a click: whichever comes first, before the browser follows the link.
  for (const type of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(type, update);
}
