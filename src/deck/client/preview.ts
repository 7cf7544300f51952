/**
 * The presenter's "next" panel: a still copy of the next slide, and a line on what the next press does on this
 * slide if steps remain. The copy is inert and hidden from assistive technology, and its figures are plain
 * markup, not live elements: ids and custom-element tags are dropped, so nothing in it can be confused with
 * the live slide.
 */
import type { DeckElement } from './deck-element.ts';
import { reveal, stepsOf } from './steps.ts';

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
    plain.setAttribute('style', figure.getAttribute('style') ?? '');
    plain.append(...figure.childNodes);
    figure.replaceWith(plain);
  }
  return copy;
}

/** What the next step on this slide does, in a few words. */
function describeStep(step: HTMLElement): string {
  const text = step.textContent?.trim().replace(/\s+/g, ' ');
  if (text) return text.length > 90 ? `${text.slice(0, 88)}…` : text;
  const state = Object.entries(JSON.parse(step.dataset.state ?? '{}')).map(([k, v]) => `${k} ${v}`).join(', ');
  return `sets the figure: ${state}`;
}

export function preview(deck: DeckElement, panel: HTMLElement): void {
  const canvas = panel.querySelector<HTMLElement>('[data-next-canvas]')!;
  const label = panel.querySelector<HTMLElement>('[data-next-label]')!;
  const then = panel.querySelector<HTMLElement>('[data-next-then]')!;
  let shown = 0;
  const update = () => {
    const { slide, step } = deck.place;
    const steps = stepsOf(deck.slideAt(slide));
    then.textContent = step < steps.length ? `Next press, step ${step + 1} of ${steps.length}: ${describeStep(steps[step])}` : '';
    const next = slide < deck.total ? slide + 1 : null;
    label.textContent = next ? `Next slide: ${next}. ${deck.slideAt(next).dataset.title}` : 'Next: end of the deck';
    if (next === shown) return;
    shown = next ?? 0;
    canvas.replaceChildren(...(next ? [still(deck.slideAt(next))] : []));
  };
  deck.addEventListener('bl-deck-change', update);
  update();
}
