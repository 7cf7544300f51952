import { describe, expect, test } from 'vitest';
import { collapse, createDataset, createNetwork, fitLine, datasets, predict } from '../../../src/nn/index.ts';
import { maxAbsDiff, randomData } from './helpers.ts';

describe('collapse(net)', () => {
  test.each([
    [[3, 5, 4, 2]],
    [[1, 8, 8, 8, 1]],
    [[2, 2]],
    [[4, 1, 3]],
  ])('equals a random deep identity network %j to 1e-9', (sizes) => {
    const net = createNetwork({ sizes, activation: 'identity', seed: 11, biasStd: 1 });
    const { weights, biases, rows, cols } = collapse(net);
    expect(rows).toBe(sizes[sizes.length - 1]);
    expect(cols).toBe(sizes[0]);
    expect(weights.length).toBe(rows * cols);
    expect(biases.length).toBe(rows);
    const data = randomData(cols, 1, 25, 5);
    const expected = predict(net, data.inputs);
    const single = createNetwork({ sizes: [cols, rows], activation: 'identity', params: [...weights, ...biases] });
    expect(maxAbsDiff(predict(single, data.inputs), expected)).toBeLessThan(1e-9);
  });

  test('throws for relu, naming net.activation', () => {
    const net = createNetwork({ sizes: [1, 4, 1], activation: 'relu' });
    expect(() => collapse(net)).toThrow(TypeError);
    expect(() => collapse(net)).toThrow(/net\.activation must be 'identity'.*'relu'/);
  });

  test('throws for a non-identity output, naming net.output', () => {
    const net = createNetwork({ sizes: [2, 3, 1], activation: 'identity', output: 'sigmoid' });
    expect(() => collapse(net)).toThrow(/net\.output/);
  });

  test('ignores the hidden activation when there is no hidden layer', () => {
    const net = createNetwork({ sizes: [2, 1], activation: 'relu', params: [1, 2, 3] });
    expect([...collapse(net).weights]).toEqual([1, 2]);
  });
});

describe('fitLine(data)', () => {
  test('recovers a noise-free line exactly', () => {
    const fit = fitLine(datasets.line({ noise: 0, slope: -1.5, intercept: 0.25 }));
    expect(fit.slope).toBeCloseTo(-1.5, 12);
    expect(fit.intercept).toBeCloseTo(0.25, 12);
    expect(fit.mse).toBeLessThan(1e-25);
  });

  test('on a symmetric V: flat line at the mean, mse = variance', () => {
    const data = datasets.v({ noise: 0 });
    const fit = fitLine(data);
    const mean = data.targets.reduce((a, b) => a + b) / data.count;
    const variance = data.targets.reduce((a, y) => a + (y - mean) ** 2, 0) / data.count;
    expect(Math.abs(fit.slope)).toBeLessThan(1e-12);
    expect(fit.intercept).toBeCloseTo(mean, 12);
    expect(fit.mse).toBeCloseTo(variance, 12);
  });

  test('is least squares: nudging slope or intercept never lowers the mse', () => {
    const data = datasets.sine({ noise: 0.3, seed: 4 });
    const fit = fitLine(data);
    const mse = (m: number, c: number) =>
      data.inputs.reduce((sum, x, s) => sum + (m * x + c - data.targets[s]) ** 2, 0) / data.count;
    expect(mse(fit.slope, fit.intercept)).toBeCloseTo(fit.mse, 12);
    for (const [dm, dc] of [[1e-3, 0], [-1e-3, 0], [0, 1e-3], [0, -1e-3]]) {
      expect(mse(fit.slope + dm, fit.intercept + dc)).toBeGreaterThan(fit.mse);
    }
  });

  test('all x equal: slope 0, intercept the mean of y', () => {
    const fit = fitLine(createDataset([0.1, 0.1, 0.1], [1, 2, 6], 1, 1));
    expect(fit.slope).toBe(0);
    expect(fit.intercept).toBe(3);
    expect(fit.mse).toBeCloseTo(14 / 3, 12);
  });

  test('throws unless the data is 1-D in and out', () => {
    expect(() => fitLine(datasets.moons())).toThrow(/one input and one output.*inputSize 2/);
  });
});
