/**
 * The ink's buttons, found by data attributes in the deck's bar or the presenter's (InkTools.astro): the pointer
 * and pen toggles (aria-pressed), and, while the pen is on, its colours, undo and clear. They are hidden until
 * this script runs, like the deck's other buttons, since without it they would do nothing.
 */
import type { Colour } from './model.ts';

export interface ToolActions {
  pointer(): void;
  pen(): void;
  colour(colour: Colour): void;
  undo(): void;
  clear(): void;
}

export interface Tools {
  show(state: { pointer: boolean; pen: boolean; colour: Colour }): void;
}

export function tools(actions: ToolActions): Tools {
  const roots = Array.from(document.querySelectorAll<HTMLElement>('[data-ink-tools]'));
  const all = (selector: string) => roots.flatMap((root) => Array.from(root.querySelectorAll<HTMLButtonElement>(selector)));
  for (const root of roots) root.hidden = false;
  for (const button of all('[data-ink-action]')) {
    const action = actions[button.dataset.inkAction as 'pointer' | 'pen' | 'undo' | 'clear'];
    button.addEventListener('click', () => action?.());
  }
  for (const button of all('[data-ink-colour]')) button.addEventListener('click', () => actions.colour(button.dataset.inkColour as Colour));
  return {
    show({ pointer, pen, colour }) {
      for (const b of all('[data-ink-action="pointer"]')) b.setAttribute('aria-pressed', String(pointer));
      for (const b of all('[data-ink-action="pen"]')) b.setAttribute('aria-pressed', String(pen));
      for (const b of all('[data-ink-colour]')) b.setAttribute('aria-pressed', String(b.dataset.inkColour === colour));
      for (const group of roots.flatMap((root) => Array.from(root.querySelectorAll<HTMLElement>('[data-ink-pen-tools]')))) group.hidden = !pen;
    },
  };
}
