/**
 * The deck's keys, in any window showing it (the presenter's keys drive every window through sync).
 * Keys typed into a figure's control stay with the control (an arrow key on a focused slider moves it), with
 * two exceptions so a presenter never gets stuck: PageUp/PageDown (what a clicker sends) always drive the deck,
 * and Esc hands focus back to the deck. A slider dragged with the mouse or a finger lets go of focus at once.
 */
import type { DeckElement } from './deck-element.ts';
import { isTyping } from './typing.ts';

export interface KeyActions {
  overview(): void;
  overviewOpen(): boolean;
  fullscreen(): void;
  presenter(): void;
  help(): void;
}

const pressable = (target: EventTarget | null) => target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);

export function keyboard(deck: DeckElement, actions: KeyActions): void {
  // A slide number typed before Enter; forgotten after a pause.
  let digits = '';
  let digitTimer: ReturnType<typeof setTimeout> | undefined;

  const release = (target: EventTarget | null) => {
    if (target instanceof HTMLElement && deck.contains(target)) target.blur();
    deck.focus({ preventScroll: true });
  };
  document.addEventListener('pointerup', (event) => {
    const target = event.target as Element;
    if (target instanceof HTMLInputElement && target.type === 'range') release(target);
    else if (target.closest?.('bl-deck button')) release(target.closest('button'));
    // A weight pressed on a slide's diagram takes focus, and its arrow keys go from weight to weight: give them back.
    else if (target.closest?.('bl-deck .bl-edge')) release(null);
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.querySelector('dialog[open]')) return; // the help dialog handles its own keys (Esc closes it)
    if (isTyping(event.target)) {
      const inSlide = deck.contains(event.target as Node);
      if (inSlide && event.key === 'Escape') return done(event, () => release(event.target));
      if (!inSlide || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
    }
    const { key } = event;
    if (/^[0-9]$/.test(key)) {
      digits = (digits + key).slice(-3);
      clearTimeout(digitTimer);
      digitTimer = setTimeout(() => (digits = ''), 2000);
      return;
    }
    if (key === 'Escape' || key === 'o' || key === 'O') return done(event, actions.overview);
    if (actions.overviewOpen()) return; // the overview's buttons take Enter and the arrows
    if ((key === ' ' || key === 'Enter') && pressable(event.target)) return;
    if (key === 'Enter' && digits) {
      const slide = Number(digits);
      digits = '';
      return done(event, () => deck.go({ slide, step: 0 }, 'local'));
    }
    if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !event.shiftKey)) return done(event, () => deck.next());
    if (key === 'ArrowLeft' || key === 'PageUp' || (key === ' ' && event.shiftKey)) return done(event, () => deck.previous());
    if (key === 'Home') return done(event, () => deck.go({ slide: 1, step: 0 }, 'local'));
    if (key === 'End') return done(event, () => deck.go({ slide: deck.total, step: deck.stepCount(deck.total) }, 'local'));
    if (key === 'f' || key === 'F') return done(event, actions.fullscreen);
    if (key === 'p' || key === 'P') return done(event, actions.presenter);
    if (key === '?') return done(event, actions.help);
  });
}

function done(event: KeyboardEvent, action: () => void): void {
  event.preventDefault();
  action();
}
