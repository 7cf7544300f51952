/**
 * Fitting a drawing to a cell whose height is bounded (a slide's, plot-size.ts): after a drawing at some width,
 * measure it; if it is taller than the cell, ask for a drawing at the width whose height fits (a figure's height
 * grows with its width), a few times at most since text keeps its size and heights are not quite proportional.
 * Loaded only where a cell is bounded, so an essay page does not carry it.
 */
const MAX_FITS = 3;
const MIN_WIDTH = 280;

export class HeightFit {
  /** The width whose drawing fits; 0 until a drawing has been measured too tall. */
  width = 0;
  private fits = 0;
  private settled = false;
  /** The last drawing measured, to notice a narrower one that came out taller. */
  private tried: { width: number; height: number } | undefined;
  private readonly plot: HTMLElement;
  private readonly redraw: () => void;

  constructor(plot: HTMLElement, redraw: () => void) {
    this.plot = plot;
    this.redraw = redraw;
  }

  /** The cell changed size: start again from its full width. */
  reset(): void {
    this.width = 0;
    this.fits = 0;
    this.settled = false;
    this.tried = undefined;
  }

  /**
   * After a drawing at `width`: checks that it fits and asks for a narrower one if not. Once a drawing fits, later
   * ones (other states, same width) are not measured until the cell resizes: a drag draws every frame, and
   * measuring forces a layout.
   */
  drew(width: number): void {
    if (this.settled) return;
    this.plot.style.setProperty('--drawn-width', `${width}px`);
    const drawing = Array.from(this.plot.children).find((child) => !child.classList.contains('bl-ssr'));
    const drawn = drawing?.getBoundingClientRect().height ?? 0;
    const room = this.plot.getBoundingClientRect().height;
    if (drawn <= 0 || room <= 0) return;
    // A drawing with panels may stack them when narrow and grow taller: then the wider drawing was the best there is.
    const previous = this.tried;
    if (previous && drawn > previous.height) {
      this.width = previous.width;
      this.settled = true;
      this.redraw();
      return;
    }
    this.tried = { width, height: drawn };
    const narrower = Math.floor(width * (room / drawn) * 0.98);
    if (drawn <= room + 1 || this.fits >= MAX_FITS || narrower < MIN_WIDTH) {
      this.settled = true;
      return;
    }
    this.fits += 1;
    this.width = narrower;
    this.redraw();
  }
}
