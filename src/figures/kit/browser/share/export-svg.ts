/**
 * The figure's current view as one self-contained SVG file: the plot's SVGs (a layered drawing is a base and an
 * overlay stacked in HTML) placed where the page shows them, in one <svg>, with the figure's title above and the
 * course's name below. Self-contained means it looks the same opened anywhere: every colour, width and font the
 * page's stylesheets gave a mark is written on the mark (the page's CSS variables do not exist in the file), the
 * <style> Plot adds is dropped, and nothing refers to another file (an embedded heat map stays a data: URL).
 * Fonts are not embedded (the variable Inter alone is 48 KB); the file names the stack it falls back to.
 *
 * What it reads from the page (computed styles, boxes) comes through `Surroundings`, so a test can hand it a
 * document without a layout engine.
 */
import { SHARE_TEXT } from '../../contract/share-text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const SANS_STACK = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const MONO_STACK = "'JetBrains Mono', ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

/** Painting properties a mark inherits: written where a mark's value differs from its parent's. */
const INHERITED = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'text-anchor', 'dominant-baseline', 'paint-order', 'visibility',
  // A heat map's cells are drawn as an image scaled up with crisp edges (pixelated), not smoothed into a blur.
  'image-rendering', 'shape-rendering',
] as const;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What the export reads from the live page. */
export interface Surroundings {
  style(element: Element): { getPropertyValue(name: string): string };
  rect(element: Element): Box;
}

export interface ExportOptions {
  title: string;
  course: string;
  /** Computed colours of the figure's card (the page's theme at the time of export). */
  background: string;
  ink: string;
  muted: string;
}

export const browserSurroundings: Surroundings = {
  style: (element) => getComputedStyle(element),
  rect: (element) => element.getBoundingClientRect(),
};

const TITLE_SIZE = 15;
const TITLE_LINE = 20;
const PAD = 12;
const CREDIT_BAND = 26;

/** Splits text into lines of at most `width` characters, at spaces (a longer word keeps its own line). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const stackOf = (family: string) => (/mono/i.test(family) ? MONO_STACK : SANS_STACK);
const visible = (box: Box) => box.width > 0 && box.height > 0;

/** The plot's SVGs that are drawings in their own right (not nested in another), as the page lays them out. */
function drawings(plot: Element, around: Surroundings): Element[] {
  return Array.from(plot.querySelectorAll('svg')).filter((svg) => !svg.parentElement?.closest('svg') && visible(around.rect(svg)));
}

function svgNode(doc: Document, name: string, attributes: Record<string, string | number>, text?: string): Element {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Writes onto `copy` (and its descendants) the painting the page gave `original`: computed values where they differ
 * from the parent's, no attribute left that names a CSS variable, no external reference, nothing hidden.
 */
function inline(original: Element, copy: Element, around: Surroundings, inherited: Map<string, string>, family: string, doomed: Element[]): void {
  const style = around.style(original);
  if (style.getPropertyValue('display') === 'none') {
    doomed.push(copy);
    return;
  }
  if (copy.localName === 'style' || copy.localName === 'script') {
    doomed.push(copy);
    return;
  }
  const declarations: string[] = [];
  const mine = new Map(inherited);
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property).trim();
    if (!value || inherited.get(property) === value) continue;
    mine.set(property, value);
    declarations.push(`${property}:${value}`);
  }
  const opacity = style.getPropertyValue('opacity').trim();
  if (opacity && opacity !== '1') declarations.push(`opacity:${opacity}`);
  // The page lets a plot's marks run past its edges (axis labels); a nested <svg> clips unless told otherwise.
  if (copy.localName === 'svg') declarations.push(`overflow:${style.getPropertyValue('overflow').trim() || 'hidden'}`);
  const ownFamily = stackOf(style.getPropertyValue('font-family'));
  if (ownFamily !== family) declarations.push(`font-family:${ownFamily}`);
  for (const attribute of Array.from(copy.attributes)) {
    const { name, value } = attribute;
    const reference = (name === 'href' || name === 'xlink:href' || name === 'src') && !/^(#|data:)/.test(value);
    if (value.includes('var(') || reference || name === 'class' || name === 'style' || name === 'tabindex') copy.removeAttribute(name);
  }
  if (declarations.length) copy.setAttribute('style', declarations.join(';'));
  const originals = Array.from(original.children);
  const copies = Array.from(copy.children);
  originals.forEach((child, i) => inline(child, copies[i], around, mine, ownFamily, doomed));
}

/** Text the page shows inside the plot outside any SVG (a legend's names, a panel's note), as SVG text where it sits. */
function htmlText(doc: Document, node: Node, area: Box, around: Surroundings, into: Element): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 1) {
      const element = child as Element;
      if (element.localName !== 'svg' && around.style(element).getPropertyValue('display') !== 'none') htmlText(doc, element, area, around, into);
    } else if (child.nodeType === 3 && child.textContent?.trim() && child.parentElement) {
      const parent = child.parentElement;
      const box = around.rect(parent);
      if (!visible(box)) continue;
      const style = around.style(parent);
      const size = parseFloat(style.getPropertyValue('font-size')) || 12;
      into.append(
        svgNode(doc, 'text', {
          x: round(box.left - area.left),
          // The baseline of one line of text in its box: about four fifths down in these sans faces.
          y: round(box.top - area.top + (box.height + size * 0.7) / 2),
          style: `fill:${style.getPropertyValue('color')};font-size:${size}px;font-weight:${style.getPropertyValue('font-weight') || 400};font-family:${stackOf(style.getPropertyValue('font-family'))}`,
        }, child.textContent.trim().replace(/\s+/g, ' ')),
      );
    }
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The export as an SVG element (the file's content): see the header. */
export function figureSvg(plot: Element, options: ExportOptions, around: Surroundings = browserSurroundings): Element {
  const doc = plot.ownerDocument;
  const area = around.rect(plot);
  const width = Math.round(area.width);
  // Characters of the title a line holds: Inter's average advance is a little over half the type size.
  const titleLines = wrapWords(options.title, Math.max(12, Math.floor((width - 2 * PAD) / (TITLE_SIZE * 0.56))));
  const plotTop = PAD + titleLines.length * TITLE_LINE + 6;
  const height = Math.round(plotTop + area.height + CREDIT_BAND);
  const root = svgNode(doc, 'svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': SANS_STACK });
  root.append(
    svgNode(doc, 'title', {}, options.title),
    svgNode(doc, 'desc', {}, `${options.course}. ${SHARE_TEXT.fontNote(SANS_STACK)}`),
    svgNode(doc, 'rect', { width, height, fill: options.background }),
  );
  const heading = svgNode(doc, 'text', { x: PAD, y: PAD + TITLE_SIZE, fill: options.ink, 'font-size': TITLE_SIZE, 'font-weight': 600 });
  titleLines.forEach((line, i) => heading.append(svgNode(doc, 'tspan', { x: PAD, dy: i === 0 ? 0 : TITLE_LINE }, line)));
  root.append(heading);
  const body = svgNode(doc, 'g', { transform: `translate(0 ${plotTop})`, 'data-part': 'plot' });
  const doomed: Element[] = [];
  for (const drawing of drawings(plot, around)) {
    const box = around.rect(drawing);
    const copy = drawing.cloneNode(true) as Element;
    inline(drawing, copy, around, new Map(), SANS_STACK, doomed);
    if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${round(box.width)} ${round(box.height)}`);
    for (const [key, value] of Object.entries({ x: round(box.left - area.left), y: round(box.top - area.top), width: round(box.width), height: round(box.height) })) copy.setAttribute(key, String(value));
    body.append(copy);
  }
  for (const node of doomed) node.remove();
  htmlText(doc, plot, area, around, body);
  root.append(body);
  root.append(svgNode(doc, 'text', { x: PAD, y: height - 9, fill: options.muted, 'font-size': 11 }, options.course));
  return root;
}

/** The file's text: an XML declaration, a comment naming the fonts, the SVG. */
export function svgFile(svg: Element, serialize: (node: Element) => string = (node) => new XMLSerializer().serializeToString(node)): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${SHARE_TEXT.fontNote(SANS_STACK)} -->\n${serialize(svg)}\n`;
}
