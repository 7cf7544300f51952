/**
 * <bl-deck>: the slides of one chapter, one shown at a time. It owns the place (slide and step), keeps the URL
 * hash naming it, makes every other slide inert and hidden from assistive technology, announces the new
 * slide's title politely, and tells the rest of the page (counter, presenter panels, sync) with a
 * `bl-deck-change` event. Keys, overview, swipe and sync live in their own files and only call go().
 */
import live from 'virtual:text/deck-live';
import { fill } from '../../text/fill.ts';
import { formatHash, parseHash, type Place } from './position.ts';
import { applyFigureSteps, reveal, stepsOf } from './steps.ts';
import { wakeFigures } from '../../figures/remote-state.ts';
import { watchHands } from './hand.ts';
import { fitCanvas } from './scale.ts';
import { fitAll } from './fit.ts';

/** Who moved the deck: this window's reader, another window (sync), or the page opening. */
export type Source = 'local' | 'remote' | 'load';

export interface DeckChange extends Place {
  previous: Place | null;
  source: Source;
}

export class DeckElement extends HTMLElement {
  slides: HTMLElement[] = [];
  place: Place = { slide: 1, step: 0 };
  /** Whether the URL named a place when the page opened (a window opened bare follows the others instead). */
  openedAtHash = false;
  private started = false;

  /** The presenter window's deck, as opposed to an audience window's. */
  get isPresenter(): boolean {
    return this.dataset.role === 'presenter';
  }

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    this.slides = Array.from(this.querySelectorAll<HTMLElement>('[data-slide]'));
    fitCanvas(this.querySelector('[data-deck-stage]')!, this.querySelector('[data-deck-canvas]')!);
    fitAll(this.slides);
    addEventListener('hashchange', () => {
      const place = parseHash(location.hash);
      if (place) this.go(place, 'local');
      // A hash that names no place (#/abc, typed while the deck is open) gives way to the place shown.
      else history.replaceState(history.state, '', formatHash(this.place));
    });
    // An exercise's "Show the answer" goes to the step that reveals it (the audience windows follow, as for →).
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-reveal-step]');
      if (button) this.go({ slide: this.place.slide, step: Number(button.dataset.revealStep) }, 'local');
    });
    const opened = parseHash(location.hash);
    this.openedAtHash = opened !== null;
    watchHands(this, opened ?? { slide: 1, step: 0 });
    this.go(opened ?? { slide: 1, step: 0 }, 'load');
    this.dataset.ready = '';
  }

  get total(): number {
    return this.slides.length;
  }

  slideAt(n: number): HTMLElement {
    return this.slides[n - 1];
  }

  stepCount(n: number): number {
    return stepsOf(this.slideAt(n)).length;
  }

  /** Moves to a place (clamped to the deck). Returns false if that is where we already are. */
  go(target: Place, source: Source): boolean {
    const slide = Math.min(Math.max(1, Math.round(target.slide) || 1), this.total);
    const step = Math.min(Math.max(0, Math.round(target.step) || 0), this.stepCount(slide));
    const previous = source === 'load' ? null : this.place;
    if (previous && previous.slide === slide && previous.step === step) return false;
    this.place = { slide, step };
    const current = this.slideAt(slide);
    this.slides.forEach((el, i) => {
      const active = i === slide - 1;
      el.toggleAttribute('data-current', active);
      el.inert = !active;
      el.setAttribute('aria-hidden', String(!active));
    });
    reveal(current, step);
    applyFigureSteps(current, previous?.slide === slide ? previous.step : null, step);
    // The figures of the slide shown load at once, the one a deck opens on included: the presenter's first scrub
    // must answer. (An essay page waits for a touch, to open on 15 KB; a deck is opened to be presented.)
    wakeFigures(current);
    if (location.hash !== formatHash(this.place)) history.replaceState(history.state, '', formatHash(this.place));
    if (!previous || previous.slide !== slide) this.announce(fill(live.slideOf, { slide, total: this.total, title: current.dataset.title ?? '' }));
    this.dispatchEvent(new CustomEvent<DeckChange>('bl-deck-change', { bubbles: true, detail: { slide, step, previous, source } }));
    return true;
  }

  next(): void {
    const { slide, step } = this.place;
    if (step < this.stepCount(slide)) this.go({ slide, step: step + 1 }, 'local');
    else if (slide < this.total) this.go({ slide: slide + 1, step: 0 }, 'local');
  }

  previous(): void {
    const { slide, step } = this.place;
    // Back into the previous slide lands on its last step: the slide as the audience last saw it.
    if (step > 0) this.go({ slide, step: step - 1 }, 'local');
    else if (slide > 1) this.go({ slide: slide - 1, step: this.stepCount(slide - 1) }, 'local');
  }

  private announce(text: string): void {
    const live = this.querySelector('[data-deck-live]');
    if (live) live.textContent = text;
  }
}

if (!customElements.get('bl-deck')) customElements.define('bl-deck', DeckElement);
