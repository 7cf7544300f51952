import { simplifyPathData } from '../speed/simplify-paths.ts';

/**
 * Post-processing every Plot chart needs, done once here rather than in each figure.
 * Plot labels each mark's <g> with its type ("line", "dot"); its `ariaLabel` option is a per-datum channel,
 * not the group's name. So figures pass the group's name as the constant `ariaDescription`, and here it
 * becomes the group's aria-label: `data`, `model output`, `hidden neuron 1`, `best line`, `loss`.
 * axe flags aria-label on an element with no role, so each labelled group gets role="group" (a role that may
 * be named). Readers and tests find marks by those labels.
 */
export function finishPlot(root: Element): Element {
  visit(root);
  return root;
}

/**
 * Drawings that are finished as they are made (a `layered` drawing: its base was finished once, when it was
 * cached, and its overlay draws finished marks) are registered here and skipped, so finishing a whole figure
 * costs only what Plot drew outside them.
 */
const finished = new WeakSet<Element>();

/** Records that `el` needs no finishing; returns it. */
export function markFinished<T extends Element>(el: T): T {
  finished.add(el);
  return el;
}

function visit(el: Element): void {
  if (finished.has(el)) return;
  finishElement(el);
  let child = el.firstElementChild;
  while (child) {
    // Read before visiting: a <style> removes itself.
    const next = child.nextElementSibling;
    visit(child);
    child = next;
  }
}

function finishElement(el: Element): void {
  const tag = el.localName;
  // Plot's generated <style> sets a white background variable; the page's theme owns colours instead.
  if (tag === 'style') {
    el.remove();
    return;
  }
  const description = el.getAttribute('aria-description');
  if (description !== null) {
    el.setAttribute('aria-label', description);
    el.removeAttribute('aria-description');
  }
  if (el.hasAttribute('aria-label') && !el.hasAttribute('role')) {
    if (tag === 'g') el.setAttribute('role', 'group');
    // Other labelled shapes (Plot's frame rect) may not carry a name without a role; they are decoration here.
    else if (tag !== 'svg') el.removeAttribute('aria-label');
  }
  // Curves evaluated at hundreds of x, written at screen precision: less page weight and less to redraw.
  if (tag === 'path') {
    const d = el.getAttribute('d');
    if (d !== null) {
      const simplified = simplifyPathData(d);
      if (simplified !== d) el.setAttribute('d', simplified);
    }
  }
}
