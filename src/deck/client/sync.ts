/**
 * Keeps every window showing the same deck in step, over a BroadcastChannel named after the chapter.
 *
 * Messages (all carry `from`: 'audience' or 'presenter'):
 *   { type: 'goto', slide, step }           this window's reader moved; go there too (do not echo it)
 *   { type: 'figure', id, state }           this window's reader changed a figure; call setState with it
 *   { type: 'hello' }                       a window opened; windows already open answer with 'state'
 *   { type: 'state', slide, step, figures } the answer: the place and every loaded figure's state
 *
 * Moves made because of a message are not sent on: the deck marks them 'remote', and a figure's setState marks
 * its change remote, so bl-figure-change with remote true (or changed false, a redraw) is ignored here. Each window applies slide steps'
 * figure states itself, so steps never need figure messages.
 */
import type { DeckChange, DeckElement } from './deck-element.ts';
import type { Place } from './position.ts';
import type { FigureChangeDetail } from '../../figures/kit/browser/element.ts';
import { figureStates, setFigureState } from '../../figures/remote-state.ts';

type Message =
  | ({ type: 'goto' } & Place)
  | { type: 'figure'; id: string; state: Record<string, unknown> }
  | { type: 'hello' }
  | ({ type: 'state'; figures: Record<string, Record<string, unknown>> } & Place);

export function sync(deck: DeckElement, slug: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(`bl-deck:${slug}`);
  const from = deck.isPresenter ? 'presenter' : 'audience';
  const post = (message: Message) => channel.postMessage({ ...message, from });

  deck.addEventListener('bl-deck-change', (event) => {
    const { slide, step, source } = (event as CustomEvent<DeckChange>).detail;
    if (source === 'local') post({ type: 'goto', slide, step });
  });
  deck.addEventListener('bl-figure-change', (event) => {
    const { id, state, remote, changed } = (event as CustomEvent<FigureChangeDetail>).detail;
    // A redraw is not a change: a window whose figure loads late, or redraws at a new width, must not undo the room's.
    if (changed && !remote) post({ type: 'figure', id, state });
  });

  channel.addEventListener('message', (event: MessageEvent<Message & { from: string }>) => {
    const message = event.data;
    if (message.type === 'goto') deck.go(message, 'remote');
    else if (message.type === 'figure') void setFigureState(message.id, message.state);
    else if (message.type === 'hello') post({ type: 'state', ...deck.place, figures: figureStates(deck) });
    else if (message.type === 'state') {
      // A window that opens follows the presenter; a presenter opened bare (no #/slide/step) follows the room.
      if (message.from === 'presenter' || (deck.isPresenter && !deck.openedAtHash)) deck.go(message, 'remote');
      for (const [id, state] of Object.entries(message.figures)) void setFigureState(id, state);
    }
  });
  post({ type: 'hello' });
}
