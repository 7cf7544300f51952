/**
 * The pen's input: freehand strokes on the current slide's layer with a mouse, a stylus or a finger.
 * ink.css makes the current slide's layer take pointer events (and touch-action: none) only while the deck has
 * data-ink-pen, so with the pen off every click reaches the figures underneath, and with it on none does.
 */
import { MAX_POINTS, type Colour, type Stroke } from './model.ts';
import { MIN_STEP, toCanvas } from './geometry.ts';

export interface PenHost {
  canvas: HTMLElement;
  /** The slide and step on screen, which a new stroke belongs to. */
  place(): { slide: number; step: number };
  colour(): Colour;
  /** The stroke has new points (draw it here; tell the other windows, throttled). */
  grow(stroke: Stroke): void;
  /** The stroke is finished (keep it, store it, tell the other windows). */
  done(stroke: Stroke): void;
}

// A window's strokes are told apart from every other window's by a random prefix.
const prefix = Math.random().toString(36).slice(2, 8);
let count = 0;

export function pen(host: PenHost): void {
  const { canvas } = host;
  let stroke: Stroke | null = null;
  let pointerId = -1;

  const add = (event: PointerEvent) => {
    if (!stroke) return;
    const rect = canvas.getBoundingClientRect();
    // Coalesced events are the samples the browser merged into this one: a fast flourish keeps its shape.
    const samples = event.getCoalescedEvents?.() ?? [];
    let added = false;
    for (const sample of samples.length ? samples : [event]) {
      const { x, y } = toCanvas(rect, sample.clientX, sample.clientY);
      const { points } = stroke;
      const [lx, ly] = points.slice(-2);
      if (Math.hypot(x - lx, y - ly) < MIN_STEP || points.length >= MAX_POINTS) continue;
      points.push(x, y);
      added = true;
    }
    if (added) host.grow({ ...stroke, points: stroke.points.slice() });
  };

  const finish = (event: PointerEvent) => {
    if (!stroke || event.pointerId !== pointerId) return;
    if (event.type === 'pointerup') add(event);
    const finished = stroke;
    stroke = null;
    pointerId = -1;
    host.done({ ...finished, points: finished.points.slice() });
  };

  canvas.addEventListener('pointerdown', (event) => {
    const layer = (event.target as Element).closest?.('.ink-layer');
    // Only the layer of the slide shown takes the pen, and only while the pen is on (ink.css lets it be hit then).
    if (!layer || stroke || !canvas.closest('[data-ink-pen]') || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    layer.setPointerCapture(event.pointerId);
    pointerId = event.pointerId;
    const { slide, step } = host.place();
    const { x, y } = toCanvas(canvas.getBoundingClientRect(), event.clientX, event.clientY);
    stroke = { id: `${prefix}-${(count += 1)}`, slide, step, colour: host.colour(), points: [x, y] };
    host.grow({ ...stroke, points: stroke.points.slice() });
  });
  canvas.addEventListener('pointermove', (event) => {
    if (event.pointerId === pointerId) add(event);
  });
  canvas.addEventListener('pointerup', finish);
  canvas.addEventListener('pointercancel', finish);
  // A finger drawing a stroke must not also swipe to the next slide (swipe.ts listens for touches on the deck).
  for (const type of ['touchstart', 'touchend'] as const) {
    canvas.addEventListener(type, (event) => {
      if ((event.target as Element).closest?.('.ink-layer') && canvas.closest('[data-ink-pen]')) event.stopPropagation();
    }, { passive: true });
  }
}
