/**
 * The figure's status line (`[data-status]`, a polite live region): "Training…" while a job for the state the
 * reader asked for runs, and short messages after Reset or Copy link, which clear themselves.
 */

import text from 'virtual:text/figure-live';

/** Says whether the figure is training, on the line and as `data-training` (which dims the old drawing). */
export function showTraining(figure: HTMLElement, on: boolean): void {
  figure.toggleAttribute('data-training', on);
  const slot = figure.querySelector('[data-status]');
  if (slot) slot.textContent = on ? text.training : '';
}

/** Shows a message for a few seconds, unless something else has been written there meanwhile. */
export function showMessage(figure: HTMLElement, text: string): void {
  const slot = figure.querySelector('[data-status]');
  if (!slot) return;
  slot.textContent = text;
  setTimeout(() => {
    if (slot.textContent === text) slot.textContent = '';
  }, 2500);
}
