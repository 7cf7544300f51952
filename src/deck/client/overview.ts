/**
 * The overview: every slide at once, as a grid of thumbnails (the real slides, scaled down in place by
 * deck.css), with a layer of buttons over them, one per slide. Arrow keys move between buttons; Enter or a
 * click goes to that slide. The slides stay inert meanwhile: the buttons are the only thing to operate.
 */
import live from 'virtual:text/deck-live';
import { fill } from '../../text/fill.ts';
import type { DeckElement } from './deck-element.ts';

export interface Overview {
  readonly open: boolean;
  toggle(): void;
  close(): void;
}

export function overview(deck: DeckElement): Overview {
  const canvas = deck.querySelector<HTMLElement>('[data-deck-canvas]')!;
  const cols = Math.max(1, Math.ceil(Math.sqrt(deck.total)));
  deck.style.setProperty('--cols', String(cols));
  const nav = document.createElement('nav');
  nav.className = 'deck-overview';
  nav.setAttribute('aria-label', live.allSlides);
  const list = document.createElement('ol');
  const buttons = deck.slides.map((slide, i) => {
    const position = `--col: ${i % cols}; --row: ${Math.floor(i / cols)}`;
    slide.setAttribute('style', position);
    const item = document.createElement('li');
    item.setAttribute('style', position);
    const button = document.createElement('button');
    button.type = 'button';
    // The thumbnail shows the title; the button shows the number and says both.
    button.textContent = String(i + 1);
    button.setAttribute('aria-label', fill(live.slideN, { n: i + 1, title: slide.dataset.title ?? '' }));
    button.addEventListener('click', () => {
      close();
      deck.go({ slide: i + 1, step: 0 }, 'local');
    });
    item.append(button);
    list.append(item);
    return button;
  });
  nav.append(list);
  nav.hidden = true;
  canvas.append(nav);

  nav.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: cols, ArrowUp: -cols }[event.key];
    if (at < 0 || move === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    buttons[Math.min(buttons.length - 1, Math.max(0, at + move))].focus();
  });

  let isOpen = false;
  function close(): void {
    if (!isOpen) return;
    isOpen = false;
    nav.hidden = true;
    delete deck.dataset.overview;
    // Back to the one-slide view: only the current slide is live again.
    const current = deck.slideAt(deck.place.slide);
    for (const slide of deck.slides) {
      slide.inert = slide !== current;
      slide.setAttribute('aria-hidden', String(slide !== current));
    }
    deck.focus();
  }
  function show(): void {
    isOpen = true;
    deck.dataset.overview = '';
    for (const slide of deck.slides) {
      slide.inert = true;
      slide.setAttribute('aria-hidden', 'true');
    }
    buttons.forEach((b, i) => (i === deck.place.slide - 1 ? b.setAttribute('aria-current', 'true') : b.removeAttribute('aria-current')));
    nav.hidden = false;
    buttons[deck.place.slide - 1].focus();
  }
  return {
    get open() {
      return isOpen;
    },
    toggle: () => (isOpen ? close() : show()),
    close,
  };
}
