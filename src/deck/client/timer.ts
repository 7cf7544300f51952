/**
 * The presenter's clocks: elapsed time (start, pause, reset), the wall clock, and, when the chapter gives a
 * duration, a gentle pace hint comparing the share of time used with the share of slides shown.
 * The timer starts by itself at the first move through the deck.
 */
import live from 'virtual:text/deck-live';
import { LANGUAGE } from 'virtual:text/language';
import { fill } from '../../text/fill.ts';
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
    clock.textContent = new Date().toLocaleTimeString(LANGUAGE, { hour: '2-digit', minute: '2-digit' });
    toggle.textContent = since === null ? (ms ? live.resume : live.start) : live.pause;
    toggle.setAttribute('aria-pressed', String(since !== null));
    if (!duration) return;
    const timeShare = ms / duration;
    const slideShare = (deck.place.slide - 1) / Math.max(1, deck.total);
    if (bar) bar.value = Math.min(1, timeShare);
    pace.textContent =
      ms === 0 ? fill(live.minutesPlanned, { minutes: Math.round(duration / 60_000) }) : timeShare > 1 ? live.overTime : timeShare - slideShare > 0.15 ? live.behind : slideShare - timeShare > 0.15 ? live.ahead : live.onPace;
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
