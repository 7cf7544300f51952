/**
 * Wires one window's deck: keys, buttons, overview, swipe, help and sync (and ink/, the pointer and pen). Shared
 * by the audience page and the presenter window (which adds its own panels in presenter.ts).
 */
import './deck-element.ts';
import type { DeckElement } from './deck-element.ts';
import { keyboard } from './keyboard.ts';
import { boot as ink } from './ink/boot.ts';
import type { Overview } from './overview.ts';
import { swipe } from './swipe.ts';
import { sync } from './sync.ts';
import { handout, isHandout } from './handout.ts';
import { presence } from './presence.ts';
import { buttons, counter, help, openPresenter, toggleFullscreen } from './chrome.ts';
import { essayLink } from './essay-link.ts';

/** The overview's code loads when it is first opened: a talk may never open it, and a deck's budget is tight. */
function lazyOverview(deck: DeckElement): Pick<Overview, 'open' | 'toggle'> {
  let grid: Overview | undefined;
  let loading: Promise<Overview> | undefined;
  return {
    get open() {
      return grid?.open ?? false;
    },
    toggle() {
      if (grid) return grid.toggle();
      loading ??= import('./overview.ts').then(({ overview }) => (grid = overview(deck)));
      void loading.then((loaded) => loaded.toggle());
    },
  };
}

export function start(): DeckElement {
  const deck = document.querySelector<DeckElement>('bl-deck')!;
  const slug = deck.dataset.slug!;
  if (new URLSearchParams(location.search).has('notes')) document.documentElement.setAttribute('data-print-notes', '');
  const grid = lazyOverview(deck);
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
  ink(deck, slug);
  counter(deck);
  swipe(deck, deck);
  handout(deck);
  if (!isHandout()) {
    // A handout is a document, not a window of the room.
    sync(deck, slug);
    presence(deck, slug);
  }
  essayLink(deck);
  return deck;
}
