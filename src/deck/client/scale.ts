/**
 * The slide canvas has one design size (1600×900); it is scaled to fit whatever box holds it, so a slide looks
 * the same on a phone, a projector and in the presenter's small frame, and nothing ever scrolls.
 */
export const DESIGN = { width: 1600, height: 900 };

export function fitCanvas(box: HTMLElement, canvas: HTMLElement): void {
  const fit = () => {
    const scale = Math.min(box.clientWidth / DESIGN.width, box.clientHeight / DESIGN.height);
    if (scale > 0) canvas.style.setProperty('--scale', String(scale));
  };
  new ResizeObserver(fit).observe(box);
  fit();
}
