/**
 * The presenter's clocks: elapsed time (start, pause, reset), the wall clock, and, when the chapter gives a
 * duration, a gentle pace hint comparing the share of time used with the share of slides shown.
 * The timer starts by itself at the first move through the deck.
 */
import type { DeckChange, DeckElement } from './deck-element.ts';

const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

export function timer(deck: DeckElement, root: HTMLElement): void {
  const $ = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-timer="${name}"]`)!;
  const elapsedEl = $('elapsed');
  const clock = $('clock');
  const toggle = $<HTMLButtonElement>('toggle');
  const reset = $<HTMLButtonElement>('reset');
  const pace = $('pace');
  const bar = root.querySelector<HTMLProgressElement>('progress[data-timer="bar"]');
  const duration = Number(deck.dataset.duration) * 60_000 || 0;

  let since: number | null = null; // when the running stretch began
  let banked = 0; // ms from earlier stretches
  const elapsed = () => banked + (since === null ? 0 : Date.now() - since);

  const render = () => {
    const ms = elapsed();
    elapsedEl.textContent = mmss(ms);
    clock.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    toggle.textContent = since === null ? (ms ? 'Resume' : 'Start') : 'Pause';
    toggle.setAttribute('aria-pressed', String(since !== null));
    if (!duration) return;
    const timeShare = ms / duration;
    const slideShare = (deck.place.slide - 1) / Math.max(1, deck.total);
    if (bar) bar.value = Math.min(1, timeShare);
    pace.textContent =
      ms === 0 ? `${Math.round(duration / 60_000)} min planned` : timeShare > 1 ? 'Over time' : timeShare - slideShare > 0.15 ? 'A little behind' : slideShare - timeShare > 0.15 ? 'Ahead: take your time' : 'On pace';
  };
  const start = () => {
    if (since === null) since = Date.now();
    render();
  };
  toggle.addEventListener('click', () => {
    if (since === null) return start();
    banked += Date.now() - since;
    since = null;
    render();
  });
  reset.addEventListener('click', () => {
    banked = 0;
    since = since === null ? null : Date.now();
    render();
  });
  deck.addEventListener('bl-deck-change', (event) => {
    if ((event as CustomEvent<DeckChange>).detail.source !== 'load' && since === null && banked === 0) start();
    else render();
  });
  setInterval(render, 1000);
  render();
}
