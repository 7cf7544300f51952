/**
 * Networks whose hidden layers bend differently (`hiddenActivations`): the forward pass uses each layer's own
 * activation, the gradient matches finite differences, collapse accepts them only when every layer is linear,
 * and bad lists are refused naming the argument.
 */
import { describe, expect, test } from 'vitest';
import {
  activations,
  cloneNetwork,
  collapse,
  createNetwork,
  datasets,
  forward,
  hiddenActivationsOf,
  layerOffsets,
  lossAndGradient,
  predict,
  train,
  withParams,
} from '../../../src/nn/index.ts';
import type { ActivationName } from '../../../src/nn/index.ts';
import { numericGradient, relativeError } from './helpers.ts';

const mixed: ActivationName[] = ['tanh', 'identity', 'sigmoid'];

describe('per-layer activations', () => {
  test('each hidden layer applies its own activation to its own pre-activations', () => {
    const net = createNetwork({ sizes: [1, 3, 2, 2, 1], activation: 'relu', hiddenActivations: mixed, seed: 4, biasStd: 0.5 });
    const { z, a } = forward(net, [-1.5, 0.2, 2]);
    mixed.forEach((name, l) => {
      z[l].forEach((value, k) => expect(a[l][k]).toBeCloseTo(activations[name].f(value), 12));
    });
    // The output layer stays linear.
    expect(Array.from(a[3])).toEqual(Array.from(z[3]));
  });

  test('differs from the same weights with one activation everywhere', () => {
    const net = createNetwork({ sizes: [1, 4, 4, 1], activation: 'tanh', hiddenActivations: ['relu', 'tanh'], seed: 2, biasStd: 1 });
    const same = { ...net, hiddenActivations: undefined, activation: 'relu' as const };
    const xs = [-2, -1, 0, 1, 2];
    expect(Array.from(predict(net, xs))).not.toEqual(Array.from(predict(same, xs)));
  });

  test('its gradient matches finite differences', () => {
    const net = createNetwork({ sizes: [2, 4, 3, 3, 2], activation: 'identity', hiddenActivations: ['tanh', 'softplus', 'gelu'], seed: 9, biasStd: 0.3 });
    const data = datasets.xor({ count: 12, seed: 3 });
    const wide = createNetwork({ sizes: [2, 4, 3, 3, 1], activation: 'identity', hiddenActivations: ['tanh', 'sigmoid', 'gelu'], seed: 9, biasStd: 0.3 });
    const { gradient } = lossAndGradient(wide, data, 'mse');
    expect(relativeError(gradient, numericGradient(wide, data, 'mse'))).toBeLessThan(1e-5);
    expect(hiddenActivationsOf(net)).toEqual(['tanh', 'softplus', 'gelu']);
  });

  test('trains, and a copy keeps its activations', () => {
    const net = createNetwork({ sizes: [1, 8, 8, 1], activation: 'identity', hiddenActivations: ['relu', 'identity'], seed: 1 });
    const data = datasets.v();
    const before = lossAndGradient(net, data).loss;
    const t = train(net, data, { steps: 300, learningRate: 0.02, optimizer: 'adam' });
    expect(t.loss[t.stoppedAt]).toBeLessThan(before / 4);
    expect(cloneNetwork(net).hiddenActivations).toEqual(['relu', 'identity']);
    expect(withParams(net, net.params).hiddenActivations).toEqual(['relu', 'identity']);
    expect(cloneNetwork(net).hiddenActivations).not.toBe(net.hiddenActivations);
  });

  test('a network named layer by layer with one activation is the same as one named once', () => {
    const once = createNetwork({ sizes: [1, 5, 5, 1], activation: 'relu', seed: 7 });
    const each = createNetwork({ sizes: [1, 5, 5, 1], activation: 'tanh', hiddenActivations: ['relu', 'relu'], seed: 7 });
    expect(Array.from(each.params)).toEqual(Array.from(once.params));
    expect(Array.from(predict(each, [-1, 0.5, 3]))).toEqual(Array.from(predict(once, [-1, 0.5, 3])));
    // The first hidden layer's activation stands for them all in `activation`.
    expect(each.activation).toBe('relu');
  });

  test('each layer gets the initialisation of the activation it feeds', () => {
    // He (√(2/fanIn)) after ReLU, Xavier (√(2/(fanIn+fanOut))) after tanh: a wide enough layer shows the difference.
    const net = createNetwork({ sizes: [1, 400, 400, 1], activation: 'relu', hiddenActivations: ['relu', 'tanh'], seed: 3 });
    const [, second] = layerOffsets(net.sizes);
    const w = net.params.subarray(second.weights, second.weights + 400 * 400);
    const std = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    expect(std).toBeCloseTo(Math.sqrt(2 / 800), 3);
  });

  test('collapse accepts only all-linear layers', () => {
    const linear = createNetwork({ sizes: [1, 3, 4, 1], activation: 'relu', hiddenActivations: ['identity', 'identity'], seed: 5, biasStd: 1 });
    const { weights, biases } = collapse(linear);
    const xs = [-2, 0, 1.5];
    const ys = predict(linear, xs);
    xs.forEach((x, k) => expect(ys[k]).toBeCloseTo(weights[0] * x + biases[0], 12));
    const bent = createNetwork({ sizes: [1, 3, 4, 1], activation: 'identity', hiddenActivations: ['identity', 'relu'], seed: 5 });
    expect(() => collapse(bent)).toThrow(/hiddenActivations.*'relu'/);
  });

  test('bad lists are refused, naming the argument', () => {
    expect(() => createNetwork({ sizes: [1, 3, 1], activation: 'relu', hiddenActivations: ['relu', 'tanh'] })).toThrow(
      /hiddenActivations must name one activation per hidden layer \(1 for sizes \[1, 3, 1\]\), got 2/,
    );
    expect(() => createNetwork({ sizes: [1, 3, 3, 1], activation: 'relu', hiddenActivations: ['relu', 'swish' as ActivationName] })).toThrow(
      /hiddenActivations\[1\] must be one of/,
    );
    const net = createNetwork({ sizes: [1, 3, 1], activation: 'relu' });
    expect(() => predict({ ...net, hiddenActivations: [] }, [1])).toThrow(/net.hiddenActivations must name one activation per hidden layer/);
  });
});
