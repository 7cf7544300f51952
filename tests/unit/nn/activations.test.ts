import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { activationNames, activations, isActivationName, sigmoid, softplus } from '../../../src/nn/index.ts';

describe('activations[name]: { f, df, tex, label }', () => {
  test('activationNames lists every activation, each keyed by its own name', () => {
    expect([...activationNames].sort()).toEqual(Object.keys(activations).sort());
    for (const name of activationNames) expect(activations[name].name).toBe(name);
    expect(activationNames).toEqual(['identity', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'gelu']);
  });

  test.each(activationNames)('%s: df matches a central difference of f', (name) => {
    const { f, df } = activations[name];
    for (const z of [-4, -1.3, -0.2, 0.3, 0.9, 2.5, 6]) {
      const h = 1e-6;
      const numeric = (f(z + h) - f(z - h)) / (2 * h);
      expect(Math.abs(df(z) - numeric)).toBeLessThan(1e-7);
    }
  });

  test.each(activationNames)('%s: tex renders with KaTeX and has a label', (name) => {
    const { tex, label } = activations[name];
    expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
    expect(label.length).toBeGreaterThan(0);
  });

  test.each(activationNames)('%s: f and df are finite for huge |z|', (name) => {
    const { f, df } = activations[name];
    for (const z of [-1e6, -800, 800, 1e6]) {
      expect(Number.isFinite(f(z))).toBe(true);
      expect(Number.isFinite(df(z))).toBe(true);
    }
  });

  test('known values', () => {
    expect(activations.relu.f(-2)).toBe(0);
    expect(activations.relu.f(3)).toBe(3);
    expect(activations.relu.df(0)).toBe(0);
    expect(activations.leakyRelu.f(-2)).toBeCloseTo(-0.02, 15);
    expect(activations.sigmoid.f(0)).toBe(0.5);
    expect(activations.tanh.f(0)).toBe(0);
    expect(activations.softplus.f(0)).toBeCloseTo(Math.LN2, 15);
    expect(activations.gelu.f(0)).toBe(0);
    expect(activations.gelu.f(1)).toBeCloseTo(0.8411919906, 9); // tanh-form GELU(1)
    expect(activations.identity.f(-7.5)).toBe(-7.5);
  });

  test('sigmoid and softplus are stable for large |z|', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-40)).toBeGreaterThan(0);
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(softplus(-40)).toBeCloseTo(Math.exp(-40), 30);
  });

  test('isActivationName(name)', () => {
    expect(isActivationName('relu')).toBe(true);
    expect(isActivationName('ReLU')).toBe(false);
    expect(isActivationName(3)).toBe(false);
  });
});
