/** Touch: a horizontal swipe goes to the next or previous step. Swipes that start on a control or a plot are the figure's. */
import type { DeckElement } from './deck-element.ts';

export function swipe(deck: DeckElement, area: HTMLElement): void {
  let start: { x: number; y: number } | null = null;
  area.addEventListener(
    'touchstart',
    (event) => {
      const target = event.target as Element;
      start = event.touches.length === 1 && !target.closest('input, select, button, a, [data-plot]') ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
    },
    { passive: true },
  );
  area.addEventListener('touchend', (event) => {
    if (!start || deck.dataset.overview !== undefined) return;
    const dx = event.changedTouches[0].clientX - start.x;
    const dy = event.changedTouches[0].clientY - start.y;
    start = null;
    if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    if (dx < 0) deck.next();
    else deck.previous();
  });
}
