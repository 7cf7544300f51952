/**
 * The stand-in a trained figure draws while a data point is dragged: warm-started from the parameters on
 * screen, a few steps on the new data. It must read like a finished run at every step, and never hold NaN,
 * whatever the reader does to the points (a point far away, points on top of each other, a huge learning rate).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeLoss, createDataset, paramsAt, type Network } from '../../../../src/nn/index.ts';
import { runJob, type TrainingJob } from '../../../../src/figures/kit/training/trajectories.ts';
import { warmStart } from '../../../../src/figures/kit/training/warm-start.ts';

const STEPS = 300;

function job(xs: number[], ys: number[], learningRate = 0.02): TrainingJob {
  return {
    sizes: [1, 8, 1],
    activation: 'relu',
    seed: 1,
    inputs: xs,
    targets: ys,
    inputSize: 1,
    outputSize: 1,
    options: { steps: STEPS, learningRate, optimizer: 'adam', record: 5 },
  };
}

const published = job([-2, -1, 0, 1, 2], [2, 0.5, 0, 0.5, 2]);
const shown = runJob(published);

describe('warmStart', () => {
  it('reads as a finished run: every step gives the same parameters, the loss curve on screen is kept', () => {
    const edited = job([-2, -1, 0, 1, 2], [2, 0.5, 1.5, 0.5, 2]);
    const stand = warmStart(edited, shown, STEPS);
    expect(stand.stoppedAt).toBe(STEPS);
    expect(stand.diverged).toBe(false);
    for (const step of [0, 1, 150, STEPS]) expect(Array.from(paramsAt(stand, step))).toEqual(Array.from(paramsAt(stand, 0)));
    expect(stand.loss).toBe(shown.loss);
  });

  it('moves the fit towards the new data', () => {
    const edited = job([-2, -1, 0, 1, 2], [2, 0.5, 1.5, 0.5, 2]);
    const data = createDataset(edited.inputs as number[], edited.targets as number[], 1, 1);
    const before: Network = { sizes: [1, 8, 1], activation: 'relu', output: 'identity', params: paramsAt(shown, STEPS).slice() };
    const after: Network = { ...before, params: paramsAt(warmStart(edited, shown, STEPS), 0).slice() };
    expect(computeLoss(after, data, 'mse')).toBeLessThan(computeLoss(before, data, 'mse'));
  });

  it('never yields NaN, for any edit and even a learning rate that blows up', () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 2, maxLength: 30 }), fc.constantFrom(0.02, 10, 1e6), (rows, rate) => {
        const stand = warmStart(job(rows.map((r) => r[0]), rows.map((r) => r[1]), rate), shown, 120);
        expect(Array.from(stand.params).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
