import { describe, expect, test } from 'vitest';
import {
  activationNames,
  computeLoss,
  createNetwork,
  lossAndGradient,
  datasets,
  paramCount,
} from '../../../src/nn/index.ts';
import type { ActivationName } from '../../../src/nn/index.ts';
import { networkAwayFromKinks, numericGradient, randomData, relativeError } from './helpers.ts';

const shapes: number[][] = [
  [1, 1, 1],
  [3, 4, 1], // multi-input
  [2, 3, 3], // multi-output
  [2, 5, 4, 3], // deep
];

describe('lossAndGradient(net, data, "mse") matches finite differences', () => {
  for (const activation of activationNames) {
    for (const sizes of shapes) {
      test(`${activation} hidden, identity output, sizes [${sizes.join(', ')}]`, () => {
        const { net, data } = networkAwayFromKinks(sizes, activation, 'identity', 6, false);
        const { loss, gradient } = lossAndGradient(net, data, 'mse');
        expect(loss).toBeCloseTo(computeLoss(net, data, 'mse'), 12);
        expect(gradient.length).toBe(paramCount(sizes));
        expect(relativeError(gradient, numericGradient(net, data, 'mse'))).toBeLessThan(1e-5);
      });
    }
  }

  for (const output of activationNames) {
    test(`tanh hidden, ${output} output, sizes [2, 4, 2]`, () => {
      const { net, data } = networkAwayFromKinks([2, 4, 2], 'tanh', output, 6, false);
      const { gradient } = lossAndGradient(net, data, 'mse');
      expect(relativeError(gradient, numericGradient(net, data, 'mse'))).toBeLessThan(1e-5);
    });
  }
});

describe('lossAndGradient(net, data, "bce") matches finite differences', () => {
  for (const activation of activationNames) {
    for (const sizes of shapes) {
      test(`${activation} hidden, sigmoid output, sizes [${sizes.join(', ')}]`, () => {
        const { net, data } = networkAwayFromKinks(sizes, activation, 'sigmoid', 6, true);
        const { gradient } = lossAndGradient(net, data, 'bce');
        expect(relativeError(gradient, numericGradient(net, data, 'bce'))).toBeLessThan(1e-5);
      });
    }
  }

  test('on moons data with 0/1 targets', () => {
    const data = datasets.moons({ count: 20 });
    const net = createNetwork({ sizes: [2, 6, 1], activation: 'tanh', output: 'sigmoid', seed: 3 });
    const { gradient } = lossAndGradient(net, data, 'bce');
    expect(relativeError(gradient, numericGradient(net, data, 'bce'))).toBeLessThan(1e-5);
  });
});

describe('lossAndGradient(net, data, loss) values', () => {
  test('mse is (1/n) Σ (ŷ − y)² without ½', () => {
    // One identity neuron with w = 2, b = 1 on x = 0, 1: ŷ = 1, 3; y = 0, 0 → (1 + 9) / 2 = 5.
    const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [2, 1] });
    const data = { inputs: new Float64Array([0, 1]), targets: new Float64Array([0, 0]), count: 2, inputSize: 1, outputSize: 1 };
    const { loss, gradient } = lossAndGradient(net, data);
    expect(loss).toBe(5);
    // ∂/∂w = (2/n) Σ (ŷ − y) x = (1·0 + 3·1) = 3; ∂/∂b = (2/n) Σ (ŷ − y) = 4.
    expect([...gradient]).toEqual([3, 4]);
  });

  test('bce stays finite and accurate for saturated logits', () => {
    // Logit 800 with target 0: loss = softplus(800) = 800 (a naive log(1 − σ) gives Infinity).
    const net = createNetwork({ sizes: [1, 1], activation: 'identity', output: 'sigmoid', params: [0, 800] });
    const data = { inputs: new Float64Array([0]), targets: new Float64Array([0]), count: 1, inputSize: 1, outputSize: 1 };
    const { loss, gradient } = lossAndGradient(net, data, 'bce');
    expect(loss).toBe(800);
    expect([...gradient]).toEqual([0, 1]);
  });

  test('bce throws unless the output is sigmoid, naming loss', () => {
    const net = createNetwork({ sizes: [2, 3, 1], activation: 'tanh' });
    expect(() => lossAndGradient(net, datasets.xor({ count: 4 }), 'bce')).toThrow(/loss 'bce'.*sigmoid/);
  });

  test('bce throws for targets outside [0, 1], naming data.targets', () => {
    const net = createNetwork({ sizes: [1, 2, 1], activation: 'tanh', output: 'sigmoid' });
    expect(() => lossAndGradient(net, datasets.u(), 'bce')).toThrow(/data\.targets/);
  });

  test('unknown loss throws a RangeError naming loss', () => {
    const net = createNetwork({ sizes: [1, 1], activation: 'identity' });
    // @ts-expect-error testing a bad name
    expect(() => lossAndGradient(net, datasets.line(), 'hinge')).toThrow(RangeError);
    // @ts-expect-error testing a bad name
    expect(() => lossAndGradient(net, datasets.line(), 'hinge')).toThrow(/loss/);
  });

  test('gradient is zero at a perfect fit', () => {
    const data = datasets.line({ noise: 0 });
    const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [0.5, 1] });
    const { loss, gradient } = lossAndGradient(net, data);
    expect(loss).toBeLessThan(1e-28);
    for (const g of gradient) expect(Math.abs(g)).toBeLessThan(1e-14);
  });

  test.each(activationNames)('does not depend on data order (%s)', (activation: ActivationName) => {
    const data = randomData(2, 1, 5, 9);
    const reversed = randomData(2, 1, 5, 9);
    for (let s = 0; s < 5; s++) {
      reversed.inputs.set(data.inputs.subarray(2 * s, 2 * s + 2), 2 * (4 - s));
      reversed.targets[4 - s] = data.targets[s];
    }
    const net = createNetwork({ sizes: [2, 3, 1], activation, seed: 4 });
    const a = lossAndGradient(net, data);
    const b = lossAndGradient(net, reversed);
    expect(b.loss).toBeCloseTo(a.loss, 12);
    expect(relativeError(a.gradient, b.gradient)).toBeLessThan(1e-12);
  });
});
