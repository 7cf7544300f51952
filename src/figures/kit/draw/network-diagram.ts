import text from 'virtual:text/plot';
import { fill } from '../../../text/fill.ts';
import { colour, hiddenColour } from './colours.ts';
import { fmt } from './format.ts';
import { documentCache } from '../speed/cache.ts';
import { svgElement } from './svg.ts';

export interface DiagramInput {
  /** Layer sizes, input first: [1, 2, 1]. */
  sizes: readonly number[];
  /** Parameters in src/nn's layout: per layer, weights [out][in] row-major, then biases [out]. */
  params: ArrayLike<number>;
  /** Name of the hidden activation, written under the hidden layer (e.g. "ReLU"); omitted for identity. */
  activationLabel?: string;
  /**
   * One name per hidden layer, written under its column, for networks whose layers bend differently; it replaces
   * the one `activationLabel` caption.
   */
  layerLabels?: readonly string[];
  /** Drawing height in CSS pixels (default 170): a network 16 neurons tall needs more to keep its circles apart. */
  height?: number;
  /** Colour hidden neurons of the first hidden layer by index (the same colour as their lines). */
  colourHidden?: boolean;
  inputLabels?: readonly string[];
  outputLabels?: readonly string[];
}

/**
 * Inputs → hidden neurons → output, drawn from a network's parameters. An edge's thickness shows the size of
 * its weight and its colour and dash show the sign (solid blue positive, dashed red negative, so the sign
 * survives without colour). Hovering or focusing an edge shows its value. Pure: works on any Document.
 *
 * A diagram is redrawn with every frame of a drag, but only its weights change: the layout (positions, names,
 * colours of neurons) is built once per shape and document and cloned, and each call fills in the values.
 */
export function networkDiagram(doc: Document, input: DiagramInput, width = 260, height = input.height ?? 170, names = true): SVGSVGElement {
  const svg = skeleton(doc, input, width, height).cloneNode(true) as SVGSVGElement;
  fillValues(svg, input, names);
  return svg;
}

/** Which layout each diagram drawn by `drawDiagramInto` has, so the next frame can update it in place. */
const drawnLayout = new WeakMap<Element, string>();

/**
 * Shows the diagram of `input` in `container`. When the diagram there has the same layout (a figure being
 * dragged: same network, new weights), only the values that differ are written into it, so the browser
 * restyles a few edges, focus and hover stay put, and no new nodes are built. Otherwise it is drawn anew.
 *
 * `names: false` updates only what is seen (edges, the value shown on a hovered or focused edge) and leaves the
 * accessible names and hover titles for a later call: a figure writes those when the reader pauses, as it does
 * its description. Rewriting every edge's name on every frame of a drag cost half a millisecond a frame on an
 * 88-edge diagram, for text nobody can read until the drag stops.
 */
export function drawDiagramInto(container: Element, input: DiagramInput, names = true): void {
  const current = container.firstElementChild;
  const height = input.height ?? 170;
  const key = layoutKey(input, 260, height);
  if (current && container.childElementCount === 1 && drawnLayout.get(current) === key) {
    fillValues(current as SVGSVGElement, input, names);
    return;
  }
  const svg = networkDiagram(container.ownerDocument, input, 260, height, names);
  drawnLayout.set(svg, key);
  container.replaceChildren(svg);
}

const skeletons = documentCache<SVGSVGElement>(32);

function layoutKey(input: DiagramInput, width: number, height: number): string {
  const { params: _values, ...layout } = input;
  return JSON.stringify([layout, width, height]);
}

function skeleton(doc: Document, input: DiagramInput, width: number, height: number): SVGSVGElement {
  return skeletons(doc, layoutKey(input, width, height), () => buildSkeleton(doc, input, width, height));
}

interface Layer {
  weights: number;
  biases: number;
  rows: number;
  cols: number;
}

function layersOf(sizes: readonly number[]): Layer[] {
  const layers: Layer[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l++) {
    const rows = sizes[l];
    const cols = sizes[l - 1];
    layers.push({ weights: offset, biases: offset + rows * cols, rows, cols });
    offset += rows * cols + rows;
  }
  return layers;
}

/** A big network's edges are too many to tab through or label on the line. */
function isFocusable(layers: readonly Layer[]): boolean {
  return layers.reduce((sum, layer) => sum + layer.rows * layer.cols, 0) <= 40;
}

function nameOf(input: DiagramInput, l: number, j: number): string {
  const { sizes } = input;
  if (l === 0) return input.inputLabels?.[j] ?? (sizes[0] === 1 ? 'x' : `x${j + 1}`);
  if (l === sizes.length - 1) return input.outputLabels?.[j] ?? (sizes[l] === 1 ? 'ŷ' : `ŷ${j + 1}`);
  return sizes.length === 3 ? `h${j + 1}` : `h${l}.${j + 1}`;
}

/** Everything but the weights and biases: edges in place (drawn thin), neurons, names, caption. */
function buildSkeleton(doc: Document, input: DiagramInput, width: number, height: number): SVGSVGElement {
  const { sizes } = input;
  const el = (tag: string, attrs: Record<string, string | number>) => svgElement(doc, tag, attrs);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'bl-diagram', role: 'group' }) as SVGSVGElement;

  const padX = 22;
  const padY = 18;
  const column = (l: number) => padX + ((width - 2 * padX) * l) / Math.max(1, sizes.length - 1);
  const row = (l: number, j: number) => {
    const n = sizes[l];
    const span = Math.min(height - 2 * padY - 14, (n - 1) * 34);
    return height / 2 - 7 - span / 2 + (n === 1 ? 0 : (span * j) / (n - 1));
  };
  const radius = Math.max(5, Math.min(11, (height - 2 * padY) / (2.6 * Math.max(...sizes))));
  const layers = layersOf(sizes);
  const focusable = isFocusable(layers);
  svg.setAttribute('aria-label', fill(focusable ? text.diagram.nameKeys : text.diagram.name, { sizes: sizes.join('–') }));

  // The edges are one stop in the Tab order, the first edge's (live-diagram.ts moves it with the arrow keys): a
  // 1-4-4-1 network's 24 edges each a stop put two dozen presses between a keyboard and the controls.
  let first = true;
  const edges = el('g', { class: 'bl-diagram__edges' });
  layers.forEach((layer, li) => {
    for (let j = 0; j < layer.rows; j++) {
      for (let i = 0; i < layer.cols; i++) {
        const [x1, y1, x2, y2] = [column(li), row(li, i), column(li + 1), row(li + 1, j)];
        // stroke-opacity, not opacity: an element's opacity is drawn through a layer of its own, once per edge
        // on every raster of the diagram (the same look, about 2 ms a frame more on the 88-edge diagram).
        // Square ends (the default), not round: the ends sit under the neurons' circles, and a round cap on every
        // dash of a negative weight cost half a millisecond of raster a frame on that diagram.
        const line = el('line', { x1, y1, x2, y2, stroke: '', 'stroke-width': '', 'stroke-dasharray': '', 'stroke-opacity': 0.85 });
        if (!focusable) {
          // Each keeps its value as a hover title only, added with the names (fillValues): a diagram drawn anew
          // on every frame of a drag (another width, up to 336 edges) then builds half the elements.
          edges.append(line);
          continue;
        }
        const title = el('title', {});
        const g = el('g', { class: 'bl-edge', tabindex: first ? 0 : -1, role: 'img', 'aria-label': '' });
        first = false;
        const hit = el('line', { x1, y1, x2, y2, stroke: 'transparent', 'stroke-width': 10 });
        const value = el('text', { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 4, class: 'bl-edge__value', 'text-anchor': 'middle' });
        g.append(title, line, hit, value);
        edges.append(g);
      }
    }
  });
  svg.append(edges);

  const nodes = el('g', { class: 'bl-diagram__nodes' });
  for (let l = 0; l < sizes.length; l++) {
    for (let j = 0; j < sizes[l]; j++) {
      const hidden = l > 0 && l < sizes.length - 1;
      const fill = l === sizes.length - 1 ? colour.output : hidden && input.colourHidden && l === 1 ? hiddenColour(j) : l === 0 ? colour.paper : colour.muted;
      const circle = el('circle', { cx: column(l), cy: row(l, j), r: radius, fill, stroke: l === 0 ? colour.ink : colour.paper, 'stroke-width': 1.5 });
      const title = el('title', {});
      title.textContent = nameOf(input, l, j);
      circle.append(title);
      nodes.append(circle);
      if (sizes[l] <= 6) {
        // Names of a crowded layer's neurons are marked: at a slide's larger type they would overlap (deck.css hides them).
        const crowded = sizes[l] > 4 ? ' bl-diagram__label--crowded' : '';
        const text = el('text', { x: column(l), y: row(l, j) + radius + 11, class: `bl-diagram__label${crowded}`, 'text-anchor': 'middle' });
        text.textContent = nameOf(input, l, j);
        nodes.append(text);
      }
    }
  }
  svg.append(nodes);

  // One caption under the network, or one under each hidden layer.
  const captions: [number, string][] = input.layerLabels
    ? input.layerLabels.map((label, l) => [column(l + 1), label])
    : sizes.length > 2
      ? [[width / 2, input.activationLabel ? fill(text.diagram.activation, { name: input.activationLabel }) : text.diagram.noActivation]]
      : [];
  for (const [x, label] of captions) {
    const caption = el('text', { x, y: height - 3, class: 'bl-diagram__caption', 'text-anchor': 'middle' });
    caption.textContent = label;
    svg.append(caption);
  }
  return svg;
}

/**
 * Writes the weights (edge colour, dash, thickness, value) and, with `names`, the edges' names and titles and the
 * biases (neuron titles) into a skeleton's clone.
 */
function fillValues(svg: SVGSVGElement, input: DiagramInput, names = true): void {
  const { sizes, params } = input;
  const layers = layersOf(sizes);
  const focusable = isFocusable(layers);
  let maxAbs = 1e-9;
  for (const layer of layers) for (let k = 0; k < layer.rows * layer.cols; k++) maxAbs = Math.max(maxAbs, Math.abs(params[layer.weights + k]));

  let edge = svg.firstElementChild!.firstElementChild; // the first edge in .bl-diagram__edges
  layers.forEach((layer, li) => {
    for (let j = 0; j < layer.rows; j++) {
      for (let i = 0; i < layer.cols; i++) {
        const w = params[layer.weights + j * layer.cols + i];
        const line = focusable ? edge!.children[1] : edge!;
        set(line, 'stroke', w >= 0 ? colour.positive : colour.negative);
        // In sixteenths of the range: a step of training moves most weights by less than that, so most edges
        // keep their attribute and the browser restyles a few edges a frame, not all 88 of the largest diagram.
        set(line, 'stroke-width', (0.6 + (4.4 * Math.round(16 * Math.min(1, Math.abs(w) / maxAbs))) / 16).toFixed(2));
        set(line, 'stroke-dasharray', w >= 0 ? 'none' : '5 3');
        if (focusable) setText(edge!.children[3], fmt(w));
        if (names) {
          const label = fill(text.diagram.weight, { from: nameOf(input, li, i), to: nameOf(input, li + 1, j), value: fmt(w) });
          if (focusable) {
            set(edge!, 'aria-label', label);
            setText(edge!.children[0], label);
          } else {
            setText(line.firstElementChild ?? line.appendChild(svgElement(svg.ownerDocument, 'title')), label);
          }
        }
        edge = edge!.nextElementSibling;
      }
    }
  });

  if (!names) return;
  let node = svg.children[1].firstElementChild; // the first neuron in .bl-diagram__nodes
  for (let l = 0; l < sizes.length; l++) {
    for (let j = 0; j < sizes[l]; j++) {
      if (l > 0) setText(node!.firstElementChild!, fill(text.diagram.bias, { name: nameOf(input, l, j), value: fmt(params[layers[l - 1].biases + j]) }));
      node = node!.nextElementSibling;
      if (sizes[l] <= 6) node = node!.nextElementSibling; // its name under it
    }
  }
}

/** Writes only what differs: on a diagram on the page, every write makes the browser restyle. */
function set(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
