/**
 * Puts a fresh drawing on the page while touching as little of the DOM as possible. Drawings made with
 * `layered` are <div data-base="<key>"> wrappers holding a base SVG and an overlay SVG. When the page already
 * shows the same bases in the same places, only the overlays' contents are swapped: the axes, grid and any
 * landscape stay put, so the browser re-lays-out and repaints only what moved. Otherwise everything is replaced.
 */
export function reconcile(container: Element, next: Element): void {
  const current = container.firstElementChild;
  if (!current || container.childElementCount !== 1 || !sameBases(current, next)) {
    container.replaceChildren(next);
    return;
  }
  const oldBases = bases(current);
  const newBases = bases(next);
  oldBases.forEach((old, i) => {
    const from = newBases[i].querySelector(':scope > .bl-overlay');
    const to = old.querySelector(':scope > .bl-overlay');
    if (from && to) to.replaceChildren(...Array.from(from.childNodes));
  });
}

function bases(root: Element): Element[] {
  return root.matches('[data-base]') ? [root] : Array.from(root.querySelectorAll('[data-base]'));
}

function sameBases(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName || a.getAttribute('class') !== b.getAttribute('class') || a.getAttribute('style') !== b.getAttribute('style')) return false;
  const x = bases(a);
  const y = bases(b);
  return x.length > 0 && x.length === y.length && x.every((el, i) => el.getAttribute('data-base') === y[i].getAttribute('data-base'));
}
