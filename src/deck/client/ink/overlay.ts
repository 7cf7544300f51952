/**
 * Draws the strokes: one SVG layer in each slide (viewBox = the 1600×900 canvas, above the slide's content), so
 * a slide carries its own drawings wherever it goes: shown on screen, scaled into the overview, and printed
 * with the slide. Every stroke of a slide is in its layer; those not shown at the place on screen carry
 * data-later, which ink.css hides on screen and print ignores (print shows every step, so every stroke).
 */
import type { Place } from '../position.ts';
import { shownAt, type Stroke } from './model.ts';
import { pathData } from './geometry.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface Overlay {
  /** The layer of a slide (1-based), where the pen listens. */
  layer(slide: number): SVGSVGElement | undefined;
  /** Makes the layers show exactly these strokes (finished and in progress), then filters for the place. */
  render(strokes: readonly Stroke[], place: Place): void;
  /** Shows the strokes of a place: the current slide's up to its step; another slide's as at its step 0. */
  show(place: Place): void;
}

export function overlay(slides: readonly HTMLElement[]): Overlay {
  const layers = slides.map((slide) => {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'ink-layer');
    svg.setAttribute('viewBox', '0 0 1600 900');
    // Drawings are the presenter's gestures over the slide, not content: assistive technology reads the slide.
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    slide.append(svg);
    return svg;
  });
  /** The path drawn for each stroke id, and how many coordinates it was drawn with (a grown stroke redraws). */
  const paths = new Map<string, { path: SVGPathElement; stroke: Stroke; drawn: number }>();

  const show = (place: Place) => {
    for (const { path, stroke } of paths.values()) {
      // A slide not shown is left as it opens (step 0): that is how the overview and the presenter's preview show it.
      const at = stroke.slide === place.slide ? place : { slide: stroke.slide, step: 0 };
      path.toggleAttribute('data-later', !shownAt(stroke, at));
    }
  };

  return {
    layer: (slide) => layers[slide - 1],
    show,
    render(strokes, place) {
      const keep = new Set<string>();
      for (const stroke of strokes) {
        const layer = layers[stroke.slide - 1];
        if (!layer) continue; // a slide the deck no longer has (the chapter was edited since)
        keep.add(stroke.id);
        let entry = paths.get(stroke.id);
        if (!entry) {
          const path = document.createElementNS(SVG, 'path');
          path.setAttribute('class', `ink-stroke ink-stroke--${stroke.colour}`);
          layer.append(path);
          entry = { path, stroke, drawn: 0 };
          paths.set(stroke.id, entry);
        }
        entry.stroke = stroke;
        if (entry.drawn !== stroke.points.length) {
          entry.path.setAttribute('d', pathData(stroke.points));
          entry.drawn = stroke.points.length;
        }
      }
      for (const [id, { path }] of paths) {
        if (keep.has(id)) continue;
        path.remove();
        paths.delete(id);
      }
      show(place);
    },
  };
}
