const SVG = 'http://www.w3.org/2000/svg';

/**
 * An SVG element with its attributes, the one way the kit builds SVG by hand (overlays, legends, colour bars,
 * diagrams, contours). Attributes are set in the order given, so the markup is the same wherever it is built;
 * an `undefined` value leaves that attribute out, so an optional style needs no `if`.
 */
export function svgElement(doc: Document, tag: string, attrs: Readonly<Record<string, string | number | undefined>> = {}): SVGElement {
  const node = doc.createElementNS(SVG, tag);
  for (const name in attrs) {
    const value = attrs[name];
    if (value !== undefined) node.setAttribute(name, String(value));
  }
  return node;
}
