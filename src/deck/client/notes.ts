/**
 * The presenter's notes panel: the current slide's notes. Notes written inside a <Step> belong to that step:
 * they appear once it is reached, and the panel marks which step they came with.
 */
import type { DeckElement } from './deck-element.ts';

export function notes(deck: DeckElement, panel: HTMLElement): void {
  const update = () => {
    const { slide, step } = deck.place;
    const items = Array.from(deck.slideAt(slide).querySelectorAll<HTMLElement>('[data-notes]')).flatMap((note) => {
      const at = Number(note.closest<HTMLElement>('[data-step]')?.dataset.step ?? 0);
      if (at > step) return [];
      const item = document.createElement('div');
      item.className = 'presenter-note';
      if (at > 0) item.dataset.step = `step ${at}`;
      item.append(...Array.from(note.childNodes, (n) => n.cloneNode(true)));
      return [item];
    });
    if (items.length === 0) {
      const none = document.createElement('p');
      none.className = 'presenter-note presenter-note--none';
      none.textContent = 'No notes for this slide.';
      items.push(none);
    }
    panel.replaceChildren(...items);
  };
  deck.addEventListener('bl-deck-change', update);
  update();
}
