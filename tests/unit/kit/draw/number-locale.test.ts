/**
 * Plot's own tick labels follow the course's language: the kit hands d3-format the language's marks before any
 * plot draws. Drawn through the kit's real base (axesBase) into a linkedom document, as the build draws.
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { numberMarks } from '../../../../src/build/locales.ts';
import { axesBase } from '../../../../src/figures/kit/draw/marks.ts';
import { useNumberMarks } from '../../../../src/figures/kit/draw/number-locale.ts';

const MINUS = '\u2212';

function ticks(xDomain: [number, number], yDomain: [number, number] = [0, 1]): string[] {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = axesBase(document as unknown as Document, { width: 400, height: 300, xDomain, yDomain, xLabel: 'x', yLabel: 'y' }) as unknown as Element;
  return Array.from(svg.querySelectorAll('[aria-label="x-axis tick label"] text'), (t) => t.textContent ?? '');
}

describe('number-locale: Plot ticks in the language of the course', () => {
  // The unit tests build the English course; put its marks back for the tests after these.
  afterEach(() => useNumberMarks(numberMarks('en')));

  it('an English course writes "0.5", "−1" and "1,500" (a true minus, groups of three)', () => {
    expect(ticks([-1, 1])).toEqual(expect.arrayContaining([`${MINUS}1.0`, `${MINUS}0.5`, '0.0', '0.5', '1.0']));
    expect(ticks([0, 1500])).toContain('1,500');
  });

  it('a German course writes "0,5", "−1,0" and "1.500" on Plot\'s axes', () => {
    useNumberMarks(numberMarks('de'));
    expect(ticks([-1, 1])).toEqual(expect.arrayContaining([`${MINUS}1,0`, `${MINUS}0,5`, '0,0', '0,5', '1,0']));
    expect(ticks([0, 1500])).toContain('1.500');
  });
});
