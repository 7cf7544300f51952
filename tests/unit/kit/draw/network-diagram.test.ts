import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { drawDiagramInto, networkDiagram, type DiagramInput } from '../../../../src/figures/kit/draw/network-diagram.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;

function network(sizes: number[], seed: number): DiagramInput {
  const count = sizes.slice(1).reduce((sum, rows, l) => sum + rows * sizes[l] + rows, 0);
  return { sizes, params: Array.from({ length: count }, (_, k) => Math.sin(k * 7.3 + seed) * 2), colourHidden: true };
}

describe('networkDiagram', () => {
  it('draws every edge with its sign and value, and names every neuron with its bias', () => {
    const svg = networkDiagram(doc, { sizes: [1, 2, 1], params: [0.5, -2, 0.1, 0.2, 3, -1, 0.3], activationLabel: 'ReLU' });
    const edges = Array.from(svg.querySelectorAll('.bl-edge'));
    expect(edges.map((g) => g.getAttribute('aria-label'))).toEqual([
      'weight from x to h1: 0.50',
      'weight from x to h2: −2.00',
      'weight from h1 to ŷ: 3.00',
      'weight from h2 to ŷ: −1.00',
    ]);
    // Negative weights are dashed, so the sign survives without colour; the largest is the thickest.
    const lines = edges.map((g) => g.children[1]);
    expect(lines.map((l) => l.getAttribute('stroke-dasharray'))).toEqual(['none', '5 3', 'none', '5 3']);
    expect(lines[2].getAttribute('stroke-width')).toBe('5.00');
    expect(Array.from(svg.querySelectorAll('circle > title')).map((t) => t.textContent)).toEqual(['x', 'h1, bias 0.10', 'h2, bias 0.20', 'ŷ, bias 0.30']);
    expect(svg.querySelector('.bl-diagram__caption')?.textContent).toBe('hidden activation: ReLU');
  });

  it('a big network keeps values as hover titles, not focus stops', () => {
    const svg = networkDiagram(doc, network([2, 8, 8, 1], 1));
    expect(svg.querySelectorAll('[tabindex]').length).toBe(0);
    expect(svg.querySelectorAll('.bl-diagram__edges > line > title').length).toBe(2 * 8 + 8 * 8 + 8);
  });
});

describe('drawDiagramInto', () => {
  it('updates a diagram of the same layout in place, ending with exactly a fresh drawing', () => {
    const container = document.createElement('div') as unknown as Element;
    drawDiagramInto(container, network([1, 3, 1], 1));
    const svg = container.firstElementChild;
    const firstEdge = svg?.querySelector('.bl-edge');
    for (const seed of [2, 3]) {
      drawDiagramInto(container, network([1, 3, 1], seed));
      expect(container.firstElementChild).toBe(svg);
      expect(svg?.querySelector('.bl-edge')).toBe(firstEdge);
      expect(container.innerHTML).toBe(networkDiagram(doc, network([1, 3, 1], seed)).outerHTML);
    }
  });

  it('without names, updates what is seen and leaves names and titles for a later call, which completes it', () => {
    for (const sizes of [[1, 3, 1], [2, 8, 8, 1]]) {
      const container = document.createElement('div') as unknown as Element;
      drawDiagramInto(container, network(sizes, 1));
      const before = container.innerHTML;
      const names = () => Array.from(container.querySelectorAll('title, [aria-label]'), (el) => el.getAttribute('aria-label') ?? el.textContent).join('|');
      const namesBefore = names();
      drawDiagramInto(container, network(sizes, 2), false);
      expect(container.innerHTML).not.toBe(before); // the edges moved
      expect(names()).toBe(namesBefore); // their names wait
      drawDiagramInto(container, network(sizes, 2));
      expect(container.innerHTML).toBe(networkDiagram(doc, network(sizes, 2)).outerHTML);
    }
  });

  it('a diagram drawn anew without names has no hover titles yet; the names call adds them in place', () => {
    const container = document.createElement('div') as unknown as Element;
    drawDiagramInto(container, network([2, 8, 8, 1], 1), false);
    const svg = container.firstElementChild;
    expect(container.querySelectorAll('title').length).toBe(2 + 8 + 8 + 1); // the neurons' names only
    drawDiagramInto(container, network([2, 8, 8, 1], 1));
    expect(container.firstElementChild).toBe(svg);
    expect(container.innerHTML).toBe(networkDiagram(doc, network([2, 8, 8, 1], 1)).outerHTML);
  });

  it('draws anew when the layout changes (another width, another caption)', () => {
    const container = document.createElement('div') as unknown as Element;
    drawDiagramInto(container, network([1, 3, 1], 1));
    const svg = container.firstElementChild;
    drawDiagramInto(container, network([1, 4, 1], 1));
    expect(container.firstElementChild).not.toBe(svg);
    expect(container.innerHTML).toBe(networkDiagram(doc, network([1, 4, 1], 1)).outerHTML);
    const again = container.firstElementChild;
    drawDiagramInto(container, { ...network([1, 4, 1], 1), activationLabel: 'ReLU' });
    expect(container.firstElementChild).not.toBe(again);
    expect(container.querySelector('.bl-diagram__caption')?.textContent).toBe('hidden activation: ReLU');
  });
});
