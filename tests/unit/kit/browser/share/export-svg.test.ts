/**
 * The SVG export on a document without a layout engine (linkedom): a small stand-in for computed styles resolves
 * the page's CSS variables and inheritance the way a browser would, and boxes come from data-box attributes.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { figureSvg, svgFile, wrapWords, SANS_STACK, type Surroundings } from '../../../../../src/figures/kit/browser/share/export-svg.ts';

const THEME: Record<string, string> = { '--c-data': 'rgb(31, 31, 31)', '--c-output': 'rgb(17, 94, 179)', '--ink-muted': 'rgb(90, 90, 90)' };
const DEFAULTS: Record<string, string> = { fill: 'rgb(0, 0, 0)', stroke: 'none', 'stroke-width': '1px', 'font-size': '10px', 'font-family': '"Inter-abc123", "Inter-abc123 fallback: Arial", system-ui', opacity: '1', display: 'inline', color: 'rgb(0, 0, 0)' };
const INHERITED = new Set(['fill', 'stroke', 'stroke-width', 'font-size', 'font-family', 'color']);

const resolve = (value: string) => value.replace(/var\((--[a-z0-9-]+)\)/g, (_, name: string) => THEME[name] ?? '');

/** Computed style: the element's own attribute (or style="display:none"), else its parent's for inherited properties, else the default. */
function computed(element: Element, property: string): string {
  const own = element.getAttribute(property);
  if (own && own !== 'currentColor') return resolve(own);
  if (property === 'display' && /display:\s*none/.test(element.getAttribute('style') ?? '')) return 'none';
  if (INHERITED.has(property) && element.parentElement) return computed(element.parentElement, property);
  return DEFAULTS[property] ?? '';
}

const around: Surroundings = {
  style: (element) => ({ getPropertyValue: (property: string) => computed(element, property) }),
  rect: (element) => {
    const [left, top, width, height] = (element.getAttribute('data-box') ?? '0,0,0,0').split(',').map(Number);
    return { left, top, width, height };
  },
};

function plotDocument() {
  const { document } = parseHTML(`<!doctype html><html><body>
    <div data-plot data-box="100,50,400,300">
      <div class="bl-ssr" style="display:none"><svg data-box="0,0,0,0"><circle r="9"></circle></svg></div>
      <div class="bl-layered" data-box="100,50,400,280">
        <svg class="plot-d6a7b5" viewBox="0 0 400 280" width="400" height="280" data-box="100,50,400,280" style="--plot-background: white">
          <style>.plot-d6a7b5 { fill: var(--ink-muted); }</style>
          <g aria-label="data" fill="var(--c-data)"><circle cx="10" cy="10" r="3"></circle><circle cx="20" cy="20" r="3"></circle></g>
          <g aria-label="y-axis tick label" fill="var(--ink-muted)"><text y="5">10</text></g>
          <image href="https://elsewhere.test/tile.png" width="10" height="10"></image>
          <image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"></image>
        </svg>
        <svg class="bl-overlay" viewBox="0 0 400 280" data-box="100,50,400,280">
          <g aria-label="model output"><path d="M0,0L400,280" stroke="var(--c-output)" stroke-width="3" fill="none"></path></g>
          <g style="display:none"><path d="M0,0"></path></g>
        </svg>
      </div>
      <div class="bl-legend" data-box="100,330,400,20"><span data-box="130,332,60,16">line</span></div>
    </div></body></html>`);
  return document.querySelector('[data-plot]')!;
}

const options = { title: 'One neuron draws a line: drag w to tilt it and b to lift it', course: 'Bending Lines', background: 'rgb(255, 255, 255)', ink: 'rgb(20, 20, 20)', muted: 'rgb(90, 90, 90)' };
const exported = () => svgFile(figureSvg(plotDocument(), options, around), (node) => node.outerHTML);

describe('figureSvg(plot, options, surroundings)', () => {
  it('leaves no CSS variable, class-based <style> or external reference in the file', () => {
    const text = exported();
    expect(text).not.toContain('var(');
    expect(text).not.toContain('<style');
    expect(text).not.toContain('elsewhere.test');
    expect(text).not.toMatch(/href="(?!#|data:)/);
    // An image that is data (a heat map) stays.
    expect(text).toContain('href="data:image/png;base64,iVBORw0KGgo="');
  });

  it('writes the computed colours and widths on the marks', () => {
    const text = exported();
    expect(text).toContain('fill:rgb(31, 31, 31)');
    expect(text).toContain('stroke:rgb(17, 94, 179)');
    expect(text).toContain('stroke-width:3');
    // The axis labels' colour, which came from the page's stylesheet through a variable.
    expect(text).toContain('fill:rgb(90, 90, 90)');
  });

  it('holds the title, the course name and the stated font stack as text', () => {
    const text = exported();
    expect(text).toContain('<title>One neuron draws a line: drag w to tilt it and b to lift it</title>');
    expect(text).toContain('>Bending Lines</text>');
    // Drawn in the image, not only named in its <title>: wrapped into lines at spaces.
    const svg = figureSvg(plotDocument(), options, around);
    expect(Array.from(svg.querySelectorAll(':scope > text tspan'), (t) => t.textContent).join(' ')).toBe(options.title);
    expect(text).toContain(SANS_STACK.split(',')[0]);
    expect(text).toMatch(/<!-- Fonts are not embedded: text is set in the first of Inter, system-ui/);
    // The page's own font names (with Astro's hashes) mean nothing elsewhere.
    expect(text).not.toContain('abc123');
  });

  it('keeps the visible marks, drops the hidden ones, and places each drawing where the page shows it', () => {
    const svg = figureSvg(plotDocument(), options, around);
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    expect(svg.querySelectorAll('path')).toHaveLength(1);
    const drawings = Array.from(svg.querySelectorAll('[data-part="plot"] > svg'));
    expect(drawings.map((d) => [d.getAttribute('x'), d.getAttribute('y'), d.getAttribute('width'), d.getAttribute('height')])).toEqual([
      ['0', '0', '400', '280'],
      ['0', '0', '400', '280'],
    ]);
    // The legend's HTML name becomes SVG text at its place.
    expect(svg.querySelector('[data-part="plot"] > text')?.textContent).toBe('line');
    expect(svg.querySelector('[data-part="plot"] > text')?.getAttribute('x')).toBe('30');
  });

  it('is as wide as the plot, and as tall as the plot with the title above and the credit below', () => {
    const svg = figureSvg(plotDocument(), options, around);
    expect(svg.getAttribute('width')).toBe('400');
    const height = Number(svg.getAttribute('height'));
    expect(height).toBeGreaterThan(300 + 40);
    expect(height).toBeLessThan(300 + 120);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 400 ${height}`);
  });
});

describe('wrapWords(text, width)', () => {
  it('breaks at spaces within the width, and keeps a longer word whole', () => {
    expect(wrapWords('one neuron draws a line', 10)).toEqual(['one neuron', 'draws a', 'line']);
    expect(wrapWords('supercalifragilistic is long', 8)).toEqual(['supercalifragilistic', 'is long']);
  });
});
