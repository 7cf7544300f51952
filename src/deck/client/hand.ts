/**
 * What the presenter changed on purpose. A slide's figures arrive in the state its slide and step imply (steps.ts),
 * except a figure the reader changed by hand: a slider, a drag, Reset, in this window or another one of the room
 * (sync.ts passes those on), or a state the URL carried when the deck opened ("Present from here"). Each such
 * change is kept for the session, by figure id and by link group (a linked partner shows what its partner was
 * dragged to), with the place it was made at, so a slide's later steps still apply on top of it.
 *
 * What is not a hand change: a step's state (setFigureState marks it remote), a partner following it (also remote),
 * a redraw (changed false), and a figure's first drawing (the URL or its link group's state, which it woke to).
 */
import type { FigureChangeDetail } from '../../figures/kit/browser/element.ts';
import type { Place } from './position.ts';

export interface HandChange extends Place {
  /** The figure changed (a link group's entry is its figure's). */
  id: string;
  state: Record<string, unknown>;
  /** Order among hand changes: the newer of a figure's own and its link group's wins. */
  seq: number;
}

const byId = new Map<string, HandChange>();
const byLink = new Map<string, HandChange>();
let seq = 0;

const slideOf = (figure: Element | null) => Number(figure?.closest<HTMLElement>('[data-slide]')?.dataset.slide ?? 0);

/**
 * Remembers a hand change of the figure `id` to `state` (its whole state, or the keys changed), made with the
 * deck at `place`. The step is kept only when the figure is on the slide shown: elsewhere its slide's steps all
 * apply on top when the deck arrives there.
 */
export function rememberHand(id: string, state: Record<string, unknown>, place: Place): void {
  const figure = document.getElementById(id);
  if (!figure?.dataset.blFigure) return;
  const slide = slideOf(figure);
  const change: HandChange = { id, state: { ...state }, slide, step: slide === place.slide ? place.step : 0, seq: ++seq };
  byId.set(id, change);
  if (figure.dataset.link) byLink.set(figure.dataset.link, change);
}

/** The latest hand change that bears on this figure: its own, or its link group's if newer. */
export function handChangeOf(figure: HTMLElement): HandChange | undefined {
  const own = byId.get(figure.id);
  const linked = figure.dataset.link ? byLink.get(figure.dataset.link) : undefined;
  if (!own) return linked;
  if (!linked) return own;
  return linked.seq > own.seq ? linked : own;
}

/** Every figure's own hand change, oldest first (for a window that joins late: remembering them in turn keeps their order). */
export function handChanges(): HandChange[] {
  return Array.from(byId.values()).sort((a, b) => a.seq - b.seq);
}

/** Whether the reader changed this very figure by hand (not only a partner in its link group). */
export const changedByHand = (id: string): boolean => byId.has(id);

/**
 * A query value (`w:1.2,b:2.2`, serialize's form) as raw keys and values; setState parses them leniently. The split
 * is deserialize's (kit/contract/spec.ts) without its spec, which the deck does not load: importing spec.ts here
 * would move it out of the figures' chunk into one of its own on every page.
 */
function rawFromQuery(text: string): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const part of text.slice(0, 8000).split(',')) {
    const colon = part.indexOf(':');
    if (colon > 0) raw[part.slice(0, colon)] = part.slice(colon + 1);
  }
  return raw;
}

/**
 * Starts listening to the deck's figures, and takes the URL's figure states (on opening) as hand changes made at
 * the place the deck opens on: a figure whose state is in the query keeps it, on its slide and whenever the deck
 * comes back there.
 */
export function watchHands(deck: HTMLElement & { place: Place }, opening: Place): void {
  const params = new URLSearchParams(location.search);
  for (const figure of deck.querySelectorAll<HTMLElement>('[data-bl-figure]')) {
    const text = params.get(figure.id);
    if (text) rememberHand(figure.id, rawFromQuery(text), opening);
  }
  const drawn = new Set<string>();
  deck.addEventListener('bl-figure-change', (event) => {
    const { id, state, remote, changed } = (event as CustomEvent<FigureChangeDetail>).detail;
    const first = !drawn.has(id);
    drawn.add(id);
    if (changed && !remote && !first) rememberHand(id, state, deck.place);
  });
}
