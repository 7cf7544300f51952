import { FigureElement } from '../kit/browser/element.ts';
import { dragOnPlot } from '../kit/browser/pointer.ts';
import type { Model } from './model.ts';
import { clampToSliders, type spec } from './state.ts';

/** Pressing or dragging on the landscape moves the point there; keyboard readers use the sliders. */
export default class LossLandscapeElement extends FigureElement<typeof spec, Model> {
  protected override setup(): void {
    const plot = this.querySelector<HTMLElement>('[data-plot]');
    if (plot) dragOnPlot(plot, ({ x, y }) => this.update(clampToSliders(x, y)));
  }
}
