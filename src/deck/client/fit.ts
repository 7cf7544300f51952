/**
 * Keeps everything on a slide inside it. Figures lay out at their natural size (deck.css zooms them up for the
 * room); if the slide's content then runs past the bottom, its figures are scaled down as pictures (a
 * transform, which keeps their layout width, so they do not redraw and re-fit in a loop), and a negative
 * bottom margin gives the freed space back to whatever follows them. Sizes are read from client rects and
 * only compared with each other, so the canvas's own scale and the figures' zoom do not matter.
 */
const bottom = (el: Element) => el.getBoundingClientRect().bottom;

export function fitFigures(slide: HTMLElement): void {
  const body = slide.querySelector<HTMLElement>('.slide__body');
  const figures = body ? Array.from(body.querySelectorAll<HTMLElement>('.bl-figure')) : [];
  if (!body || figures.length === 0) return;
  for (const figure of figures) {
    figure.style.removeProperty('--fit');
    figure.style.removeProperty('margin-bottom');
  }
  const contentBottom = () => Math.max(...Array.from(body.children, bottom));
  const overflow = contentBottom() - bottom(body);
  if (overflow <= 0) return;
  const heights = figures.map((f) => f.getBoundingClientRect().height);
  const total = heights.reduce((a, b) => a + b, 0);
  if (total <= 0) return;
  const fit = Math.max(0.3, (total - overflow) / total);
  figures.forEach((figure, i) => {
    figure.style.setProperty('--fit', String(fit));
    // Pull what follows the figure up into the space the scaling freed. The margin is in the figure's own
    // (zoomed) pixels, so measure how far one of them moves the next visible element.
    let next = figure.nextElementSibling;
    while (next && next.getBoundingClientRect().height === 0) next = next.nextElementSibling;
    if (!next) return;
    const before = next.getBoundingClientRect().top;
    figure.style.marginBottom = '-100px';
    const perPixel = (before - next.getBoundingClientRect().top) / 100;
    figure.style.marginBottom = perPixel > 0 ? `${(-(1 - fit) * heights[i]) / perPixel}px` : '';
  });
}

/** Fits every slide now, again when fonts arrive and around printing, and a slide whenever one of its figures redraws. */
export function fitAll(slides: HTMLElement[]): void {
  const all = () => slides.forEach(fitFigures);
  all();
  void document.fonts?.ready.then(all);
  addEventListener('beforeprint', all);
  addEventListener('afterprint', all);
  for (const slide of slides) {
    let frame = 0;
    slide.addEventListener('bl-figure-change', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fitFigures(slide));
    });
  }
}
