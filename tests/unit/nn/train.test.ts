import { describe, expect, test } from 'vitest';
import {
  cloneNetwork,
  collapse,
  computeLoss,
  createNetwork,
  fitLine,
  datasets,
  optimizerNames,
  paramsAt,
  predict,
  train,
} from '../../../src/nn/index.ts';
import type { Trajectory } from '../../../src/nn/index.ts';

const v = datasets.v();

function allFinite(values: ArrayLike<number>): boolean {
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k])) return false;
  return true;
}

describe('train(net, data, { optimizer })', () => {
  test.each(optimizerNames)('%s lowers the loss', (optimizer) => {
    const net = createNetwork({ sizes: [1, 8, 1], activation: 'tanh', seed: 2 });
    const traj = train(net, datasets.sine(), {
      steps: 300,
      learningRate: optimizer === 'adam' ? 0.01 : 0.02,
      optimizer,
    });
    expect(traj.diverged).toBe(false);
    expect(traj.loss.length).toBe(301);
    expect(traj.loss[300]).toBeLessThan(0.5 * traj.loss[0]);
  });

  test.each(optimizerNames)('%s with minibatches lowers the loss', (optimizer) => {
    const net = createNetwork({ sizes: [1, 8, 1], activation: 'tanh', seed: 2 });
    const traj = train(net, datasets.sine(), {
      steps: 400,
      learningRate: optimizer === 'adam' ? 0.01 : 0.02,
      optimizer,
      batchSize: 8,
    });
    expect(traj.loss[400]).toBeLessThan(0.5 * traj.loss[0]);
  });

  test('loss[s] is the full-data loss of the params after s steps', () => {
    const net = createNetwork({ sizes: [1, 4, 1], activation: 'relu' });
    const start = computeLoss(net, v);
    const traj = train(net, v, { steps: 20, learningRate: 0.05, batchSize: 5, optimizer: 'momentum' });
    expect(traj.loss[0]).toBe(start);
    expect(traj.loss[20]).toBe(computeLoss(net, v));
  });

  test('ends with net.params at the last step and returns paramCount', () => {
    const net = createNetwork({ sizes: [1, 4, 1], activation: 'relu' });
    const traj = train(net, v, { steps: 10, learningRate: 0.05, record: 1 });
    expect(traj.paramCount).toBe(net.params.length);
    expect([...paramsAt(traj, 10)]).toEqual([...net.params]);
  });

  test('steps: 0 leaves the network alone', () => {
    const net = createNetwork({ sizes: [1, 4, 1], activation: 'relu' });
    const before = net.params.slice();
    const traj = train(net, v, { steps: 0, learningRate: 0.05, record: 1 });
    expect([...net.params]).toEqual([...before]);
    expect(traj.loss.length).toBe(1);
    expect([...traj.recordedSteps]).toEqual([0]);
  });
});

describe('train(net, v, options) against fitLine(v): why bending matters', () => {
  test('a 1-8-1 ReLU network fits a V far below the best line', () => {
    const net = createNetwork({ sizes: [1, 8, 1], activation: 'relu' });
    const traj = train(net, v, { steps: 2000, learningRate: 0.05 });
    const best = fitLine(v);
    expect(traj.loss[2000]).toBeLessThan(0.2 * best.mse);
  });

  test.each([
    [[1, 1]],
    [[1, 3, 1]],
    [[1, 3, 3, 1]],
  ])('a linear network of sizes %j converges to fitLine', (sizes) => {
    const net = createNetwork({ sizes, activation: 'identity', seed: 5 });
    const traj = train(net, v, { steps: 3000, learningRate: 0.02, optimizer: 'adam' });
    const best = fitLine(v);
    const { weights, biases } = collapse(net);
    expect(Math.abs(weights[0] - best.slope)).toBeLessThan(1e-3);
    expect(Math.abs(biases[0] - best.intercept)).toBeLessThan(1e-3);
    const final = traj.loss[traj.stoppedAt];
    expect(final).toBeGreaterThanOrEqual(best.mse * (1 - 1e-12)); // a line cannot beat the best line
    expect(final - best.mse).toBeLessThan(1e-6);
  });
});

describe('train(net, data, { seed })', () => {
  const run = (netSeed: number, trainSeed: number, batchSize?: number): { traj: Trajectory; params: Float64Array } => {
    const net = createNetwork({ sizes: [2, 5, 1], activation: 'tanh', output: 'sigmoid', seed: netSeed });
    const traj = train(net, datasets.moons({ count: 40 }), {
      steps: 50,
      learningRate: 0.1,
      loss: 'bce',
      optimizer: 'adam',
      batchSize,
      seed: trainSeed,
      record: 1,
    });
    return { traj, params: net.params };
  };

  test('same seeds give identical trajectories', () => {
    const a = run(1, 1, 10);
    const b = run(1, 1, 10);
    expect([...a.traj.loss]).toEqual([...b.traj.loss]);
    expect([...a.traj.params]).toEqual([...b.traj.params]);
    expect([...a.params]).toEqual([...b.params]);
  });

  test('a different minibatch seed gives a different trajectory', () => {
    expect([...run(1, 1, 10).traj.loss]).not.toEqual([...run(1, 2, 10).traj.loss]);
  });

  test('a different network seed gives a different trajectory', () => {
    expect([...run(1, 1).traj.loss]).not.toEqual([...run(2, 1).traj.loss]);
  });

  test('full-batch training ignores the seed', () => {
    expect([...run(1, 1).traj.loss]).toEqual([...run(1, 2).traj.loss]);
  });
});

describe('train(net, data, { learningRate: 1e6 })', () => {
  test.each(['sgd', 'momentum'] as const)('reports divergence with finite params (%s)', (optimizer) => {
    const net = createNetwork({ sizes: [1, 8, 1], activation: 'relu' });
    const traj = train(net, v, { steps: 100, learningRate: 1e6, optimizer, record: 1 });
    expect(traj.diverged).toBe(true);
    expect(traj.stoppedAt).toBeLessThan(100);
    expect(allFinite(net.params)).toBe(true);
    expect(allFinite(traj.params)).toBe(true);
    expect(traj.loss.length).toBe(traj.stoppedAt + 1);
    expect(allFinite(traj.loss)).toBe(true);
    expect(traj.recordedSteps[traj.recordedSteps.length - 1]).toBe(traj.stoppedAt);
    expect([...paramsAt(traj, traj.stoppedAt)]).toEqual([...net.params]);
    expect(computeLoss(net, v)).toBe(traj.loss[traj.stoppedAt]);
  });

  test('with adam (steps of size ~η) keeps everything finite, stopping if it overflows', () => {
    const net = createNetwork({ sizes: [1, 8, 8, 1], activation: 'relu' });
    const traj = train(net, v, { steps: 300, learningRate: 1e6, optimizer: 'adam', record: 7 });
    expect(traj.loss.length).toBe(traj.stoppedAt + 1);
    expect(traj.loss[traj.stoppedAt]).toBeGreaterThan(1e6);
    expect(allFinite(net.params)).toBe(true);
    expect(allFinite(traj.params)).toBe(true);
    expect(allFinite(traj.loss)).toBe(true);
  });

  test('with tanh hidden units and bce', () => {
    const net = createNetwork({ sizes: [2, 8, 8, 1], activation: 'tanh', output: 'sigmoid' });
    const traj = train(net, datasets.spiral(), { steps: 200, learningRate: 1e6, loss: 'bce' });
    expect(allFinite(net.params)).toBe(true);
    expect(allFinite(traj.loss)).toBe(true);
    expect(allFinite(predict(net, [0, 0]))).toBe(true);
  });

  test('stops when the loss overflows even though the params are finite', () => {
    // Output weight 1e154: after one step of this size the loss is around 1e308 or beyond.
    const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [1e153, 0] });
    const traj = train(net, datasets.line(), { steps: 5, learningRate: 1e3 });
    expect(traj.diverged).toBe(true);
    expect(allFinite(traj.loss)).toBe(true);
    expect([...net.params]).toEqual([1e153, 0]);
  });

  test('throws if the initial loss is already not finite', () => {
    const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [1e300, 0] });
    expect(() => train(net, datasets.line(), { steps: 5, learningRate: 0.1 })).toThrow(/initial net\.params/);
  });
});

describe('train(net, data, { record })', () => {
  const base = createNetwork({ sizes: [1, 3, 1], activation: 'tanh' });
  const options = { learningRate: 0.05, optimizer: 'momentum' } as const;

  test('record: k keeps steps 0, k, 2k, … and the end', () => {
    const traj = train(cloneNetwork(base), v, { ...options, steps: 10, record: 3 });
    expect(traj.recordEvery).toBe(3);
    expect([...traj.recordedSteps]).toEqual([0, 3, 6, 9, 10]);
    expect(traj.params.length).toBe(5 * traj.paramCount);
  });

  test('record: k with k dividing steps does not repeat the end', () => {
    const traj = train(cloneNetwork(base), v, { ...options, steps: 9, record: 3 });
    expect([...traj.recordedSteps]).toEqual([0, 3, 6, 9]);
  });

  test('record larger than steps keeps the start and the end', () => {
    const traj = train(cloneNetwork(base), v, { ...options, steps: 10, record: 50 });
    expect([...traj.recordedSteps]).toEqual([0, 10]);
  });

  test('record: 1 keeps every step', () => {
    const traj = train(cloneNetwork(base), v, { ...options, steps: 7, record: 1 });
    expect([...traj.recordedSteps]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test('record: 0 (the default) keeps nothing, and paramsAt throws', () => {
    const traj = train(cloneNetwork(base), v, { ...options, steps: 10 });
    expect(traj.params.length).toBe(0);
    expect(traj.recordedSteps.length).toBe(0);
    expect(traj.recordEvery).toBe(0);
    expect(() => paramsAt(traj, 0)).toThrow(/record: 0/);
  });

  test('paramsAt(traj, step) gives the params after that step, or the nearest recorded step below', () => {
    const traj = train(cloneNetwork(base), v, { ...options, steps: 10, record: 3 });
    expect([...paramsAt(traj, 0)]).toEqual([...base.params]);
    const after = (steps: number) => {
      const net = cloneNetwork(base);
      train(net, v, { ...options, steps });
      return [...net.params];
    };
    expect([...paramsAt(traj, 6)]).toEqual(after(6));
    expect([...paramsAt(traj, 7)]).toEqual(after(6));
    expect([...paramsAt(traj, 8)]).toEqual(after(6));
    expect([...paramsAt(traj, 9)]).toEqual(after(9));
    expect([...paramsAt(traj, 10)]).toEqual(after(10));
    expect([...paramsAt(traj, 1000)]).toEqual(after(10));
    expect(paramsAt(traj, 4).length).toBe(traj.paramCount);
  });

  test('paramsAt(traj, step) throws for a bad step, naming step', () => {
    const traj = train(cloneNetwork(base), v, { ...options, steps: 10, record: 3 });
    expect(() => paramsAt(traj, -1)).toThrow(/step/);
    expect(() => paramsAt(traj, 1.5)).toThrow(RangeError);
  });
});

describe('train(net, data, options) rejects bad options, naming them', () => {
  const net = () => createNetwork({ sizes: [1, 3, 1], activation: 'tanh' });
  const good = { steps: 10, learningRate: 0.1 };
  test.each([
    ["steps: -1", { ...good, steps: -1 }, /steps/],
    ["steps: 2.5", { ...good, steps: 2.5 }, /steps/],
    ["steps: NaN", { ...good, steps: NaN }, /steps/],
    ["steps missing", { ...good, steps: undefined }, /steps/],
    ["learningRate: 0", { ...good, learningRate: 0 }, /learningRate/],
    ["learningRate: -0.1", { ...good, learningRate: -0.1 }, /learningRate/],
    ["learningRate: Infinity", { ...good, learningRate: Infinity }, /learningRate/],
    ["learningRate: NaN", { ...good, learningRate: NaN }, /learningRate/],
    ["learningRate: '0.1'", { ...good, learningRate: '0.1' }, /learningRate/],
    ["record: -1", { ...good, record: -1 }, /record/],
    ["record: 0.5", { ...good, record: 0.5 }, /record/],
    ["batchSize: 0", { ...good, batchSize: 0 }, /batchSize/],
    ["batchSize: 41 (> data.count)", { ...good, batchSize: 41 }, /batchSize/],
    ["batchSize: 2.5", { ...good, batchSize: 2.5 }, /batchSize/],
    ["optimizer: 'rmsprop'", { ...good, optimizer: 'rmsprop' }, /optimizer/],
    ["momentum: 1", { ...good, momentum: 1 }, /momentum/],
    ["beta2: -0.1", { ...good, beta2: -0.1 }, /beta2/],
    ["epsilon: 0", { ...good, epsilon: 0 }, /epsilon/],
    ["loss: 'l1'", { ...good, loss: 'l1' }, /loss/],
    ["seed: Infinity", { ...good, seed: Infinity }, /seed/],
  ] as const)('%s', (_label, options, message) => {
    // @ts-expect-error some options are deliberately of the wrong type
    expect(() => train(net(), v, options)).toThrow(message);
  });

  test('data whose sizes disagree with the network', () => {
    expect(() => train(net(), datasets.moons(), good)).toThrow(/data\.inputSize/);
    const twoOut = createNetwork({ sizes: [1, 3, 2], activation: 'tanh' });
    expect(() => train(twoOut, v, good)).toThrow(/data\.outputSize/);
  });

  test('data that disagrees with itself', () => {
    const bad = { ...v, count: 41 };
    expect(() => train(net(), bad, good)).toThrow(/data\.inputs/);
    const nan = { ...v, targets: v.targets.slice() };
    nan.targets[3] = NaN;
    expect(() => train(net(), nan, good)).toThrow(/data\.targets\[3\]/);
  });
});
