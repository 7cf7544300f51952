import live from 'virtual:text/figure-live';
import { fill } from '../../../text/fill.ts';
import type { Spec } from '../contract/spec.ts';
import { fmt } from '../draw/format.ts';
import { enable } from './held-input.ts';

/** What the figure does when the reader uses its controls. */
export interface ControlActions {
  /** The figure's current value of a prop. */
  current(key: string): unknown;
  /** The reader set some props (already strings, numbers or booleans as the control gives them). */
  change(partial: Record<string, unknown>): void;
  reset(): void;
  copyLink(): void;
  /** The Share button was pressed: open or close its menu. */
  share(button: HTMLButtonElement): void;
  /** Any other action button (the data tools: paste-data, download-data, reset-data). */
  other?(action: string): void;
}

type Input = HTMLInputElement | HTMLSelectElement;

/**
 * The shell's native controls (found by `data-prop`, `data-action`), wired to a figure, and the state written
 * back into them. Found once: the shell's markup never changes after the element connects, and `sync` runs on
 * every input event of a drag.
 */
export class Controls {
  private readonly boxes: { prop: string; box: HTMLElement | null }[];
  private readonly buttons: HTMLButtonElement[];
  private readonly inputs: { input: Input; output: Element | null }[];
  private readonly spec: Spec;

  constructor(root: HTMLElement, spec: Spec, actions: ControlActions) {
    this.spec = spec;
    this.boxes = Array.from(root.querySelectorAll<HTMLElement>('[data-prop]'), (control) => ({ prop: control.dataset.prop!, box: control.closest<HTMLElement>('.bl-control') }));
    this.buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('button[data-prop]'));
    this.inputs = Array.from(root.querySelectorAll<Input>('input[data-prop], select[data-prop]'), (input) => ({ input, output: root.querySelector(`[data-output="${input.dataset.prop}"]`) }));
    // A reseed button steps its number, wrapping at the end.
    for (const button of this.buttons) {
      const key = button.dataset.prop!;
      const prop = spec[key];
      if (!prop || prop.kind !== 'number') continue;
      enable(button);
      button.addEventListener('click', () => {
        const current = actions.current(key) as number;
        actions.change({ [key]: current + prop.step > prop.max ? prop.min : current + prop.step });
      });
    }
    for (const { input } of this.inputs) {
      const key = input.dataset.prop!;
      if (!spec[key]) continue;
      enable(input);
      input.addEventListener('input', () => {
        actions.change({ [key]: input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value });
      });
    }
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      enable(button);
      button.addEventListener('click', () => {
        if (button.dataset.action === 'reset') actions.reset();
        else if (button.dataset.action === 'copy-link') actions.copyLink();
        else if (button.dataset.action === 'share') actions.share(button);
        else actions.other?.(button.dataset.action!);
      });
    }
  }

  /** Puts the state into the controls and their readouts; hides the controls of inactive props. */
  sync(state: Record<string, unknown>, inactive: readonly string[]): void {
    const hiddenProps = new Set(inactive);
    for (const { prop, box } of this.boxes) {
      const hidden = hiddenProps.has(prop);
      if (box && box.hidden !== hidden) box.hidden = hidden;
    }
    for (const button of this.buttons) button.value = String(state[button.dataset.prop!]);
    for (const { input, output } of this.inputs) {
      const key = input.dataset.prop!;
      const prop = this.spec[key];
      const value = state[key];
      if (!prop) continue;
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === true;
      else if (input.value !== String(value)) input.value = String(value);
      if (prop.kind === 'number') {
        const text = fmt(value as number, Number(input.dataset.digits ?? 2));
        const withUnit = `${text}${prop.unit ? ` ${prop.unit}` : ''}`;
        const valueText = prop.control === 'scrubber' ? fill(live.scrubberOf, { label: prop.label, value: withUnit, max: fmt(prop.max, 0) }) : `${prop.label} ${withUnit}`;
        // Written only when it changes: this runs on every input event of a drag.
        if (input.getAttribute('aria-valuetext') !== valueText) input.setAttribute('aria-valuetext', valueText);
        if (output && output.textContent !== text) output.textContent = text;
      }
    }
  }
}
