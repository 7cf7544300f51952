import text from 'virtual:text/figure-live';
import type { NumberProp, Spec } from '../contract/spec.ts';
import { enable } from './held-input.ts';

/** How a scrubber reads and moves the figure's state. */
export interface ScrubberActions {
  value(key: string): number;
  set(key: string, value: number): void;
}

/**
 * Play/pause and step buttons for every training scrubber (`[data-scrubber]`); Space on the slider plays or
 * pauses. `autoplay` names a scrubber that starts playing at once, for readers who have not asked for less motion.
 */
export function bindScrubbers(root: HTMLElement, spec: Spec, actions: ScrubberActions, autoplay: string | undefined): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-scrubber]')) {
    const key = box.dataset.scrubber!;
    const prop = spec[key];
    if (!prop || prop.kind !== 'number') continue;
    bindScrubber(box, key, prop, actions, autoplay === key && !matchMedia('(prefers-reduced-motion: reduce)').matches);
  }
}

function bindScrubber(box: HTMLElement, key: string, prop: NumberProp, actions: ScrubberActions, autoplay: boolean): void {
  const play = box.querySelector<HTMLButtonElement>('[data-scrub="play"]')!;
  const value = () => actions.value(key);
  const set = (v: number) => actions.set(key, Math.min(prop.max, Math.max(prop.min, v)));
  let playing = 0;
  const stop = () => {
    // Not playing: nothing to undo (pressing the slider calls this; rewriting the button would relayout it).
    if (!playing) return;
    cancelAnimationFrame(playing);
    playing = 0;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = text.playButton;
    play.setAttribute('aria-label', text.play);
  };
  const start = () => {
    if (value() >= prop.max) set(prop.min);
    // About four seconds from the first step to the last, whatever the number of steps.
    const stride = Math.max(prop.step, Math.round((prop.max - prop.min) / 240 / prop.step) * prop.step);
    const tick = () => {
      const next = value() + stride;
      set(next);
      if (next >= prop.max) stop();
      else playing = requestAnimationFrame(tick);
    };
    play.setAttribute('aria-pressed', 'true');
    play.textContent = text.pauseButton;
    play.setAttribute('aria-label', text.pause);
    playing = requestAnimationFrame(tick);
  };
  const toggle = () => (playing ? stop() : start());
  for (const button of box.querySelectorAll<HTMLButtonElement>('[data-scrub]')) {
    enable(button);
    button.addEventListener('click', () => {
      const action = button.dataset.scrub;
      if (action === 'play') return toggle();
      stop();
      if (action === 'start') set(prop.min);
      else if (action === 'end') set(prop.max);
      else if (action === 'back') set(value() - prop.step);
      else if (action === 'forward') set(value() + prop.step);
    });
  }
  const input = box.querySelector<HTMLInputElement>('input[type="range"]');
  input?.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      toggle();
    }
  });
  input?.addEventListener('pointerdown', stop);
  if (autoplay) start();
}
