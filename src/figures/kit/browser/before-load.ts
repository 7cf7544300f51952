/**
 * A figure's controls before its code has loaded.
 *
 * The build writes them `disabled`, which is what a reader without JavaScript should get: controls that could
 * not answer. With JavaScript the page's loader (`figures/lazy.ts`) makes them reachable at once: `disabled`
 * is swapped for `aria-disabled`, so Tab stops on them (and reaching one wakes the figure) while they still
 * say they are not ready. What the reader does to them meanwhile (a key on a slider, a click on a button) is
 * held, in order, and replayed by the element once it connects (`held-input.ts`), so no press is lost.
 *
 * This file is on every page before any figure code: keep it tiny.
 */

/** Every control the shell writes disabled. */
const CONTROLS = '[data-prop],[data-action],[data-scrub]';

/** The controls each figure's reader used before its code loaded, in order; gone once the element took them. */
export const heldInput = new WeakMap<HTMLElement, Element[]>();

/** Makes a figure's controls reachable before its code loads, and holds what the reader does to them. */
export function holdUntilLoaded(figure: HTMLElement): void {
  const held: Element[] = [];
  heldInput.set(figure, held);
  for (const control of figure.querySelectorAll<HTMLButtonElement>(CONTROLS)) {
    if (!control.disabled) continue;
    control.disabled = false;
    control.setAttribute('aria-disabled', 'true');
  }
  const hold = (event: Event) => {
    // A click on a button's icon targets the icon; a checkbox's click is also an input, held as that.
    const control = (event.target as Element).closest(event.type === 'click' ? 'button' : CONTROLS);
    if (control && heldInput.get(figure) === held) held.push(control);
  };
  figure.addEventListener('input', hold, true);
  figure.addEventListener('click', hold, true);
}
