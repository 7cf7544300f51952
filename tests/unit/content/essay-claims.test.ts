/**
 * Numbers and shapes the essay's prose promises a reader who follows a Try-this, checked against the figures'
 * own models. The figures train the same way every time (fixed seeds), so these are facts of the code: if the nn
 * module or a figure's training changes, these fail and the sentence named in the test must be read again.
 */
import { describe, expect, it } from 'vitest';
import { predict } from '../../../src/nn/index.ts';
import * as boundary from '../../../src/figures/decision-boundary/model.ts';
import * as landscape from '../../../src/figures/loss-landscape/model.ts';
import { spec as landscapeSpec } from '../../../src/figures/loss-landscape/state.ts';
import { defaultsOf } from '../../../src/figures/kit/contract/spec.ts';
import * as widths7 from '../../../src/figures/width-explorer/model.ts';

describe('chapter 2 against loss-landscape', () => {
  it('“Try the corners”: bottom left and top right are bright (loss over 100), the other two are not', () => {
    const { land } = landscape.compute(defaultsOf(landscapeSpec));
    const [w, b] = [landscapeSpec.w, landscapeSpec.b];
    expect(land.loss(w.min, b.min)).toBeGreaterThan(100);
    expect(land.loss(w.max, b.max)).toBeGreaterThan(100);
    expect(land.loss(w.min, b.max)).toBeLessThan(20);
    expect(land.loss(w.max, b.min)).toBeLessThan(20);
  });
});

describe('chapter 8 against decision-boundary', () => {
  it('identity on the circle: about a third of the ring, of the disc and of all points end up wrong', () => {
    const m = boundary.compute({ dataset: 'circle', points: '', activation: 'identity', step: 400 });
    const p = predict(m.net, m.data.inputs);
    const wrongShare = (label: 0 | 1) => {
      const ofClass = m.samples.map((s, i) => ({ s, i })).filter(({ s }) => s.label === label);
      return ofClass.filter(({ i }) => p[i] > 0.5 !== (label === 1)).length / ofClass.length;
    };
    for (const share of [wrongShare(0), wrongShare(1), 1 - m.accuracy]) {
      expect(share).toBeGreaterThan(0.28);
      expect(share).toBeLessThan(0.4);
    }
  });
});

const loss = (curve: 'u' | 'sine', width: number) => widths7.compute({ dataset: curve === 'u' ? 'u-40' : 'sine-2x', width, points: '' }).loss;
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
