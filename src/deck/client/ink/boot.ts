/**
 * What every deck window loads of the ink: almost nothing. The pointer and pen (ink.ts and the rest of this
 * folder, ~3 KB gzip) load the first time they are needed, so an audience window opened on a heavy slide stays
 * within the deck's 110 KB budget:
 *   - at once in the presenter window (where the presenter points and draws; no budget counts it there);
 *   - when this deck has drawings stored (a reload shows them);
 *   - when another window sends a drawing or the dot (messages that came meanwhile are queued and replayed);
 *   - when the reader presses L or D, or an ink button (the press is replayed once the code runs).
 * This file owns the deck's ink channel and hands it over, so not one message falls between the two.
 */
import type { DeckElement } from '../deck-element.ts';
import { isTyping } from '../typing.ts';

export function boot(deck: DeckElement, slug: string): void {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`bl-deck:${slug}`);
  const queued: unknown[] = [];
  let ready = false;
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= import('./ink.ts').then(({ ink }) => {
      ink(deck, slug, channel, queued);
      ready = true;
    }));

  channel?.addEventListener('message', ({ data }: MessageEvent<{ type?: unknown }>) => {
    const type = String(data?.type);
    // A hello asks for drawings; a window that never loaded the ink has none to give.
    if (ready || type === 'ink-hello' || !(type === 'pointer' || type.startsWith('ink-'))) return;
    queued.push(data);
    void load();
  });

  let stored = false;
  try {
    stored = Boolean(localStorage.getItem(`bl-ink:${slug}`));
  } catch {
    /* storage blocked: the other windows' answer to the hello below brings their drawings */
  }
  if (stored || deck.isPresenter) void load();
  // A window opening asks the room for its drawings (answered only by windows that have some).
  channel?.postMessage({ type: 'ink-hello' });

  for (const tools of document.querySelectorAll<HTMLElement>('[data-ink-tools]')) tools.hidden = false;
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.<HTMLButtonElement>('[data-ink-tools] button');
    if (!ready && button) void load().then(() => button.click());
  });
  let held = false;
  document.addEventListener('keydown', (event) => {
    const key = event.key.toLowerCase();
    if (ready || event.ctrlKey || event.metaKey || event.altKey || (key !== 'l' && key !== 'd')) return;
    if (isTyping(event.target)) return;
    if (key === 'l') held = true;
    void load().then(() => {
      // L let go while loading was a tap: nothing to show.
      if (key === 'd' || held) document.dispatchEvent(new KeyboardEvent('keydown', { key: event.key }));
    });
  });
  document.addEventListener('keyup', (event) => {
    if (event.key.toLowerCase() === 'l') held = false;
  });
}
