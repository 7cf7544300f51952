/**
 * How wide a figure draws its plot. In the essay, the plot's cell is as wide as the column and as tall as the
 * drawing: draw at the cell's width. Where the page bounds the cell's height too (a slide sets
 * `--plot-fit: height` on it), a drawing at the cell's width may be taller than the cell; the figure is then drawn
 * again at the width whose height fits (a figure's height grows with its width), so its text keeps its design
 * size instead of the whole drawing being scaled down as a picture. The drawn width is written to
 * `--drawn-width` for the page's CSS to size the drawing's box by.
 */
import { DEFAULT_WIDTH } from '../contract/definition.ts';

/** A width change smaller than this is not worth a redraw (scrollbars, rounding). */
const REDRAW_STEP = 40;
/** Drawings fit a bounded cell in this many tries at most (text keeps its size, so heights are not quite proportional). */
const MAX_FITS = 3;
const MIN_WIDTH = 280;

export class PlotSize {
  /** The cell's width as last observed (0 until the observer reports). */
  private cellWidth = 0;
  private cellHeight = 0;
  private heightBound = false;
  /** The width whose drawing fits a bounded height; 0 when no fit is needed or known yet. */
  private fitted = 0;
  private fits = 0;
  private settled = false;
  /** The last drawing measured in this cell, to notice a narrower one that came out taller. */
  private tried: { width: number; height: number } | undefined;
  private drawnAt = DEFAULT_WIDTH;

  private readonly plot: HTMLElement;
  private readonly redraw: () => void;

  constructor(plot: HTMLElement, redraw: () => void) {
    this.plot = plot;
    this.redraw = redraw;
  }

  /** Redraws when the cell's width changes a lot, or its bounded height changes at all. */
  observe(): void {
    if (typeof ResizeObserver === 'undefined') return;
    new ResizeObserver(() => {
      const width = this.plot.clientWidth;
      const height = this.plot.clientHeight;
      if (width === 0) return;
      const bound = getComputedStyle(this.plot).getPropertyValue('--plot-fit').trim() === 'height';
      const resized = Math.abs(width - this.drawnAt) > REDRAW_STEP || (bound && Math.abs(height - this.cellHeight) > 2) || bound !== this.heightBound;
      this.cellWidth = width;
      this.cellHeight = height;
      this.heightBound = bound;
      if (!resized) return;
      this.fitted = 0;
      this.fits = 0;
      this.settled = false;
      this.tried = undefined;
      this.drawnAt = width;
      this.redraw();
    }).observe(this.plot);
  }

  /** The width to draw at now. Reads no layout (a drag draws every frame), except before the observer has reported. */
  get width(): number {
    const cell = this.cellWidth || this.plot.clientWidth || DEFAULT_WIDTH;
    return Math.max(MIN_WIDTH, Math.round(this.fitted || cell));
  }

  /**
   * After a drawing at `width`: in a bounded cell, checks that it fits and asks for a narrower drawing if not. Once
   * a drawing fits, later ones (other states, same width) are not measured until the cell resizes: a drag draws
   * every frame, and measuring forces a layout.
   */
  drew(width: number): void {
    if (!this.heightBound || this.settled) return;
    this.plot.style.setProperty('--drawn-width', `${width}px`);
    const drawing = Array.from(this.plot.children).find((child) => !child.classList.contains('bl-ssr'));
    const drawn = drawing?.getBoundingClientRect().height ?? 0;
    const room = this.plot.getBoundingClientRect().height;
    if (drawn <= 0 || room <= 0) return;
    // A drawing with panels may stack them when narrow and grow taller: then the wider drawing was the best there is.
    const previous = this.tried;
    if (previous && drawn > previous.height) {
      this.fitted = previous.width;
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
    this.fitted = narrower;
    this.redraw();
  }
}
