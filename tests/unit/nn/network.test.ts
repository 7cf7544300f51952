import { describe, expect, test } from 'vitest';
import {
  activationNames,
  cloneNetwork,
  createNetwork,
  defaultInit,
  layerOffsets,
  paramCount,
  withParams,
} from '../../../src/nn/index.ts';

describe('createNetwork({ sizes, activation, output, seed, init })', () => {
  test('returns sizes, activations and a flat params array of paramCount(sizes)', () => {
    const net = createNetwork({ sizes: [2, 5, 4, 3], activation: 'relu' });
    expect(net.sizes).toEqual([2, 5, 4, 3]);
    expect(net.activation).toBe('relu');
    expect(net.output).toBe('identity');
    expect(net.params).toBeInstanceOf(Float64Array);
    expect(net.params.length).toBe(2 * 5 + 5 + 5 * 4 + 4 + 4 * 3 + 3);
    expect(paramCount([2, 5, 4, 3])).toBe(net.params.length);
  });

  test('biases start at 0; weights are random and seeded', () => {
    const a = createNetwork({ sizes: [3, 4, 2], activation: 'tanh', seed: 7 });
    const b = createNetwork({ sizes: [3, 4, 2], activation: 'tanh', seed: 7 });
    const c = createNetwork({ sizes: [3, 4, 2], activation: 'tanh', seed: 8 });
    expect([...a.params]).toEqual([...b.params]);
    expect([...a.params]).not.toEqual([...c.params]);
    for (const { weights, biases, rows, cols } of layerOffsets(a.sizes)) {
      for (let j = 0; j < rows; j++) expect(a.params[biases + j]).toBe(0);
      for (let k = 0; k < rows * cols; k++) expect(a.params[weights + k]).not.toBe(0);
    }
  });

  test('biasStd gives small random biases', () => {
    const net = createNetwork({ sizes: [1, 50, 1], activation: 'relu', biasStd: 0.1 });
    const [{ biases }] = layerOffsets(net.sizes);
    const b = net.params.subarray(biases, biases + 50);
    expect(b.some((x) => x !== 0)).toBe(true);
    expect(Math.max(...b.map(Math.abs))).toBeLessThan(0.5);
  });

  test.each([
    ['he', 'relu', Math.sqrt(2 / 200)],
    ['xavier', 'tanh', Math.sqrt(2 / (200 + 100))],
    ['normal', 'tanh', 1],
    [0.3, 'tanh', 0.3],
  ] as const)('init %s draws weights with the documented std', (init, activation, std) => {
    const net = createNetwork({ sizes: [200, 100], activation, init, seed: 3 });
    let sum = 0;
    for (let k = 0; k < 20000; k++) sum += net.params[k] ** 2;
    expect(Math.sqrt(sum / 20000) / std).toBeCloseTo(1, 1);
  });

  test('defaults: He for the ReLU family, Xavier otherwise', () => {
    expect(defaultInit('relu')).toBe('he');
    expect(defaultInit('leakyRelu')).toBe('he');
    expect(defaultInit('gelu')).toBe('he');
    expect(defaultInit('softplus')).toBe('he');
    expect(defaultInit('tanh')).toBe('xavier');
    expect(defaultInit('sigmoid')).toBe('xavier');
    expect(defaultInit('identity')).toBe('xavier');
    const relu = createNetwork({ sizes: [1, 3, 1], activation: 'relu', seed: 4 });
    const he = createNetwork({ sizes: [1, 3, 1], activation: 'relu', seed: 4, init: 'he' });
    expect([...relu.params]).toEqual([...he.params]);
  });

  test('params: given parameters are copied', () => {
    const given = [1, 2, 3, 4, 5, 6, 7];
    const net = createNetwork({ sizes: [1, 2, 1], activation: 'relu', params: given });
    expect([...net.params]).toEqual(given);
    const array = new Float64Array(given);
    const other = createNetwork({ sizes: [1, 2, 1], activation: 'relu', params: array });
    array[0] = 99;
    expect(other.params[0]).toBe(1);
  });

  test.each(activationNames)('accepts activation %s', (activation) => {
    expect(createNetwork({ sizes: [1, 2, 1], activation, output: activation }).activation).toBe(activation);
  });
});

describe('createNetwork(options) rejects bad arguments, naming them', () => {
  test.each([
    ['sizes: []', { sizes: [], activation: 'relu' }, /sizes must list/],
    ['sizes: [3]', { sizes: [3], activation: 'relu' }, /sizes must list/],
    ['sizes[1] = 0', { sizes: [1, 0, 1], activation: 'relu' }, /^createNetwork: sizes\[1\] must be a positive integer, got 0$/],
    ['sizes[0] = 1.5', { sizes: [1.5, 2], activation: 'relu' }, /sizes\[0\]/],
    ['sizes[2] = -1', { sizes: [1, 2, -1], activation: 'relu' }, /sizes\[2\]/],
    ['sizes[1] = "2"', { sizes: [1, '2', 1], activation: 'relu' }, /sizes\[1\]/],
    ['sizes not an array', { sizes: 3, activation: 'relu' }, /sizes/],
    ['activation unknown', { sizes: [1, 1], activation: 'swish' }, /activation.*"swish"/],
    ['activation missing', { sizes: [1, 1] }, /activation/],
    ['output unknown', { sizes: [1, 1], activation: 'relu', output: 'softmax' }, /output/],
    ['init unknown', { sizes: [1, 1], activation: 'relu', init: 'lecun' }, /init/],
    ['init negative', { sizes: [1, 1], activation: 'relu', init: -1 }, /init/],
    ['seed NaN', { sizes: [1, 1], activation: 'relu', seed: NaN }, /seed/],
    ['biasStd negative', { sizes: [1, 1], activation: 'relu', biasStd: -1 }, /biasStd/],
    ['params wrong length', { sizes: [1, 1], activation: 'relu', params: [1] }, /params must have length 2/],
    ['params with NaN', { sizes: [1, 1], activation: 'relu', params: [1, NaN] }, /params\[1\]/],
  ])('%s', (_label, options, message) => {
    // @ts-expect-error deliberately bad options
    expect(() => createNetwork(options)).toThrow(message);
  });

  test('errors are TypeError for the wrong kind and RangeError for a wrong value', () => {
    // @ts-expect-error wrong kind
    expect(() => createNetwork({ sizes: 'big', activation: 'relu' })).toThrow(TypeError);
    expect(() => createNetwork({ sizes: [1, 0], activation: 'relu' })).toThrow(RangeError);
    // @ts-expect-error unknown name
    expect(() => createNetwork({ sizes: [1, 1], activation: 'swish' })).toThrow(RangeError);
  });
});

describe('layerOffsets(sizes) and paramCount(sizes)', () => {
  test('layout: weights [out][in] row-major, then biases, layer after layer', () => {
    expect(layerOffsets([1, 3, 1])).toEqual([
      { weights: 0, biases: 3, rows: 3, cols: 1 },
      { weights: 6, biases: 9, rows: 1, cols: 3 },
    ]);
    expect(layerOffsets([2, 3])).toEqual([{ weights: 0, biases: 6, rows: 3, cols: 2 }]);
    expect(paramCount([1, 3, 1])).toBe(10);
    expect(paramCount([2, 5, 4, 3])).toBe(15 + 24 + 15);
  });

  test('throws for bad sizes, naming them', () => {
    expect(() => layerOffsets([2, 0])).toThrow(/layerOffsets: sizes\[1\]/);
    expect(() => paramCount([])).toThrow(/paramCount: sizes/);
  });
});

describe('withParams(net, params) and cloneNetwork(net)', () => {
  test('return an independent network with the given params', () => {
    const net = createNetwork({ sizes: [1, 2, 1], activation: 'relu' });
    const other = withParams(net, [1, 2, 3, 4, 5, 6, 7]);
    expect([...other.params]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(other.sizes).toEqual(net.sizes);
    expect(net.params[0]).not.toBe(1);
    const clone = cloneNetwork(net);
    clone.params[0] = 123;
    clone.sizes[1] = 9;
    expect(net.params[0]).not.toBe(123);
    expect(net.sizes[1]).toBe(2);
  });

  test('withParams throws for the wrong length or non-finite values, naming params', () => {
    const net = createNetwork({ sizes: [1, 2, 1], activation: 'relu' });
    expect(() => withParams(net, [1, 2])).toThrow(/withParams: params must have length 7/);
    expect(() => withParams(net, [1, 2, 3, 4, 5, 6, Infinity])).toThrow(/params\[6\]/);
  });

  test('functions reject a network whose params do not match its sizes, naming net.params', () => {
    const net = createNetwork({ sizes: [1, 2, 1], activation: 'relu' });
    expect(() => cloneNetwork({ ...net, params: new Float64Array(3) })).toThrow(/net\.params must have length 7/);
    expect(() => cloneNetwork({ ...net, sizes: [1, 0, 1] })).toThrow(/net\.sizes\[1\]/);
  });
});
