/**
 * "Present from here" opens the deck at this slide with the figures as the reader (or a teacher preparing the
 * lesson) has left them, not as the chapter wrote them. A figure's state goes into the page's query under its
 * id, and the deck, built from the same chapter, gives its figures the same ids and reads the same query. The
 * link is brought up to date the moment it is about to be followed, from the live figures themselves (the
 * address bar is written a moment after a change) and, for figures not yet loaded, from the page's query.
 */
interface Sharing extends HTMLElement {
  shareQuery?: string;
}

export function carryStatesIntoDeck(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-present]')) {
    const update = () => {
      const params = new URLSearchParams(location.search);
      for (const figure of root.querySelectorAll<Sharing>('[data-bl-figure]')) {
        const query = figure.shareQuery;
        if (query === undefined) continue;
        if (query) params.set(figure.id, query);
        else params.delete(figure.id);
      }
      const url = new URL(link.href);
      url.search = params.toString();
      link.href = url.href;
    };
    // A press, a focus (then Enter) or a click: whichever comes first, before the browser follows the link.
    for (const type of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(type, update);
  }
}
