/**
 * The ink's own messages between the windows of one deck, on its own BroadcastChannel of the deck's name
 * (`bl-deck:<slug>`, opened by boot.ts): a channel object delivers to every other object of that name, so
 * sync.ts's messages and these travel side by side, and each side ignores the other's types.
 *
 *   { type: 'pointer', x, y }        the laser dot is at (x, y) canvas units; x null: it is gone
 *   { type: 'ink-grow', stroke }     a stroke being drawn, all its points so far (at most once a frame)
 *   { type: 'ink-done', stroke }     the stroke is finished: keep it
 *   { type: 'ink-remove', id }       undo took this stroke away
 *   { type: 'ink-clear', slide }     every stroke of this slide is gone
 *   { type: 'ink-hello' }            a window opened; the others answer with 'ink-all'
 *   { type: 'ink-all', strokes }     every finished stroke (for a window whose storage is not shared or blocked)
 */
import { isStroke, type Stroke } from './model.ts';

export type InkMessage =
  | { type: 'pointer'; x: number | null; y: number | null }
  | { type: 'ink-grow' | 'ink-done'; stroke: Stroke }
  | { type: 'ink-remove'; id: string }
  | { type: 'ink-clear'; slide: number }
  | { type: 'ink-hello' }
  | { type: 'ink-all'; strokes: Stroke[] };

export type Post = (message: InkMessage) => void;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Whether a message is one of ours and well formed (the deck's own messages share the channel). */
export function isInkMessage(m: unknown): m is InkMessage {
  if (typeof m !== 'object' || m === null) return false;
  const message = m as Record<string, unknown>;
  switch (message.type) {
    case 'pointer':
      return message.x === null || (finite(message.x) && finite(message.y));
    case 'ink-grow':
    case 'ink-done':
      return isStroke(message.stroke);
    case 'ink-remove':
      return typeof message.id === 'string';
    case 'ink-clear':
      return Number.isInteger(message.slide);
    case 'ink-hello':
      return true;
    case 'ink-all':
      return Array.isArray(message.strokes);
    default:
      return false;
  }
}

/** Listens on the deck's channel (boot.ts opened it); without BroadcastChannel the window draws for itself. */
export function connect(channel: BroadcastChannel | null, receive: (message: InkMessage) => void): Post {
  if (!channel) return () => {};
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isInkMessage(event.data)) receive(event.data);
  });
  return (message) => channel.postMessage(message);
}

/**
 * Calls `send` with the latest value at most once an animation frame: a pointer reports far more often than a
 * screen redraws, and the other windows only need what they can show.
 */
export function perFrame<T>(send: (value: T) => void): { (value: T): void; flush(): void } {
  let latest: { value: T } | null = null;
  let frame = 0;
  const flush = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (latest) send(latest.value);
    latest = null;
  };
  const schedule = (value: T) => {
    latest = { value };
    if (!frame) frame = requestAnimationFrame(flush);
  };
  return Object.assign(schedule, { flush });
}
