import { describe, expect, test } from 'vitest';
import { shownStep, stepReadout } from '../../../../src/figures/kit/training/step-readout.ts';

describe('stepReadout(requested, run)', () => {
  const blewUp = { diverged: true, stoppedAt: 50 };

  test('a step before the blow-up is an ordinary step', () => {
    expect(stepReadout(0, blewUp)).toBe('0');
    expect(stepReadout(30, blewUp)).toBe('30');
    expect(stepReadout(50, blewUp)).toBe('50');
  });

  test('a step past the blow-up shows the last good step, marked diverged', () => {
    expect(stepReadout(51, blewUp)).toBe('50 (diverged)');
    expect(stepReadout(400, blewUp)).toBe('50 (diverged)');
  });

  test('a run that finished never says diverged', () => {
    const finished = { diverged: false, stoppedAt: 400 };
    expect(stepReadout(400, finished)).toBe('400');
    expect(stepReadout(120, finished)).toBe('120');
  });

  test('shownStep(requested, run) stops at the last good step', () => {
    expect(shownStep(30, blewUp)).toBe(30);
    expect(shownStep(400, blewUp)).toBe(50);
  });
});
