import { heldInput } from './before-load.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLButtonElement;

/**
 * Takes what the reader did to the figure's controls before its code loaded (see before-load.ts) and returns a
 * function that does it again. Take it before the element writes its state into the controls, which would
 * overwrite what the reader moved; replay once the controls answer.
 */
export function takeHeldInput(figure: HTMLElement): () => void {
  const held = (heldInput.get(figure) ?? []) as Control[];
  heldInput.delete(figure);
  // The values the reader left, read now: the element is about to write its own state over them.
  const isCheckbox = (control: Control) => control instanceof HTMLInputElement && control.type === 'checkbox';
  const values = held.map((control) => (isCheckbox(control) ? (control as HTMLInputElement).checked : control.value));
  return () =>
    held.forEach((control, i) => {
      if (control instanceof HTMLButtonElement) return control.click();
      if (isCheckbox(control)) (control as HTMLInputElement).checked = values[i] as boolean;
      else control.value = values[i] as string;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    });
}

/** A control the element now answers. */
export function enable(control: Control): void {
  control.disabled = false;
  control.removeAttribute('aria-disabled');
}
