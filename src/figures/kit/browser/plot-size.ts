/**
 * How wide a figure draws its plot. In the essay, the plot's cell is as wide as the column and as tall as the
 * drawing: draw at the cell's width. Where the page bounds the cell's height too (a slide sets
 * `--plot-fit: height` on it), a drawing at the cell's width may be taller than the cell; plot-fit.ts (loaded
 * then) has it drawn again at the width whose height fits, so its text keeps its design size instead of the whole
 * drawing being scaled down as a picture, and writes the drawn width to `--drawn-width` for the page's CSS.
 */
import { DEFAULT_WIDTH } from '../contract/definition.ts';
import type { HeightFit } from './plot-fit.ts';

/** A width change smaller than this is not worth a redraw (scrollbars, rounding). */
const REDRAW_STEP = 40;
const MIN_WIDTH = 280;

export class PlotSize {
  /** The cell's size as last observed (0 until the observer reports). */
  private cellWidth = 0;
  private cellHeight = 0;
  private drawnAt = DEFAULT_WIDTH;
  private fit: HeightFit | undefined;
  private readonly plot: HTMLElement;
  private readonly redraw: () => void;

  constructor(plot: HTMLElement, redraw: () => void) {
    this.plot = plot;
    this.redraw = redraw;
  }

  /** Redraws when the cell's width changes a lot, or a bounded cell's height changes at all. */
  observe(): void {
    if (typeof ResizeObserver === 'undefined') return;
    new ResizeObserver(() => {
      const width = this.plot.clientWidth;
      const height = this.plot.clientHeight;
      if (width === 0) return;
      const bound = getComputedStyle(this.plot).getPropertyValue('--plot-fit').trim() === 'height';
      const resized = Math.abs(width - this.drawnAt) > REDRAW_STEP || (bound && Math.abs(height - this.cellHeight) > 2);
      this.cellWidth = width;
      this.cellHeight = height;
      if (bound && !this.fit) {
        void import('./plot-fit.ts').then(({ HeightFit }) => {
          this.fit = new HeightFit(this.plot, this.redraw);
          this.redraw();
        });
      }
      if (!resized) return;
      this.fit?.reset();
      this.drawnAt = width;
      this.redraw();
    }).observe(this.plot);
  }

  /** The width to draw at now. Reads no layout (a drag draws every frame), except before the observer has reported. */
  get width(): number {
    const cell = this.cellWidth || this.plot.clientWidth || DEFAULT_WIDTH;
    return Math.max(MIN_WIDTH, Math.round(this.fit?.width || cell));
  }

  /** After a drawing at `width`: in a bounded cell, checks that it fits (plot-fit.ts). */
  drew(width: number): void {
    this.fit?.drew(width);
  }
}
