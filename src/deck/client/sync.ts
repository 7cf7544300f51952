/**
 * Keeps every window showing the same deck in step, over a BroadcastChannel named after the chapter.
 *
 * Messages (all carry `from`: 'audience' or 'presenter'):
 *   { type: 'goto', slide, step, clock, rank } this window's reader moved; go there too (do not echo it)
 *   { type: 'figure', id, state }           this window's reader changed a figure; call setState with it
 *   { type: 'hello' }                       a window opened; windows already open answer with 'state'
 *   { type: 'state', slide, step, clock, figures, hands } the answer: the place, the clock, every loaded figure's
 *                                           state, and what was changed by hand (hand.ts)
 *
 * Moves made because of a message are not sent on: the deck marks them 'remote', and a figure's setState marks
 * its change remote, so bl-figure-change with remote true (or changed false, a redraw) is ignored here. Each window applies slide steps'
 * figure states itself, so steps never need figure messages.
 *
 * Two readers can move at the same instant (the presenter presses →, someone at an audience window ←). Each
 * window would then take the other's move and they would swap places and stay apart. So moves are ordered: every
 * window counts moves with a logical clock (each move it makes or takes sets its clock past the move's), and a
 * move is taken only if it is newer than the last one this window made or took; a tie goes to the presenter,
 * then to the higher rank, a random name each window draws. Every window therefore ends on the same move.
 */
import type { DeckChange, DeckElement } from './deck-element.ts';
import type { Place } from './position.ts';
import type { FigureChangeDetail } from '../../figures/kit/browser/element.ts';
import { figureStates, setFigureState } from '../../figures/remote-state.ts';
import { handChanges, rememberHand, type HandChange } from './hand.ts';

type Message =
  | ({ type: 'goto'; clock: number; rank: string } & Place)
  | { type: 'figure'; id: string; state: Record<string, unknown> }
  | { type: 'hello' }
  | ({ type: 'state'; clock: number; figures: Record<string, Record<string, unknown>>; hands?: HandChange[] } & Place);

export function sync(deck: DeckElement, slug: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(`bl-deck:${slug}`);
  const from = deck.isPresenter ? 'presenter' : 'audience';
  const post = (message: Message) => channel.postMessage({ ...message, from });
  // '~' sorts after every letter and digit: the presenter wins a tie with any audience window.
  const rank = deck.isPresenter ? '~presenter' : Math.random().toString(36).slice(2);
  /** The highest clock seen from any window (a move made here counts past it), and the last move made or taken. */
  let clock = 0;
  let last = { clock: 0, rank: '' };
  const newer = (m: { clock: number; rank: string }) => m.clock > last.clock || (m.clock === last.clock && m.rank > last.rank);

  deck.addEventListener('bl-deck-change', (event) => {
    const { slide, step, source } = (event as CustomEvent<DeckChange>).detail;
    if (source !== 'local') return;
    clock += 1;
    last = { clock, rank };
    post({ type: 'goto', slide, step, ...last });
  });
  deck.addEventListener('bl-figure-change', (event) => {
    const { id, state, remote, changed } = (event as CustomEvent<FigureChangeDetail>).detail;
    // A redraw is not a change: a window whose figure loads late, or redraws at a new width, must not undo the room's.
    if (changed && !remote) post({ type: 'figure', id, state });
  });

  channel.addEventListener('message', (event: MessageEvent<Message & { from: string }>) => {
    const message = event.data;
    if (message.type === 'goto') {
      clock = Math.max(clock, message.clock);
      // An older move than the last one made or taken here (the other half of a simultaneous pair) is dropped.
      if (!newer(message)) return;
      last = { clock: message.clock, rank: message.rank };
      deck.go(message, 'remote');
    } else if (message.type === 'figure') {
      rememberHand(message.id, message.state, deck.place); // another window's reader changed it on purpose
      void setFigureState(message.id, message.state);
    }
    else if (message.type === 'hello') post({ type: 'state', ...deck.place, clock, figures: figureStates(deck), hands: handChanges() });
    else if (message.type === 'state') {
      // Before moving: the slide arrived at keeps what the room changed by hand.
      for (const hand of message.hands ?? []) rememberHand(hand.id, hand.state, hand);
      // A window that joins counts on from the room's clock, so its own first move is newer than the room's last.
      clock = Math.max(clock, message.clock);
      // A window that opens follows the presenter; a presenter opened bare (no #/slide/step) follows the room.
      if (message.from === 'presenter' || (deck.isPresenter && !deck.openedAtHash)) deck.go(message, 'remote');
      for (const [id, state] of Object.entries(message.figures)) void setFigureState(id, state);
    }
  });
  post({ type: 'hello' });
}
