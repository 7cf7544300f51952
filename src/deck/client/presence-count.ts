/** The presenter's side of presence.ts: counting the audience windows that answer, in the presenter bar. */
import live from 'virtual:text/deck-live';
import { fill } from '../../text/fill.ts';
import { ASK_EVERY, DROP_AFTER, type Presence } from './presence.ts';

export function countAudience(channel: BroadcastChannel, post: (message: Presence) => void): void {
  const outputs = Array.from(document.querySelectorAll<HTMLElement>('[data-audience-count]'));
  if (outputs.length === 0) return;
  const seen = new Map<string, number>();
  const render = () => {
    const now = Date.now();
    for (const [id, at] of seen) if (now - at > DROP_AFTER) seen.delete(id);
    const n = seen.size;
    for (const el of outputs) {
      const text = fill(live.connected, { n });
      if (el.textContent !== text) el.textContent = text;
      el.closest<HTMLElement>('[data-audience]')?.toggleAttribute('data-none', n === 0);
    }
  };
  channel.addEventListener('message', (event: MessageEvent<Presence>) => {
    const message = event.data;
    if (message?.type === 'presence-here') seen.set(message.window, Date.now());
    else if (message?.type === 'presence-bye') seen.delete(message.window);
    else return;
    render();
  });
  setInterval(() => {
    post({ type: 'presence-ask' });
    render();
  }, ASK_EVERY);
  post({ type: 'presence-ask' });
  render();
}
