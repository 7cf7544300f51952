/**
 * Plot snapshots, in the style of Observable Plot's own tests: each named case renders a figure's pure plot
 * function at one state against a linkedom document, and the SVG (numbers rounded, clip ids normalised) is
 * compared with a committed file in tests/figures/output/. A diff shows exactly what a change did to a picture.
 * Update deliberately with `npx vitest run tests/figures -u`, then look at the changed files.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { FigureDefinition } from '../../src/figures/kit/contract/definition.ts';
import { DEFAULT_WIDTH, NARROW_WIDTH } from '../../src/figures/kit/contract/definition.ts';
import { defaultsOf, parseStrict } from '../../src/figures/kit/contract/spec.ts';
import { wholeDrawing } from '../../src/figures/kit/draw/layered.ts';
import { networkDiagram } from '../../src/figures/kit/draw/network-diagram.ts';
import { definitions } from '../../src/figures/definitions.ts';

const figures = definitions;
/** tests/figures/cases/<figure>.ts: named props to render besides the defaults (one file per figure). */
const caseFiles = import.meta.glob<Record<string, Record<string, unknown>>>('./cases/*.ts', { eager: true, import: 'default' });
const cases = Object.fromEntries(Object.entries(caseFiles).map(([path, named]) => [path.slice('./cases/'.length, -3), named]));

/** Rounds every number in the markup to two decimals, so snapshots survive floating-point noise. */
export function normalise(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+(e[-+]?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/(plot|bl)-clip-\d+/g, '$1-clip')
    .replace(/></g, '>\n<');
}

function render(figure: FigureDefinition, props: Record<string, unknown>, width = DEFAULT_WIDTH): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const state = parseStrict(figure.spec, props, { figure: figure.component });
  const model = figure.compute(state);
  let out = normalise(wholeDrawing(figure.plot(state, model, document as unknown as Document, width)).outerHTML);
  if (figure.diagram) out += `\n<!-- diagram -->\n${normalise(networkDiagram(document as unknown as Document, figure.diagram(state, model)).outerHTML)}`;
  return `${out}\n`;
}

describe('plot snapshots', () => {
  for (const figure of figures) {
    const named = { default: {}, ...(cases[figure.name] ?? {}) };
    for (const [caseName, props] of Object.entries(named)) {
      it(`${figure.name}: ${caseName}`, async () => {
        await expect(render(figure, props)).toMatchFileSnapshot(`./output/${figure.name}--${caseName}.svg`);
      });
    }
    it(`${figure.name}: draws at phone width without NaN`, () => {
      const svg = render(figure, {}, NARROW_WIDTH);
      expect(svg).not.toMatch(/NaN|Infinity/);
      expect(svg).toContain(`width="${NARROW_WIDTH}"`);
    });
    it(`${figure.name}: every default is allowed by its own spec`, () => {
      expect(() => parseStrict(figure.spec, defaultsOf(figure.spec), { figure: figure.component })).not.toThrow();
    });
  }
});
