/**
 * Figure states travel between a chapter's two readings (the deck's half is client/essay-link.ts). "Present from here" opens the deck at a slide with the
 * figures as the reader (or a teacher preparing the lesson) has left them, and the deck's "Read as an essay" opens
 * the essay at the slide being shown with the figures as the presenter left them. Both pages are built from the
 * same chapter, so a figure has the same id in each, and each reads a figure's state from the page's query under
 * its id (the reader's own points included). A link is brought up to date the moment it is about to be followed,
 * from the live figures themselves (the address bar is written a moment after a change) and, for figures not yet
 * loaded, from the page's query.
 */
interface Sharing extends HTMLElement {
  shareQuery?: string;
}

/** Keeps `link` carrying the figure states of `root`; `hash`, if given, names where on the other page to land. */
export function carryFigureStates(link: HTMLAnchorElement, root: ParentNode, hash?: () => string): void {
  const update = () => {
    const params = new URLSearchParams(location.search);
    for (const figure of root.querySelectorAll<Sharing>('[data-bl-figure]')) {
      const query = figure.shareQuery;
      if (query === undefined) continue;
      if (query) params.set(figure.id, query);
      else params.delete(figure.id);
    }
    // The essay's own parameters only: the deck's ?notes or ?handout mean nothing there.
    for (const key of ['notes', 'handout']) params.delete(key);
    const url = new URL(link.href);
    url.search = params.toString();
    if (hash) url.hash = hash();
    link.href = url.href;
  };
  // A press, a focus (then Enter) or a click: whichever comes first, before the browser follows the link.
  for (const type of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(type, update);
}

/** The essay's "Present from here" links. */
export function carryStatesIntoDeck(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-present]')) carryFigureStates(link, root);
}
