import { defineFigure, FigureElement } from '../kit/figure-element.ts';
import { dragOnPlot } from '../kit/pointer.ts';
import type { Model } from './model.ts';
import { figure } from './figure.ts';
import { clampToSliders, type spec } from './state.ts';

/** Pressing or dragging on the landscape moves the point there; keyboard readers use the sliders. */
defineFigure(
  figure,
  class extends FigureElement<typeof spec, Model> {
    protected override setup(): void {
      const plot = this.querySelector<HTMLElement>('[data-plot]');
      if (plot) dragOnPlot(plot, ({ x, y }) => this.update(clampToSliders(x, y)));
    }
  },
);
