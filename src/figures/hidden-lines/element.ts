import { defineFigure, FigureElement } from '../kit/figure-element.ts';
import { figure } from './figure.ts';
import type { Model } from './model.ts';
import { MAX_NEURONS, neuronKeys, type spec } from './state.ts';

/**
 * Shows only the sliders of the neurons the hidden layer has. The others keep their values (a link or the
 * URL may still set them) but would move nothing on screen, so they are taken out of the way.
 */
defineFigure(
  figure,
  class extends FigureElement<typeof spec, Model> {
    protected override syncControls(): void {
      super.syncControls();
      for (let i = 0; i < MAX_NEURONS; i++) {
        const active = i < this.state.neurons;
        for (const key of neuronKeys(i)) {
          const control = this.querySelector(`[data-prop="${key}"]`)?.closest<HTMLElement>('.bl-control');
          // The controls' grid display would override the hidden attribute, so hide them with the style too.
          if (control) {
            control.hidden = !active;
            control.style.display = active ? '' : 'none';
          }
        }
      }
    }
  },
);
