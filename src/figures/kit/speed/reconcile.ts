import { BASE, KEEP, wholeDrawing } from '../draw/layered.ts';

/**
 * Puts a fresh drawing on the page while touching as little of the DOM as possible. Drawings made with
 * `layered` are <div data-base="<name>"> wrappers holding a placeholder for their base and an overlay SVG. When
 * the page already shows the same bases in the same places, the drawing is morphed in place: the bases (axes,
 * grid, any landscape) stay put, and the overlays and everything around them (a legend that gained an entry) are
 * edited to match. Otherwise everything is replaced. Either way only the placeholders that reach the page are
 * filled with their base.
 */
export function reconcile(container: Element, next: Element): void {
  const current = container.firstElementChild;
  if (!current || container.childElementCount !== 1 || !sameBases(current, next)) {
    container.replaceChildren(wholeDrawing(next));
    return;
  }
  morphInto(container, next);
  // A wrapper swapped whole (its attributes changed) may have brought a base's placeholder along.
  wholeDrawing(container);
}

/** Two `layered` drawings of the same base: only the overlay is morphed; the base on the page is kept. */
function morphOverlay(current: Element, next: Element): void {
  const from = next.querySelector(':scope > .bl-overlay');
  const to = current.querySelector(':scope > .bl-overlay');
  if (from && to) morphChildren(to, from);
}

/**
 * Makes `current`'s children look like `next`'s by editing them in place: an element with the same tag and the
 * same attribute names keeps its node and gets only the values and text that differ; anything else is swapped.
 * A frame of a drag mostly moves the same marks, so the browser restyles a few attributes instead of building
 * and styling new nodes, and focus and hover stay where they were. `next`'s nodes may be moved into `current`;
 * discard it afterwards.
 */
export function morphChildren(current: Node, next: Node): void {
  // Walks both child lists by sibling pointers: NodeList indexing and Attr objects are slow in browsers.
  let from = current.firstChild;
  let to = next.firstChild;
  while (to) {
    const following = to.nextSibling;
    if (!from) {
      current.appendChild(to);
    } else if (from.nodeType !== to.nodeType || from.nodeName !== to.nodeName || !sameAttributeNames(from, to)) {
      current.replaceChild(to, from);
      from = to;
    } else if (from.nodeType === 1 /* an element */) {
      // Marks drawn with Overlay.keep under the same id are the same drawing: nothing to compare. A layered
      // drawing on the same base: only its overlay can differ.
      const kept = (to as Element).getAttribute(KEEP);
      const base = (to as Element).getAttribute(BASE);
      if (kept !== null && kept === (from as Element).getAttribute(KEEP)) {
        // unchanged
      } else if (base !== null && base === (from as Element).getAttribute(BASE)) {
        // The wrapper's own attributes (the plot area a pointer is mapped through) follow the new drawing.
        morphValues(from as Element, to as Element);
        morphOverlay(from as Element, to as Element);
      } else {
        morphValues(from as Element, to as Element);
        morphChildren(from, to);
      }
    } else if (from.nodeValue !== to.nodeValue) {
      from.nodeValue = to.nodeValue;
    }
    from = from?.nextSibling ?? null;
    to = following;
  }
  while (from) {
    const stale = from;
    from = from.nextSibling;
    current.removeChild(stale);
  }
}

/** Morphs `container`'s content into the single element `next` (a drawing, a figure's aside or network diagram). */
export function morphInto(container: Element, next: Element): void {
  const holder = next.ownerDocument.createDocumentFragment();
  holder.append(next);
  morphChildren(container, holder);
}

/**
 * Same attributes, in the same order: then only values can differ. A node whose attributes differ is another
 * mark, and is swapped, so the result is exactly what a fresh drawing would be, down to the markup.
 */
function sameAttributeNames(a: Node, b: Node): boolean {
  if (a.nodeType !== 1) return true;
  const x = (a as Element).getAttributeNames();
  const y = (b as Element).getAttributeNames();
  return x.length === y.length && x.every((name, i) => name === y[i]);
}

function morphValues(current: Element, next: Element): void {
  for (const name of next.getAttributeNames()) {
    const value = next.getAttribute(name)!;
    if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  }
}

function bases(root: Element): Element[] {
  return root.matches(`[${BASE}]`) ? [root] : Array.from(root.querySelectorAll(`[${BASE}]`));
}

function sameBases(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName || a.getAttribute('class') !== b.getAttribute('class') || a.getAttribute('style') !== b.getAttribute('style')) return false;
  const x = bases(a);
  const y = bases(b);
  return x.length > 0 && x.length === y.length && x.every((el, i) => el.getAttribute(BASE) === y[i].getAttribute(BASE));
}
