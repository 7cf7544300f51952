/**
 * The deck's drawings as data: strokes, each made at one place (slide and step). Pure functions only, so the
 * rules below are unit-tested without a browser (tests/unit/deck/ink-model.test.ts).
 *
 * Which strokes show where: a stroke made at slide s, step k annotates what was on screen then, so it shows at
 * step k and every later step of slide s, hides when the deck goes back before step k, and hides on every other
 * slide (going back to slide s shows it again). Print shows every stroke of a slide, as it shows every step.
 *
 * Coordinates are canvas units (the slide's 1600×900 design size), never window pixels, so a stroke drawn in
 * the presenter's small frame lands on the same spot of a projector's full-screen slide.
 */
import type { Place } from '../position.ts';

export const COLOURS = ['red', 'blue', 'green', 'ink'] as const;
export type Colour = (typeof COLOURS)[number];

export interface Stroke {
  /** Unique across windows (a window's random prefix and a counter), so undo and clear can name strokes. */
  id: string;
  slide: number;
  step: number;
  colour: Colour;
  /** Flat x, y pairs in canvas units: [x0, y0, x1, y1, …]. */
  points: number[];
}

/** Limits on what is read back or received: enough for any real drawing, small enough to never hang a window. */
export const MAX_STROKES = 2000;
export const MAX_POINTS = 4000 * 2;
/** How far outside the canvas a point may lie (a stroke may run off the slide's edge; nothing sane runs further). */
const MARGIN = 200;

export const shownAt = (stroke: Stroke, place: Place): boolean => stroke.slide === place.slide && stroke.step <= place.step;

/** The strokes to show at a place, in the order they were drawn. */
export const visibleAt = (strokes: readonly Stroke[], place: Place): Stroke[] => strokes.filter((s) => shownAt(s, place));

/** Adds a stroke, or replaces the stroke with its id (a stroke grows: each update carries all its points). */
export function upsert(strokes: readonly Stroke[], stroke: Stroke): Stroke[] {
  const at = strokes.findIndex((s) => s.id === stroke.id);
  if (at < 0) return [...strokes, stroke];
  const next = strokes.slice();
  next[at] = stroke;
  return next;
}

export const remove = (strokes: readonly Stroke[], id: string): Stroke[] => strokes.filter((s) => s.id !== id);

/**
 * What undo takes away at a place: the last stroke drawn among those on screen. Strokes hidden at this place
 * (later steps, other slides) are not touched, so undo never removes something the presenter cannot see.
 */
export const undoTarget = (strokes: readonly Stroke[], place: Place): Stroke | undefined => visibleAt(strokes, place).at(-1);

/** Clear removes every stroke of the slide, at every step (the button says "this slide's drawings"). */
export const clearSlide = (strokes: readonly Stroke[], slide: number): Stroke[] => strokes.filter((s) => s.slide !== slide);

/** Adds the strokes this list lacks (by id), keeping its own: how a window that opens late catches up. */
export function merge(strokes: readonly Stroke[], incoming: readonly Stroke[]): Stroke[] {
  const have = new Set(strokes.map((s) => s.id));
  return [...strokes, ...incoming.filter((s) => !have.has(s.id) && have.add(s.id))].slice(0, MAX_STROKES);
}

const integer = (value: unknown, min: number): value is number => Number.isInteger(value) && (value as number) >= min;
const coordinate = (value: unknown, size: number) => typeof value === 'number' && Number.isFinite(value) && value >= -MARGIN && value <= size + MARGIN;

/** Whether a value (read from storage or another window) is a stroke this code can draw. */
export function isStroke(value: unknown): value is Stroke {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const points = s.points;
  return (
    typeof s.id === 'string' && s.id.length > 0 && s.id.length <= 64 &&
    integer(s.slide, 1) && integer(s.step, 0) &&
    (COLOURS as readonly unknown[]).includes(s.colour) &&
    Array.isArray(points) && points.length >= 2 && points.length <= MAX_POINTS && points.length % 2 === 0 &&
    points.every((p, i) => coordinate(p, i % 2 === 0 ? 1600 : 900))
  );
}

/** Only the known fields: a stroke that passed isStroke with extra fields is stored without them. */
const clean = ({ id, slide, step, colour, points }: Stroke): Stroke => ({ id, slide, step, colour, points });

export const serialise = (strokes: readonly Stroke[]): string => JSON.stringify({ version: 1, strokes: strokes.map(clean) });

/**
 * Reads what serialise wrote. Anything else (no text, bad JSON, another shape or version) reads as no
 * drawings; a stroke that is not a stroke is dropped and the rest kept. Never throws.
 */
export function parse(text: string | null | undefined): Stroke[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null) return [];
  const { version, strokes } = data as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(strokes)) return [];
  return merge([], strokes.filter(isStroke).map(clean));
}
