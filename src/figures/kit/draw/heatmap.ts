import type { MarkStyle, Overlay } from './layered.ts';
import { pngDataUrl } from '../speed/png.ts';

/**
 * A heat map redrawn every frame: `rgba` (width × height pixels, top row first) as one sharp-edged image over the
 * data rectangle [x0, x1] × [y0, y1]. One image costs the browser far less per frame than hundreds of cells as SVG
 * shapes. Its own module so the PNG encoder loads only with the figures that draw one.
 */
export function drawHeatmap(
  o: Overlay,
  width: number,
  height: number,
  rgba: Uint8Array,
  xExtent: readonly [number, number],
  yExtent: readonly [number, number],
  style: MarkStyle,
): void {
  o.image(pngDataUrl(width, height, rgba), xExtent, yExtent, style);
}
