/**
 * The laser pointer: a red dot that follows the mouse over the slide canvas while the pointer is on (the L key
 * held, or the button toggled), shown in this window and, over the channel, in every other window of the deck
 * at the same canvas position. The dot lives in the canvas (canvas units, so it scales with the slide); a
 * window shows two: its own reader's and the room's (another window's), so the two never fight over one dot.
 */
import { toCanvas } from './geometry.ts';
import { perFrame, type Post } from './channel.ts';

export interface Pointer {
  /** Turns this window's pointer on or off (the dot shows once the mouse is over the canvas). */
  set(active: boolean): void;
  /** Another window's dot moved to (x, y), or went away (null). */
  remote(x: number | null, y: number | null): void;
}

function dot(canvas: HTMLElement, who: 'local' | 'remote') {
  const el = document.createElement('div');
  el.className = 'ink-dot';
  el.dataset.inkDot = who;
  el.setAttribute('aria-hidden', 'true');
  el.hidden = true;
  canvas.append(el);
  return {
    place(x: number | null, y: number | null) {
      el.hidden = x === null || y === null;
      if (x !== null && y !== null) el.style.transform = `translate(${x}px, ${y}px)`;
    },
  };
}

export function pointer(canvas: HTMLElement, post: Post): Pointer {
  const own = dot(canvas, 'local');
  const room = dot(canvas, 'remote');
  let active = false;
  /** Where the mouse is over the canvas, in canvas units (null: not over it), tracked even while off, so the dot appears at once. */
  let at: { x: number; y: number } | null = null;
  let sent = false;
  const send = perFrame((p: { x: number; y: number } | null) => post({ type: 'pointer', x: p?.x ?? null, y: p?.y ?? null }));

  const update = () => {
    const shown = active && at ? at : null;
    own.place(shown?.x ?? null, shown?.y ?? null);
    canvas.toggleAttribute('data-ink-pointing', shown !== null);
    // Send a position while shown, and one "gone" when it stops; nothing while idle.
    if (shown || sent) send(shown);
    sent = shown !== null;
  };

  canvas.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'touch' && !active) return;
    at = toCanvas(canvas.getBoundingClientRect(), event.clientX, event.clientY);
    if (active) update();
  });
  canvas.addEventListener('pointerleave', () => {
    at = null;
    update();
  });
  // A window closing or hidden must not leave its dot frozen on the others' screens.
  addEventListener('pagehide', () => {
    active = false;
    update();
    send.flush();
  });

  return {
    set(on) {
      if (on === active) return;
      active = on;
      update();
    },
    remote: (x, y) => room.place(x, y),
  };
}
