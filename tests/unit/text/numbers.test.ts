/** Numbers in the course's language: the marks each language uses, and every formatter writing them. */
import { describe, expect, it } from 'vitest';
import { numberMarks } from '../../../src/build/locales.ts';
import { fmt, fmtLoss, localNumber, signed } from '../../../src/figures/kit/draw/format.ts';

describe('number marks per language', () => {
  it('reads the decimal mark, the thousands mark and the grouping from the language', () => {
    expect(numberMarks('en')).toEqual({ decimal: '.', group: ',', groupFrom: 4 });
    expect(numberMarks('de')).toEqual({ decimal: ',', group: '.', groupFrom: 4 });
    expect(numberMarks('es')).toMatchObject({ decimal: ',', group: '.', groupFrom: 5 });
  });

  it('writes numbers JavaScript printed in those marks, with a true minus sign', () => {
    const de = numberMarks('de');
    const es = numberMarks('es');
    expect(localNumber('-1234.50', de)).toBe('\u22121.234,50');
    expect(localNumber('1234567', de)).toBe('1.234.567');
    expect(localNumber('1234.5', es)).toBe('1234,5');
    expect(localNumber('12345.5', es)).toBe('12.345,5');
    expect(localNumber('1.50e-7', de)).toBe('1,50e\u22127');
    expect(localNumber('-0.25', numberMarks('en'))).toBe('\u22120.25');
  });
});

describe('formatters (the course here is English)', () => {
  it('fmt, signed and fmtLoss keep their English output', () => {
    expect(fmt(-1.234)).toBe('\u22121.23');
    expect(fmt(12345.678, 1)).toBe('12,345.7');
    expect(signed(-0.5)).toBe('\u2212 0.50');
    expect(fmtLoss(0.000123)).toBe('1.23e\u22124');
    expect(fmtLoss(Number.NaN)).toBe('—');
  });
});
