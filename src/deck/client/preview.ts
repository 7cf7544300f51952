/**
 * The presenter's "next" panel: a still copy of the next slide as it will look on arrival, and a line on what the
 * next press does on this slide if steps remain. The next slide's figures wake in the live deck and take the state
 * they will arrive in (steps.ts), so the copy shows real drawings; it is taken again whenever one of them draws.
 * The copy is inert and hidden from assistive technology, and its figures are plain markup, not live elements:
 * ids and custom-element tags are dropped, so nothing in it can be confused with the live slide. A copied figure
 * that had drawn live is marked `data-live`.
 */
import live from 'virtual:text/deck-live';
import { fill } from '../../text/fill.ts';
import type { DeckElement } from './deck-element.ts';
import { figureSteps, impliedState, reveal, stepsOf } from './steps.ts';
import { setFigureState, wakeFigures } from '../../figures/remote-state.ts';

function still(slide: HTMLElement): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  reveal(copy, 0);
  copy.removeAttribute('style');
  copy.setAttribute('data-current', '');
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of ['id', 'aria-labelledby', 'aria-describedby', 'for', 'inert', 'aria-hidden', 'data-slide', 'data-step']) el.removeAttribute(name);
  }
  for (const figure of copy.querySelectorAll<HTMLElement>('[data-bl-figure]')) {
    const plain = document.createElement('div');
    plain.className = figure.className;
    if (figure.hasAttribute('data-ready')) plain.dataset.live = '';
    plain.setAttribute('style', figure.getAttribute('style') ?? '');
    plain.append(...figure.childNodes);
    figure.replaceWith(plain);
  }
  return copy;
}

/**
 * Wakes the figures of slide `n` and gives each the state it will arrive in, so the preview can show them drawn.
 * Not a figure with a link partner on the slide shown: the partner would follow it, in front of the room.
 */
function prepare(deck: DeckElement, n: number): void {
  const slide = deck.slideAt(n);
  wakeFigures(slide);
  const current = deck.slideAt(deck.place.slide);
  const shownLinks = new Set(Array.from(current.querySelectorAll<HTMLElement>('[data-bl-figure][data-link]'), (f) => f.dataset.link));
  const steps = figureSteps(slide);
  for (const figure of slide.querySelectorAll<HTMLElement>('[data-bl-figure]')) {
    if (figure.dataset.link && shownLinks.has(figure.dataset.link)) continue;
    void setFigureState(figure.id, impliedState(figure, n, steps, 0));
  }
}

/** What the next step on this slide does, in a few words (the step's speaker notes are not what it shows). */
function describeStep(step: HTMLElement): string {
  const shown = step.cloneNode(true) as HTMLElement;
  for (const note of shown.querySelectorAll('[data-notes]')) note.remove();
  const text = shown.textContent?.trim().replace(/\s+/g, ' ');
  if (text) return text.length > 90 ? `${text.slice(0, 88)}…` : text;
  const state = Object.entries(JSON.parse(step.dataset.state ?? '{}')).map(([k, v]) => `${k} ${v}`).join(', ');
  return fill(live.setsFigure, { state });
}

export function preview(deck: DeckElement, panel: HTMLElement): void {
  const canvas = panel.querySelector<HTMLElement>('[data-next-canvas]')!;
  const label = panel.querySelector<HTMLElement>('[data-next-label]')!;
  const then = panel.querySelector<HTMLElement>('[data-next-then]')!;
  let shown = 0;
  const copy = () => canvas.replaceChildren(...(shown ? [still(deck.slideAt(shown))] : []));
  // Whenever a figure of the next slide draws (its first live drawing, the state it will arrive in), copy again.
  let frame = 0;
  deck.addEventListener('bl-figure-change', (event) => {
    if (!shown || !deck.slideAt(shown).contains(event.target as Node)) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(copy);
  });
  const update = () => {
    const { slide, step } = deck.place;
    const steps = stepsOf(deck.slideAt(slide));
    then.textContent = step < steps.length ? fill(live.nextPress, { step: step + 1, steps: steps.length, what: describeStep(steps[step]) }) : '';
    const next = slide < deck.total ? slide + 1 : null;
    label.textContent = next ? fill(live.nextSlide, { n: next, title: deck.slideAt(next).dataset.title ?? '' }) : live.endOfDeck;
    // Every move: a step here may have moved a partner of the next slide's figure (setting its own state is a no-op).
    if (next) prepare(deck, next);
    if (next === shown) return;
    shown = next ?? 0;
    copy();
  };
  deck.addEventListener('bl-deck-change', update);
  update();
}
