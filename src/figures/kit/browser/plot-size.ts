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

/** The width to draw at, and what to do after a drawing. Closures, not a class: an essay page's bytes are counted. */
export interface PlotSize {
  /** Reads no layout (a drag draws every frame), except before the observer has reported. */
  readonly width: number;
  /** After a drawing at `width`: in a bounded cell, checks that it fits (plot-fit.ts). */
  drew(width: number): void;
}

/** Watches the plot's cell: redraws when its width changes a lot, or a bounded cell's height changes at all. */
export function watchPlotSize(plot: HTMLElement, redraw: () => void): PlotSize {
  let cellWidth = 0;
  let cellHeight = 0;
  let drawnAt = DEFAULT_WIDTH;
  let fit: HeightFit | undefined;
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => {
      const width = plot.clientWidth;
      const height = plot.clientHeight;
      if (width === 0) return;
      const bound = getComputedStyle(plot).getPropertyValue('--plot-fit').trim() === 'height';
      const resized = Math.abs(width - drawnAt) > REDRAW_STEP || (bound && Math.abs(height - cellHeight) > 2);
      cellWidth = width;
      cellHeight = height;
      if (bound && !fit) {
        void import('./plot-fit.ts').then(({ HeightFit }) => {
          fit = new HeightFit(plot, redraw);
          redraw();
        });
      }
      if (!resized) return;
      fit?.reset();
      drawnAt = width;
      redraw();
    }).observe(plot);
  }
  return {
    get width() {
      return Math.max(MIN_WIDTH, Math.round(fit?.width || cellWidth || plot.clientWidth || DEFAULT_WIDTH));
    },
    drew: (width) => fit?.drew(width),
  };
}
