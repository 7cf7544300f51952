/**
 * "Open in the playground" follows the reader's changes. The page's HTML carries the link for the authored
 * state; the code that rewrites it for the current one loads when the reader reaches for the link (pointer,
 * focus), so a page whose reader never does, a deck or a handout, pays nothing for it.
 */
import type { PlaygroundRequest } from '../contract/playground-link.ts';

export function wirePlaygroundLink(link: HTMLAnchorElement, request: () => PlaygroundRequest): void {
  const refresh = async () => {
    const { playgroundSearch } = await import('../contract/playground-link.ts');
    link.search = playgroundSearch(request());
  };
  link.addEventListener('pointerenter', () => void refresh());
  link.addEventListener('focus', () => void refresh());
  link.addEventListener('click', (event) => {
    // A new tab or a download keeps the browser's way, with the link as the pointer or focus left it.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // The state may have changed since (keys pressed while the pointer rested here): open the state shown now.
    event.preventDefault();
    void refresh().then(() => location.assign(link.href));
  });
}
