/**
 * The ink's keys, beside the deck's own (keyboard.ts, which leaves these letters alone):
 *   L held        the laser pointer, while held
 *   D             the pen on or off
 *   R B G K       the pen's colour: red, blue, green, ink (K, as in CMYK's black)
 *   Z, Ctrl/Cmd+Z undo the last drawing on the slide shown
 *   C             clear the slide's drawings
 * Colours, undo and clear act only while the pen is on: a stray C must not wipe a slide mid-talk, and the pen's
 * toolbar, which says what they do, is on screen then. Keys typed into a control, or with the help open, are not ours.
 */
import { isTyping } from '../typing.ts';
import type { Colour } from './model.ts';

export interface InkKeys {
  hold(on: boolean): void;
  pen(): void;
  penOn(): boolean;
  colour(colour: Colour): void;
  undo(): void;
  clear(): void;
}

const COLOUR_KEYS: Record<string, Colour> = { r: 'red', b: 'blue', g: 'green', k: 'ink' };

export function inkKeys(deck: HTMLElement, actions: InkKeys): void {
  let held = false;
  const release = () => {
    if (held) actions.hold((held = false));
  };
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
    if (deck.dataset.overview !== undefined) return; // the overview is for choosing a slide
    const key = event.key.toLowerCase();
    const modified = event.ctrlKey || event.metaKey;
    if (modified) {
      if (key === 'z' && !event.shiftKey && actions.penOn()) done(event, actions.undo);
      return;
    }
    if (key === 'l') {
      event.preventDefault();
      if (!event.repeat && !held) actions.hold((held = true));
    } else if (key === 'd') done(event, actions.pen);
    else if (!actions.penOn()) return;
    else if (key in COLOUR_KEYS) done(event, () => actions.colour(COLOUR_KEYS[key]));
    else if (key === 'z') done(event, actions.undo);
    else if (key === 'c') done(event, actions.clear);
  });
  document.addEventListener('keyup', (event) => {
    if (event.key.toLowerCase() === 'l') release();
  });
  // A key let go in another window (or while a menu had focus) never sends keyup here.
  addEventListener('blur', release);
}

function done(event: KeyboardEvent, action: () => void): void {
  event.preventDefault();
  action();
}
