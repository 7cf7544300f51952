/**
 * The part of exercises that every page with one runs on load, kept small (a chapter's JavaScript budget is
 * spent on its figures): it closes each answer until the reader has tried and shows the Check buttons, then
 * loads exercises.ts when the reader first reaches an exercise (pointer or focus), or at once if this browser
 * remembers an answer here. A press or an Enter that comes before the code is replayed once it has arrived.
 */
import { readProgress } from './progress.ts';

export function bootExercises(root: Document): void {
  const sections = Array.from(root.querySelectorAll<HTMLElement>('[data-exercise]:not([data-live])'));
  if (sections.length === 0) return;
  let loaded = false;
  let loading: Promise<unknown> | undefined;
  const load = () =>
    (loading ??= import('./exercises.ts').then(({ wireExercises }) => {
      wireExercises(root);
      loaded = true;
    }));
  const saved = readProgress();
  for (const section of sections) {
    section.dataset.live = '';
    section.querySelector<HTMLElement>('[data-answer-details]')!.hidden = true;
    section.querySelector<HTMLElement>('[data-check]')!.hidden = false;
    for (const type of ['pointerover', 'focusin'] as const) section.addEventListener(type, () => void load(), { once: true, passive: true });
    section.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-check]');
      if (loaded || !button) return;
      event.stopImmediatePropagation();
      void load().then(() => button.click());
    });
    // A stroke that starts on a sketch's pad before the code is here: keep the pointer, and hand the press over.
    const pad = section.querySelector<HTMLElement>('[data-sketch-pad]');
    pad?.addEventListener('pointerdown', (event) => {
      if (loaded || event.button !== 0) return;
      event.preventDefault();
      pad.setPointerCapture(event.pointerId);
      void load().then(() => pad.dispatchEvent(new PointerEvent('pointerdown', event)));
    });
    pad?.addEventListener('keydown', (event) => {
      if (loaded || !event.key.startsWith('Arrow')) return;
      event.preventDefault();
      void load().then(() => pad.dispatchEvent(new KeyboardEvent('keydown', event)));
    });
    section.addEventListener('keydown', (event) => {
      if (loaded || event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || event.target.type !== 'text') return;
      event.preventDefault();
      void load().then(() => section.querySelector<HTMLButtonElement>('[data-check]')!.click());
    });
  }
  if (sections.some((s) => saved[s.dataset.exercise!])) void load();
}
