/**
 * Wires one window's deck: keys, buttons, overview, swipe, help and sync. Shared by the audience page and the
 * presenter window (which adds its own panels in presenter.ts).
 */
import './deck-element.ts';
import type { DeckElement } from './deck-element.ts';
import { keyboard } from './keyboard.ts';
import { overview } from './overview.ts';
import { swipe } from './swipe.ts';
import { sync } from './sync.ts';
import { handout, isHandout } from './handout.ts';
import { presence } from './presence.ts';
import { buttons, counter, help, openPresenter, toggleFullscreen } from './chrome.ts';

export function start(): DeckElement {
  const deck = document.querySelector<DeckElement>('bl-deck')!;
  const slug = deck.dataset.slug!;
  if (new URLSearchParams(location.search).has('notes')) document.documentElement.setAttribute('data-print-notes', '');
  const grid = overview(deck);
  const toggleHelp = help();
  const presenter = () => (deck.isPresenter ? undefined : openPresenter(slug));
  keyboard(deck, { overview: grid.toggle, overviewOpen: () => grid.open, fullscreen: toggleFullscreen, presenter, help: toggleHelp });
  buttons({
    next: () => deck.next(),
    previous: () => deck.previous(),
    overview: grid.toggle,
    fullscreen: toggleFullscreen,
    presenter,
    help: toggleHelp,
  });
  counter(deck);
  swipe(deck, deck);
  handout(deck);
  if (!isHandout()) {
    // A handout is a document, not a window of the room.
    sync(deck, slug);
    presence(deck, slug);
  }
  return deck;
}
