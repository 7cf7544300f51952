import { FigureElement } from '../kit/browser/element.ts';
import { dragOnPlot, pointToData } from '../kit/browser/pointer.ts';
import type { Model } from './model.ts';
import { spec } from './state.ts';

/** z follows the pointer: a press or drag anywhere on the plot, and a mouse simply hovering over it. */
export default class ActivationGalleryElement extends FigureElement<typeof spec, Model> {
  protected override setup(): void {
    const host = this.querySelector<HTMLElement>('[data-plot]');
    if (!host) return;
    const setZ = (x: number) => {
      const z = Math.round(x / spec.z.step) * spec.z.step;
      if (z !== this.state.z) this.update({ z });
    };
    dragOnPlot(host, (point) => setZ(point.x));
    let frame = 0;
    let last: { x: number; y: number } | undefined;
    host.addEventListener('pointerleave', () => (last = undefined));
    host.addEventListener('pointermove', (event) => {
      // Touch and pen move z only while pressed (dragOnPlot); a mouse reads values just by hovering.
      if (event.pointerType !== 'mouse' || event.buttons !== 0) return;
      const { clientX, clientY, target } = event;
      // Only a pointer that moves over the plot: arriving on it, or the page scrolling under a still mouse
      // (browsers send a move then, at the same spot), leaves the reader's z alone.
      const moved = last !== undefined && (last.x !== clientX || last.y !== clientY);
      last = { x: clientX, y: clientY };
      if (!moved || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const area = (target instanceof Element ? target.closest('[data-plot-area]') : null) ?? host.querySelector('[data-plot-area]');
        const point = area && pointToData(area, clientX, clientY);
        if (point?.inside) setZ(point.x);
      });
    });
  }
}
