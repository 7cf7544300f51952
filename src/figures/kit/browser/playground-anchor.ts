/**
 * "Open in the playground" follows the reader's changes. The page's HTML carries the link for the authored
 * state; the code that rewrites it for the current one loads when the reader reaches for the link (pointer,
 * focus), so a page whose reader never does, a deck or a handout, pays nothing for it.
 */
import type { PlaygroundRequest } from '../contract/playground-link.ts';

export function wirePlaygroundLink(link: HTMLAnchorElement, request: () => PlaygroundRequest): void {
  const refresh = async (event: Event) => {
    const { playgroundSearch } = await import('../contract/playground-link.ts');
    link.search = playgroundSearch(request());
    // A click waited for the link of the state shown now (keys may have changed it since the pointer came).
    if (event.type === 'click') location.assign(link.href);
  };
  link.onpointerenter = link.onfocus = refresh;
  link.onclick = (event) => {
    // A new tab or a download keeps the browser's way, with the link as the pointer or focus left it.
    if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void refresh(event);
  };
}
