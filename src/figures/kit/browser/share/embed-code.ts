/**
 * The address of a figure's embed page in a state, and the code a host pastes to show it: an <iframe> and a
 * two-line listener that sizes it from the page's height messages (kit/browser/embed-height.ts). Pure strings.
 */
import { EMBED_HEIGHT } from '../embed-height.ts';
import { SHARE_TEXT } from '../../contract/share-text.ts';

/** `https://site/base/embed/<id>/?<id>=<state>`: the same parameter the chapter page reads. */
export function embedUrl(origin: string, base: string, id: string, query: string): string {
  const url = new URL(`${base.replace(/\/?$/, '/')}embed/${id}/`, origin);
  if (query) url.searchParams.set(id, query);
  return url.href;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.ceil(height)}" style="border:0" loading="lazy"></iframe>`;
}

/**
 * Listens for the embed pages of one origin only (another page could post the same shape) and sizes the frame
 * that sent each message. One listener serves every frame on the host page.
 */
export function resizeScript(origin: string): string {
  return [
    `<script>/* ${SHARE_TEXT.resizeNote} */`,
    `addEventListener('message', (e) => { if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== '${EMBED_HEIGHT}') return; for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = e.data.height + 'px'; });</script>`,
  ].join('\n');
}

/** What "Copy embed code" puts on the clipboard. */
export function embedCode(options: { origin: string; base: string; id: string; query: string; title: string; height: number }): string {
  const src = embedUrl(options.origin, options.base, options.id, options.query);
  return `${iframeSnippet(src, options.title, options.height)}\n${resizeScript(options.origin)}`;
}
