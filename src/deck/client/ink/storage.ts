/**
 * Drawings kept per deck in localStorage (`bl-ink:<slug>`) until cleared, so a reload, or a window opened later,
 * shows them. Storage may be missing (blocked, sandboxed) or full: then drawings live in memory only, and say
 * nothing about it (the room keeps drawing; the other windows still get every stroke over the channel).
 */
import { parse, serialise, type Stroke } from './model.ts';

const key = (slug: string) => `bl-ink:${slug}`;

export function load(slug: string): Stroke[] {
  try {
    return parse(localStorage.getItem(key(slug)));
  } catch {
    return [];
  }
}

export function save(slug: string, strokes: readonly Stroke[]): void {
  try {
    if (strokes.length === 0) localStorage.removeItem(key(slug));
    else localStorage.setItem(key(slug), serialise(strokes));
  } catch {
    /* unavailable or over quota: keep the drawings in memory */
  }
}
