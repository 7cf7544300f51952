/**
 * A figure's controls before its code has loaded.
 *
 * The build writes them `disabled`, which is what a reader without JavaScript should get: controls that could
 * not answer. With JavaScript the page's loader (`figures/lazy.ts`) makes them reachable at once: `disabled`
 * is swapped for `aria-disabled`, so Tab stops on them (and reaching one wakes the figure) while they still
 * say they are not ready. What the reader does to them meanwhile (a key on a slider, a click on a button) is
 * held here, in order, and the element replays it once it has connected, so no press is lost.
 *
 * This file is on every page before any figure code: keep it tiny.
 */

/** Every control the shell writes disabled. */
const CONTROLS = '[data-prop],[data-action],[data-scrub]';

type Held = { control: HTMLInputElement | HTMLSelectElement; value: string; checked: boolean } | { button: HTMLButtonElement };

const holding = new WeakMap<HTMLElement, { held: Held[]; stop: () => void }>();

/** Makes a figure's controls reachable before its code loads, and holds what the reader does to them. */
export function holdUntilLoaded(figure: HTMLElement): void {
  if (holding.has(figure)) return;
  for (const control of figure.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(CONTROLS)) {
    if (!control.disabled) continue;
    control.setAttribute('aria-disabled', 'true');
    control.disabled = false;
  }
  const held: Held[] = [];
  const onInput = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    if (control.matches?.('input[data-prop],select[data-prop]')) held.push({ control, value: control.value, checked: 'checked' in control && control.checked });
  };
  const onClick = (event: Event) => {
    const button = (event.target as Element).closest?.('button');
    if (button?.matches(CONTROLS)) held.push({ button });
  };
  figure.addEventListener('input', onInput, true);
  figure.addEventListener('click', onClick, true);
  holding.set(figure, {
    held,
    stop: () => {
      figure.removeEventListener('input', onInput, true);
      figure.removeEventListener('click', onClick, true);
    },
  });
}

/**
 * Stops holding and returns a function that replays what was held. Take it before the element writes its state
 * into the controls (which would overwrite what the reader moved); replay once the controls answer.
 */
export function takeHeldInput(figure: HTMLElement): () => void {
  const entry = holding.get(figure);
  holding.delete(figure);
  entry?.stop();
  const held = entry?.held ?? [];
  return () => {
    for (const item of held) {
      if ('button' in item) {
        item.button.click();
        continue;
      }
      const { control, value, checked } = item;
      if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = checked;
      else control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
}

/** A control the element now answers. */
export function enable(control: HTMLInputElement | HTMLSelectElement | HTMLButtonElement): void {
  control.disabled = false;
  control.removeAttribute('aria-disabled');
}
