/**
 * Chapter 7 ("How many bends") quotes numbers the width-explorer figure shows when the reader follows its Try-this.
 * The figure trains the same way every time (fixed seed, Adam, 1,500 steps), so the numbers are facts of the code:
 * if the nn module or the figure's training changes, these fail and the prose must be checked again.
 */
import { describe, expect, it } from 'vitest';
import { compute } from '../../../src/figures/width-explorer/model.ts';

const loss = (dataset: 'u' | 'sine', width: number) => compute({ dataset, width }).loss;
const widths = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('chapter 7 against width-explorer', () => {
  it('the U: from width 1 to 4 and to 8 the loss falls more than a hundredfold', () => {
    expect(loss('u', 1) / loss('u', 4)).toBeGreaterThan(100);
    expect(loss('u', 1) / loss('u', 8)).toBeGreaterThan(100);
  });

  it('the U: past about 8 neurons the loss wobbles between 0.002 and 0.007', () => {
    for (const width of widths(9, 32)) {
      expect(loss('u', width), `width ${width}`).toBeGreaterThan(0.0015);
      expect(loss('u', width), `width ${width}`).toBeLessThan(0.007);
    }
  });

  it('the wave: widths 4, 6 and 8 stop at about width 3’s loss, about 0.11', () => {
    for (const width of [3, 4, 6, 8]) {
      expect(loss('sine', width), `width ${width}`).toBeGreaterThan(0.1);
      expect(loss('sine', width), `width ${width}`).toBeLessThan(0.12);
    }
  });

  it('the wave: 12, 16, 24 and 32 fit it; 13 and 31 jump back to about 0.06', () => {
    for (const width of [12, 16, 24, 32]) expect(loss('sine', width), `width ${width}`).toBeLessThan(0.006);
    for (const width of [13, 31]) {
      expect(loss('sine', width), `width ${width}`).toBeGreaterThan(0.05);
      expect(loss('sine', width), `width ${width}`).toBeLessThan(0.07);
    }
  });
});
