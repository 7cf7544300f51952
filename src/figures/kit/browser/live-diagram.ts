import { drawDiagramInto, type DiagramInput } from '../draw/network-diagram.ts';

/**
 * The network diagram on the page, drawn with every frame.
 *
 * While only the weights change, the diagram is updated in place and its edges' names and titles wait for the
 * reader to pause (`nameDiagram`, with the description): rewriting them on every frame of a drag cost half a
 * millisecond a frame on an 88-edge diagram, for text nobody can read until the drag stops. But a diagram drawn
 * anew (the figure's first live frame, a new shape) has no names at all until then, so then they are written at
 * once: names are never blank.
 *
 * Keyboard focus stays on the same edge when the shape changes (the edge with the same name takes it).
 */
export function drawLiveDiagram(container: Element, input: DiagramInput): void {
  const focused = container.contains(document.activeElement) ? document.activeElement?.getAttribute('aria-label')?.split(':')[0] : undefined;
  const drawn = container.firstElementChild;
  drawDiagramInto(container, input, false);
  // Drawn anew: the same call now finds this layout and fills in only the names.
  if (container.firstElementChild !== drawn) nameDiagram(container, input);
  if (focused && !container.contains(document.activeElement)) container.querySelector<SVGElement>(`[aria-label^="${CSS.escape(focused)}:"]`)?.focus();
}

/** Writes every edge's name and title and every neuron's bias. */
export function nameDiagram(container: Element, input: DiagramInput): void {
  drawDiagramInto(container, input, true);
}

/**
 * The edges as one stop in the Tab order (a roving tabindex): the arrow keys go from edge to edge in reading
 * order, Home and End to the first and last, and the edge last focused is the one Tab comes back to. Wired
 * once per figure, on the container, so it holds across redraws.
 */
export function roveDiagramEdges(container: Element): void {
  const edges = () => Array.from(container.querySelectorAll<SVGElement>('.bl-edge'));
  container.addEventListener('keydown', (event) => {
    const { key } = event as KeyboardEvent;
    const all = edges();
    const at = all.indexOf(document.activeElement as SVGElement);
    const to = key === 'Home' ? 0 : key === 'End' ? all.length - 1 : /^Arrow(Right|Down)$/.test(key) ? at + 1 : /^Arrow(Left|Up)$/.test(key) ? at - 1 : -2;
    if (at < 0 || to < -1) return;
    event.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, to))].focus();
  });
  container.addEventListener('focusin', (event) => {
    for (const edge of edges()) edge.tabIndex = edge === event.target ? 0 : -1;
  });
}
