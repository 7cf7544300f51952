/**
 * The presenter's notes panel: the current slide's notes. Notes written inside a <Step> belong to that step:
 * they appear once it is reached, the panel marks which step they came with, and the notes of the most recent
 * step reached (the slide's own notes, before any step) are the current ones: highlighted, marked
 * aria-current="step", and scrolled into view; the earlier ones stay, quieter, above them.
 */
import live from 'virtual:text/deck-live';
import type { DeckElement } from './deck-element.ts';

export function notes(deck: DeckElement, panel: HTMLElement): void {
  const update = () => {
    const { slide, step } = deck.place;
    const found = Array.from(deck.slideAt(slide).querySelectorAll<HTMLElement>('[data-notes]'), (note) => ({
      note,
      at: Number(note.closest<HTMLElement>('[data-step]')?.dataset.step ?? 0),
    }))
      .filter(({ at }) => at <= step)
      .sort((a, b) => a.at - b.at); // the slide's own notes first, then each step's in order (the sort is stable)
    const latest = Math.max(-1, ...found.map(({ at }) => at));
    const items = found.map(({ note, at }) => {
      const item = document.createElement('div');
      item.className = 'presenter-note';
      if (at > 0) item.dataset.step = `step ${at}`;
      if (at === latest) {
        item.classList.add('presenter-note--current');
        item.setAttribute('aria-current', 'step');
      } else item.classList.add('presenter-note--earlier');
      item.append(...Array.from(note.childNodes, (n) => n.cloneNode(true)));
      return item;
    });
    if (items.length === 0) {
      const none = document.createElement('p');
      none.className = 'presenter-note presenter-note--none';
      none.textContent = live.noNotes;
      items.push(none);
    }
    panel.replaceChildren(...items);
    // Only a slide with step notes has one to pick out: a highlight on a slide's only notes would say nothing.
    panel.toggleAttribute('data-stepped', found.some(({ at }) => at > 0));
    panel.querySelector('.presenter-note--current')?.scrollIntoView({ block: 'nearest' });
  };
  deck.addEventListener('bl-deck-change', update);
  update();
}
