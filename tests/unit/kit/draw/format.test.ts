import { describe, expect, it } from 'vitest';
import { fmt, fmtLoss, signed } from '../../../../src/figures/kit/draw/format.ts';

const MINUS = '\u2212';

describe('fmt(value, digits = 2)', () => {
  it('fixes the decimals and writes a true minus sign', () => {
    expect(fmt(0.5)).toBe('0.50');
    expect(fmt(-1.234)).toBe(`${MINUS}1.23`);
    expect(fmt(3, 0)).toBe('3');
    expect(fmt(-2.5, 1)).toBe(`${MINUS}2.5`);
  });
  it('never prints "-0.00": what rounds to zero reads as zero', () => {
    expect(fmt(-0.004)).toBe('0.00');
    expect(fmt(-0)).toBe('0.00');
    expect(fmt(-0.04, 1)).toBe('0.0');
    expect(fmt(-0.005)).toBe(`${MINUS}0.01`);
  });
  it('reads NaN and infinities as a dash, never "NaN"', () => {
    for (const value of [NaN, Infinity, -Infinity]) expect(fmt(value)).toBe('—');
  });
});

describe('signed(value, digits = 2)', () => {
  it('puts the sign before a space, for terms like "0.50x − 1.20"', () => {
    expect(signed(1.2)).toBe('+ 1.20');
    expect(signed(-1.2)).toBe(`${MINUS} 1.20`);
  });
  it('gives zero a plus, even from a tiny negative', () => {
    expect(signed(0)).toBe('+ 0.00');
    expect(signed(-0.001)).toBe('+ 0.00');
    expect(signed(-0.001, 3)).toBe(`${MINUS} 0.001`);
  });
  it('shows a dash, never "NaN" or "Infinity", for a non-finite value', () => {
    for (const value of [NaN, Infinity, -Infinity]) expect(signed(value)).toMatch(/^[+\u2212] —$/);
  });
});

describe('fmtLoss(value)', () => {
  it('keeps three significant figures in the ordinary range', () => {
    expect(fmtLoss(0.31234)).toBe('0.312');
    expect(fmtLoss(12.345)).toBe('12.3');
    expect(fmtLoss(0)).toBe('0.00');
    expect(fmtLoss(0.001)).toBe('0.00100');
  });
  it('switches to an exponent for huge and tiny losses', () => {
    expect(fmtLoss(123456)).toBe('1.23e+5');
    expect(fmtLoss(0.000123)).toBe(`1.23e${MINUS}4`);
  });
  it('reads NaN and infinities as a dash', () => {
    for (const value of [NaN, Infinity, -Infinity]) expect(fmtLoss(value)).toBe('—');
  });
});
