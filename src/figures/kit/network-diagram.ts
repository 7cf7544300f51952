import { colour, hiddenColour } from './colours.ts';
import { fmt } from './format.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface DiagramInput {
  /** Layer sizes, input first: [1, 2, 1]. */
  sizes: readonly number[];
  /** Parameters in src/nn's layout: per layer, weights [out][in] row-major, then biases [out]. */
  params: ArrayLike<number>;
  /** Name of the hidden activation, written under the hidden layer (e.g. "ReLU"); omitted for identity. */
  activationLabel?: string;
  /** Colour hidden neurons of the first hidden layer by index (the same colour as their lines). */
  colourHidden?: boolean;
  inputLabels?: readonly string[];
  outputLabels?: readonly string[];
}

/**
 * Inputs → hidden neurons → output, drawn from a network's parameters. An edge's thickness shows the size of
 * its weight and its colour and dash show the sign (solid blue positive, dashed red negative, so the sign
 * survives without colour). Hovering or focusing an edge shows its value. Pure: works on any Document.
 */
export function networkDiagram(doc: Document, input: DiagramInput, width = 260, height = 170): SVGSVGElement {
  const { sizes, params } = input;
  const el = <K extends string>(tag: K, attrs: Record<string, string | number>) => {
    const node = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'bl-diagram', role: 'group' }) as SVGSVGElement;
  svg.setAttribute('aria-label', `Network diagram: ${sizes.join('–')} neurons`);

  const padX = 22;
  const padY = 18;
  const column = (l: number) => padX + ((width - 2 * padX) * l) / Math.max(1, sizes.length - 1);
  const row = (l: number, j: number) => {
    const n = sizes[l];
    const span = Math.min(height - 2 * padY - 14, (n - 1) * 34);
    return height / 2 - 7 - span / 2 + (n === 1 ? 0 : (span * j) / (n - 1));
  };
  const radius = Math.max(5, Math.min(11, (height - 2 * padY) / (2.6 * Math.max(...sizes))));

  let maxAbs = 1e-9;
  let offset = 0;
  const layers: { weights: number; biases: number; rows: number; cols: number }[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const rows = sizes[l];
    const cols = sizes[l - 1];
    layers.push({ weights: offset, biases: offset + rows * cols, rows, cols });
    for (let k = 0; k < rows * cols; k++) maxAbs = Math.max(maxAbs, Math.abs(params[offset + k]));
    offset += rows * cols + rows;
  }
  const edgeCount = layers.reduce((sum, layer) => sum + layer.rows * layer.cols, 0);
  const focusable = edgeCount <= 40;

  const name = (l: number, j: number) => {
    if (l === 0) return input.inputLabels?.[j] ?? (sizes[0] === 1 ? 'x' : `x${j + 1}`);
    if (l === sizes.length - 1) return input.outputLabels?.[j] ?? (sizes[l] === 1 ? 'ŷ' : `ŷ${j + 1}`);
    return sizes.length === 3 ? `h${j + 1}` : `h${l}.${j + 1}`;
  };

  const edges = el('g', { class: 'bl-diagram__edges' });
  layers.forEach((layer, li) => {
    for (let j = 0; j < layer.rows; j++) {
      for (let i = 0; i < layer.cols; i++) {
        const w = params[layer.weights + j * layer.cols + i];
        const [x1, y1, x2, y2] = [column(li), row(li, i), column(li + 1), row(li + 1, j)];
        const label = `weight from ${name(li, i)} to ${name(li + 1, j)}: ${fmt(w)}`;
        const line = el('line', {
          x1, y1, x2, y2,
          stroke: w >= 0 ? colour.positive : colour.negative,
          'stroke-width': (0.6 + 4.4 * Math.min(1, Math.abs(w) / maxAbs)).toFixed(2),
          'stroke-dasharray': w >= 0 ? 'none' : '5 3',
          'stroke-linecap': 'round',
          opacity: 0.85,
        });
        const title = el('title', {});
        title.textContent = label;
        if (!focusable) {
          // A big network's edges are too many to tab through or label on the line (and a diagram redrawn on
          // every frame of a drag must stay light): each keeps its value as a hover title only.
          line.append(title);
          edges.append(line);
          continue;
        }
        const g = el('g', { class: 'bl-edge', tabindex: 0, role: 'img', 'aria-label': label });
        const hit = el('line', { x1, y1, x2, y2, stroke: 'transparent', 'stroke-width': 10 });
        const value = el('text', { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 4, class: 'bl-edge__value', 'text-anchor': 'middle' });
        value.textContent = fmt(w);
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
      const bias = l > 0 ? params[layers[l - 1].biases + j] : undefined;
      title.textContent = `${name(l, j)}${bias === undefined ? '' : `, bias ${fmt(bias)}`}`;
      circle.append(title);
      nodes.append(circle);
      if (sizes[l] <= 6) {
        const text = el('text', { x: column(l), y: row(l, j) + radius + 11, class: 'bl-diagram__label', 'text-anchor': 'middle' });
        text.textContent = name(l, j);
        nodes.append(text);
      }
    }
  }
  svg.append(nodes);

  const caption = el('text', { x: width / 2, y: height - 3, class: 'bl-diagram__caption', 'text-anchor': 'middle' });
  caption.textContent = input.activationLabel ? `hidden activation: ${input.activationLabel}` : 'no activation (identity)';
  if (sizes.length > 2) svg.append(caption);
  return svg;
}
