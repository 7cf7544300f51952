import { simplifyPaths } from '../speed/simplify-paths.ts';

/**
 * Post-processing every plot needs, done once here rather than in each figure.
 * Plot labels each mark's <g> with its type ("line", "dot"); its `ariaLabel` option is a per-datum channel,
 * not the group's name. So figures pass the group's name as the constant `ariaDescription`, and here it
 * becomes the group's aria-label: `data`, `model output`, `hidden neuron 1`, `best line`, `loss`.
 * axe flags aria-label on an element with no role, so each labelled group gets role="group" (a role that may
 * be named). Readers and tests find marks by those labels.
 */
/**
 * A `layered` drawing's cached base (finished once when cached) and its overlay (whose lines thin themselves as
 * they are drawn, kit/layers.ts): nothing to thin.
 */
const ALREADY_FINISHED = '.bl-layered > svg';

export function finishPlot(root: Element): Element {
  for (const g of Array.from(root.querySelectorAll('[aria-description]'))) {
    g.setAttribute('aria-label', g.getAttribute('aria-description') ?? '');
    g.removeAttribute('aria-description');
  }
  // Other labelled shapes (Plot's frame rect) may not carry a name without a role; they are decoration here.
  for (const shape of Array.from(root.querySelectorAll('[aria-label]:not(g):not(svg)'))) {
    if (!shape.hasAttribute('role')) shape.removeAttribute('aria-label');
  }
  const groups = root.querySelectorAll('g[aria-label]');
  for (const g of Array.from(groups)) if (!g.hasAttribute('role')) g.setAttribute('role', 'group');
  // Plot's generated <style> sets a white background variable; the page's theme owns colours instead.
  for (const style of Array.from(root.querySelectorAll('style'))) style.remove();
  // Curves evaluated at hundreds of x, written at screen precision: less page weight and less to redraw. A
  // layered plot's base and overlay are thinned already (above); only paths Plot drew for this frame are.
  simplifyPaths(root, ALREADY_FINISHED);
  return root;
}
