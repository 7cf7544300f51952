import { describe, expect, test } from 'vitest';
import { isTrained, jobCost, jobKey, MAIN_THREAD_BUDGET, prepare, runJob, trajectoryFor, type TrainingJob } from '../../../../src/figures/kit/training/trajectories.ts';

/** A job small enough to train many times: one neuron, a few points, a few steps. */
function tinyJob(overrides: Partial<TrainingJob> = {}): TrainingJob {
  return {
    sizes: [1, 1],
    activation: 'identity',
    params: [0.5, -0.25],
    inputs: new Float64Array([0, 1, 2, 3]),
    targets: new Float64Array([1, 3, 5, 7]),
    inputSize: 1,
    outputSize: 1,
    options: { steps: 3, learningRate: 0.01, optimizer: 'sgd', record: 1 },
    ...overrides,
  };
}

describe('jobKey(job)', () => {
  test('the same contents in another object give the same key', () => {
    expect(jobKey(tinyJob())).toBe(jobKey(tinyJob()));
    // Numbers in a plain array or a typed array are the same data.
    expect(jobKey(tinyJob({ inputs: new Float64Array([0, 1, 2, 3]) }))).toBe(jobKey(tinyJob()));
  });

  test.each<[string, Partial<TrainingJob>]>([
    ['sizes', { sizes: [1, 2, 1], params: undefined }],
    ['activation', { activation: 'relu' }],
    ['output', { output: 'sigmoid' }],
    ['seed', { seed: 2 }],
    ['init', { init: 'he' }],
    ['params', { params: [0.5, -0.26] }],
    ['one input', { inputs: new Float64Array([0, 1, 2, 3.0000001]) }],
    ['one target', { targets: new Float64Array([1, 3, 5, 8]) }],
    ['learning rate', { options: { steps: 3, learningRate: 0.02, optimizer: 'sgd', record: 1 } }],
    ['steps', { options: { steps: 4, learningRate: 0.01, optimizer: 'sgd', record: 1 } }],
    ['optimizer', { options: { steps: 3, learningRate: 0.01, optimizer: 'adam', record: 1 } }],
    ['record', { options: { steps: 3, learningRate: 0.01, optimizer: 'sgd', record: 3 } }],
  ])('a job that differs in its %s gets another key', (_field, change) => {
    expect(jobKey(tinyJob(change))).not.toBe(jobKey(tinyJob()));
  });

  test('a long dataset is hashed: two that differ in one late value still differ', () => {
    const inputs = Float64Array.from({ length: 200 }, (_, i) => i / 100);
    const targets = inputs.map((x) => 2 * x);
    const other = targets.slice();
    other[199] += 1e-12;
    const a = jobKey(tinyJob({ inputs, targets }));
    expect(a).not.toBe(jobKey(tinyJob({ inputs, targets: other })));
    expect(a.length).toBeLessThan(400);
  });
});

describe('trajectoryFor(job)', () => {
  test('trains once per configuration: the same job, or an equal one, comes from the cache', () => {
    const job = tinyJob({ params: [0.11, 0.22] });
    const first = trajectoryFor(job);
    expect(trajectoryFor(job)).toBe(first);
    expect(trajectoryFor(tinyJob({ params: [0.11, 0.22] }))).toBe(first);
    expect(trajectoryFor(tinyJob({ params: [0.11, 0.23] }))).not.toBe(first);
  });

  test('gives what runJob(job) trains', () => {
    const job = tinyJob({ params: [0.3, 0.4] });
    const cached = trajectoryFor(job);
    const fresh = runJob(job);
    expect([...cached.loss]).toEqual([...fresh.loss]);
    expect([...cached.params]).toEqual([...fresh.params]);
  });

  test('forgets the least recently used trajectory first (a 64-entry LRU)', () => {
    const kept = tinyJob({ params: [1, 1] });
    const dropped = tinyJob({ params: [2, 2] });
    trajectoryFor(dropped);
    trajectoryFor(kept);
    for (let k = 0; k < 63; k++) {
      trajectoryFor(tinyJob({ params: [3, k] }));
      // Read every round, so it stays the most recent.
      trajectoryFor(kept);
    }
    expect(isTrained(kept)).toBe(true);
    expect(isTrained(dropped)).toBe(false);
  });
});

describe('jobCost(job)', () => {
  test('steps × examples per step × parameters × 3', () => {
    // [2, 8, 1]: 8·(2 + 1) + 1·(8 + 1) = 33 parameters; 10 examples.
    const job = tinyJob({ sizes: [2, 8, 1], params: undefined, inputs: new Float64Array(20), targets: new Float64Array(10), inputSize: 2 });
    expect(jobCost(job)).toBe(3 * 10 * 33 * 3);
    expect(jobCost({ ...job, options: { ...job.options, batchSize: 4 } })).toBe(3 * 4 * 33 * 3);
  });
});

describe('prepare(job)', () => {
  test('without a Worker, trains on the main thread before it returns, even a job over the budget', async () => {
    expect(typeof Worker).toBe('undefined');
    const big = tinyJob({ params: [0.7, 0.8], options: { steps: 200_000, learningRate: 0.001, optimizer: 'sgd', record: 0 } });
    expect(jobCost(big)).toBeGreaterThan(MAIN_THREAD_BUDGET);
    expect(isTrained(big)).toBe(false);
    const done = prepare(big);
    expect(isTrained(big)).toBe(true);
    await done;
    expect(trajectoryFor(big).stoppedAt).toBe(200_000);
  });
});
