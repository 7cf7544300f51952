import { describe, expect, test } from 'vitest';
import { activations, createNetwork, forward, predict } from '../../../src/nn/index.ts';
import { maxAbsDiff } from './helpers.ts';

describe('predict(net, inputs, count)', () => {
  test('computes f(W x + b) layer by layer in the documented layout', () => {
    // 2 inputs → 2 tanh neurons → 1 identity output.
    // Layer 0: W = [[1, 2], [3, 4]] (row j = neuron j), b = [0.5, -0.5]; layer 1: W = [[5, 6]], b = [7].
    const net = createNetwork({
      sizes: [2, 2, 1],
      activation: 'tanh',
      params: [1, 2, 3, 4, 0.5, -0.5, 5, 6, 7],
    });
    const x = [0.1, -0.2, 0.3, 0.4];
    const expected = [0, 1].map((s) => {
      const [x0, x1] = [x[2 * s], x[2 * s + 1]];
      const h0 = Math.tanh(1 * x0 + 2 * x1 + 0.5);
      const h1 = Math.tanh(3 * x0 + 4 * x1 - 0.5);
      return 5 * h0 + 6 * h1 + 7;
    });
    const out = predict(net, x);
    expect(out).toBeInstanceOf(Float64Array);
    expect(maxAbsDiff(out, expected)).toBeLessThan(1e-15);
  });

  test('multi-output results are count × outputSize, row-major', () => {
    // 1 input → 3 identity outputs with weights [1, 2, 3] and biases [10, 20, 30].
    const net = createNetwork({ sizes: [1, 3], activation: 'identity', params: [1, 2, 3, 10, 20, 30] });
    expect([...predict(net, [1, 2])]).toEqual([11, 22, 33, 12, 24, 36]);
  });

  test('count limits the rows used; count 0 gives an empty result', () => {
    const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [2, 0] });
    expect([...predict(net, [1, 2, 3], 2)]).toEqual([2, 4]);
    expect(predict(net, [1, 2, 3], 0).length).toBe(0);
  });

  test('output activation applies to the last layer only', () => {
    const net = createNetwork({ sizes: [1, 1, 1], activation: 'relu', output: 'sigmoid', params: [-1, 0, 1, 0] });
    const [y] = predict(net, [2]);
    expect(y).toBe(activations.sigmoid.f(0)); // relu(−2) = 0 → sigmoid(0)
  });

  test('rejects inputs of the wrong shape, naming inputs or count', () => {
    const net = createNetwork({ sizes: [2, 1], activation: 'identity' });
    expect(() => predict(net, [1, 2, 3])).toThrow(/inputs\.length \(3\) must be a multiple/);
    expect(() => predict(net, [1, 2], 2)).toThrow(/count/);
    expect(() => predict(net, [1, 2], -1)).toThrow(/count/);
    expect(() => predict(net, [1, NaN])).toThrow(/inputs\[1\]/);
    // @ts-expect-error wrong kind
    expect(() => predict(net, 'xy')).toThrow(TypeError);
  });
});

describe('forward(net, inputs, count)', () => {
  test('returns z and a for every layer, count × layerSize each, with a = f(z)', () => {
    const net = createNetwork({ sizes: [2, 4, 3, 2], activation: 'tanh', output: 'sigmoid', seed: 3 });
    const inputs = new Float64Array([0.5, -1, 2, 0.25, -0.3, 0.7]);
    const result = forward(net, inputs);
    expect(result.count).toBe(3);
    expect(result.z.map((z) => z.length)).toEqual([12, 9, 6]);
    expect(result.a.map((a) => a.length)).toEqual([12, 9, 6]);
    result.z[0].forEach((z, k) => expect(result.a[0][k]).toBe(Math.tanh(z)));
    result.z[2].forEach((z, k) => expect(result.a[2][k]).toBe(activations.sigmoid.f(z)));
    expect([...result.output]).toEqual([...predict(net, inputs)]);
  });

  test('hidden values are one row per example', () => {
    // Hidden neuron j is relu(j·x): for x = 1, 2 the rows are [0, 1, 2] and [0, 2, 4].
    const net = createNetwork({ sizes: [1, 3, 1], activation: 'relu', params: [0, 1, 2, 0, 0, 0, 1, 1, 1, 0] });
    const { a } = forward(net, [1, 2]);
    expect([...a[0]]).toEqual([0, 1, 2, 0, 2, 4]);
  });
});

describe('predict and forward reuse their buffers between calls', () => {
  test('a large pass, a small one, another network of the same shape: each result stands alone', () => {
    const a = createNetwork({ sizes: [2, 5, 1], activation: 'tanh', seed: 3 });
    const b = createNetwork({ sizes: [2, 5, 1], activation: 'tanh', seed: 4 });
    const many = Float64Array.from({ length: 2 * 300 }, (_, k) => Math.sin(k));
    const few = many.slice(0, 2 * 7);
    const first = predict(a, many);
    const small = predict(a, few);
    const other = predict(b, few);
    // Results are copies: later calls do not change them.
    expect(Array.from(first.subarray(0, 7))).toEqual(Array.from(small));
    expect(maxAbsDiff(other, small)).toBeGreaterThan(1e-6);
    expect(Array.from(predict(a, few))).toEqual(Array.from(small));
    const layers = forward(a, few);
    predict(a, many);
    expect(Array.from(layers.output)).toEqual(Array.from(small));
  });
});
