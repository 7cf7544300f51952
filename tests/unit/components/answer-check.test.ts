import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNumber, parseNumber, type NumberAnswer } from '../../../src/components/exercises/answer-check.ts';

const bends: NumberAnswer = { value: 3, tolerance: 0, hints: [{ value: 0, hint: 'that is the linear network' }] };

describe('parseNumber: numbers as people type them', () => {
  it('reads points, commas, typographic minus signs and spaced thousands', () => {
    expect(parseNumber('3')).toBe(3);
    expect(parseNumber(' 0.25 ')).toBe(0.25);
    expect(parseNumber('-0,5')).toBe(-0.5);
    expect(parseNumber('−2')).toBe(-2);
    expect(parseNumber('1 000')).toBe(1000);
    expect(parseNumber('.5')).toBe(0.5);
  });
  it('refuses what is not one number', () => {
    for (const bad of ['', 'three', '3 bends', '1,2,3', '1.2.3', '--1', 'Infinity', 'NaN', '0x10', '1e400']) expect(parseNumber(bad), bad).toBeNull();
  });
  it('any finite number written out reads back as itself, with a comma as well as a point', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), (n) => {
        const written = n.toFixed(4);
        expect(parseNumber(written)).toBeCloseTo(Number(written), 10);
        expect(parseNumber(written.replace('.', ','))).toBeCloseTo(Number(written), 10);
      }),
    );
  });
  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const n = parseNumber(s);
      expect(n === null || Number.isFinite(n)).toBe(true);
    }));
  });
});

describe('checkNumber', () => {
  it('the right number is right; a named wrong one gets its hint; any other wrong one says which way to go', () => {
    expect(checkNumber('3', bends)).toEqual({ kind: 'right', value: 3 });
    expect(checkNumber('0', bends)).toEqual({ kind: 'wrong', value: 0, hint: 'that is the linear network', direction: 'higher' });
    expect(checkNumber('7', bends)).toEqual({ kind: 'wrong', value: 7, hint: undefined, direction: 'lower' });
    expect(checkNumber('three', bends)).toEqual({ kind: 'unreadable' });
  });
  it('counts anything within the tolerance as right, and a decimal typed as shown', () => {
    const loss = { value: 0.3, tolerance: 0.05, hints: [] };
    expect(checkNumber('0,33', loss).kind).toBe('right');
    expect(checkNumber('0.36', loss).kind).toBe('wrong');
    expect(checkNumber(String(0.1 + 0.2), { value: 0.3, tolerance: 0, hints: [] }).kind).toBe('right');
  });
  it('within the tolerance is always right, beyond it always wrong', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (value, tolerance, by) => {
        const typed = value + by * tolerance;
        const verdict = checkNumber(String(typed), { value, tolerance, hints: [] });
        if (Math.abs(by) < 0.999) expect(verdict.kind).toBe('right');
        if (Math.abs(by) > 1.001 && tolerance > 1e-6) expect(verdict.kind).toBe('wrong');
      }),
    );
  });
});
