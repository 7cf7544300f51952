/**
 * Who is watching: the presenter window counts the audience windows open on its deck, live, in the presenter bar.
 * It has its own BroadcastChannel on the deck's channel (`bl-deck:<slug>`, as sync.ts), with message types sync.ts
 * does not know and so ignores:
 *
 *   { type: 'presence-ask' }                 the presenter, every second: who is there?
 *   { type: 'presence-here', window }        an audience window: on opening, on being shown again, and to each ask
 *   { type: 'presence-bye', window }         an audience window closing or going away (pagehide)
 *
 * Audience windows answer the presenter's asks rather than beating on a timer of their own: a browser slows the
 * timers of a window in the background (a projector window behind another) but still delivers its messages. A window
 * that has not answered for DROP_AFTER ms (it crashed, or its machine slept) is no longer counted.
 */
import type { DeckElement } from './deck-element.ts';

export const ASK_EVERY = 1000;
export const DROP_AFTER = 3500;

export type Presence = { type: 'presence-ask' } | { type: 'presence-here'; window: string } | { type: 'presence-bye'; window: string };

export function presence(deck: DeckElement, slug: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(`bl-deck:${slug}`);
  const post = (message: Presence) => channel.postMessage(message);
  if (!deck.isPresenter) {
    const me = Math.random().toString(36).slice(2);
    const here = () => post({ type: 'presence-here', window: me });
    channel.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type === 'presence-ask') here();
    });
    window.addEventListener('pagehide', () => post({ type: 'presence-bye', window: me }));
    window.addEventListener('pageshow', (event: PageTransitionEvent) => event.persisted && here());
    here();
    return;
  }
  // Only the presenter counts; an audience window does not carry the counting.
  void import('./presence-count.ts').then(({ countAudience }) => countAudience(channel, post));
}
