/**
 * Weights files: what the playground writes reads back exactly, every way a file can be wrong is named by its own
 * problem, and no input at all (text, JSON of any shape) makes the reader throw or half-load a network.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activationNames, createNetwork, paramCount, predict, type ActivationName, type Network } from '../../../src/nn/index.ts';
import { parseWeights, weightsJson, WEIGHTS_FORMAT, WEIGHTS_VERSION, type WeightsProblemKey } from '../../../src/figures/playground/weights.ts';

const limits = { inputs: 1, outputs: 1, maxHiddenLayers: 4, maxWidth: 16 };

/** Any network the playground can hold, with any finite parameters up to the limit. */
const network: fc.Arbitrary<Network> = fc
  .record({
    hidden: fc.array(fc.record({ width: fc.integer({ min: 1, max: 16 }), activation: fc.constantFrom(...activationNames) }), { maxLength: 4 }),
    output: fc.constantFrom<ActivationName>('identity', 'sigmoid'),
  })
  .chain(({ hidden, output }) => {
    const sizes = [1, ...hidden.map((h) => h.width), 1];
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e-300, max: 1e-300, noNaN: true }));
    return fc.array(value, { minLength: paramCount(sizes), maxLength: paramCount(sizes) }).map((params) => {
      const layers = hidden.map((h) => h.activation);
      return createNetwork({ sizes, activation: layers[0] ?? 'identity', hiddenActivations: layers.length ? layers : undefined, output, params });
    });
  });

const valid = () => JSON.parse(weightsJson(createNetwork({ sizes: [1, 3, 2, 1], activation: 'relu', hiddenActivations: ['relu', 'tanh'], seed: 2 }), 120, 'test')) as Record<string, unknown>;
const keyOf = (file: unknown) => {
  const result = parseWeights(typeof file === 'string' ? file : JSON.stringify(file), limits);
  return result.ok ? 'ok' : result.problem.key;
};

describe('weights files', () => {
  it('read back exactly what was written: sizes, activations, output, step and every parameter bit for bit', () => {
    fc.assert(
      fc.property(network, fc.nat({ max: 100_000 }), (net, step) => {
        const result = parseWeights(weightsJson(net, step, 'round trip'), limits);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.step).toBe(step);
        expect(result.net.sizes).toEqual(net.sizes);
        expect(result.net.output).toBe(net.output);
        expect(result.net.hiddenActivations ?? []).toEqual(net.sizes.length > 2 ? (net.hiddenActivations ?? net.sizes.slice(2).map(() => net.activation)) : []);
        // Bit for bit, except that JSON writes −0 as 0 (the same weight).
        expect(Array.from(result.net.params)).toEqual(Array.from(net.params, (p) => (p === 0 ? 0 : p)));
      }),
      { numRuns: 200 },
    );
  });

  it('give a network src/nn computes with, the same as the one written', () => {
    const net = createNetwork({ sizes: [1, 4, 3, 1], activation: 'relu', hiddenActivations: ['relu', 'gelu'], seed: 9, biasStd: 0.5 });
    const result = parseWeights(weightsJson(net, 0, ''), limits);
    if (!result.ok) throw new Error(result.problem.key);
    const xs = [-2, -0.5, 0, 1.25, 3];
    expect(Array.from(predict(result.net, xs))).toEqual(Array.from(predict(net, xs)));
  });

  it('say what the parameters are, in the file itself', () => {
    const file = valid();
    expect(file.format).toBe(WEIGHTS_FORMAT);
    expect(file.version).toBe(WEIGHTS_VERSION);
    expect(String(file.layout)).toMatch(/row by row/);
    expect(file.description).toBe('test');
  });

  const broken: [WeightsProblemKey, (f: Record<string, unknown>) => unknown][] = [
    ['tooLong', (f) => JSON.stringify(f) + ' '.repeat(2_000_001)],
    ['notJson', (f) => JSON.stringify(f).slice(0, -3)],
    ['notWeights', () => [1, 2, 3]],
    ['notWeights', (f) => ({ ...f, format: 'keras' })],
    ['notWeights', (f) => ({ ...f, version: 0.5 })],
    ['newerVersion', (f) => ({ ...f, version: 2 })],
    ['badSizes', (f) => ({ ...f, sizes: [1, 2.5, 1] })],
    ['badSizes', (f) => ({ ...f, sizes: [1] })],
    ['inputs', (f) => ({ ...f, sizes: [2, 3, 2, 1] })],
    ['inputs', (f) => ({ ...f, sizes: [1, 3, 2, 2] })],
    ['tooDeep', (f) => ({ ...f, sizes: [1, 2, 2, 2, 2, 2, 1] })],
    ['tooWide', (f) => ({ ...f, sizes: [1, 17, 2, 1] })],
    ['layersDisagree', (f) => ({ ...f, hiddenActivations: ['relu'] })],
    ['layersDisagree', (f) => ({ ...f, hiddenActivations: 'relu' })],
    ['activation', (f) => ({ ...f, hiddenActivations: ['relu', 'swish'] })],
    ['output', (f) => ({ ...f, output: 'softmax' })],
    ['paramCount', (f) => ({ ...f, params: (f.params as number[]).slice(1) })],
    ['paramCount', (f) => ({ ...f, params: 'none' })],
    ['notFinite', (f) => ({ ...f, params: (f.params as number[]).map((p, k) => (k === 3 ? '0.5' : p)) })],
    ['notFinite', (f) => ({ ...f, params: (f.params as number[]).map((p, k) => (k === 0 ? 1e7 : p)) })],
    ['notFinite', (f) => JSON.stringify(f).replace(/"params":\s*\[\s*[-\d.e]+/, '"params":[null')],
    ['badStep', (f) => ({ ...f, step: -1 })],
    ['badStep', (f) => ({ ...f, step: 'ten' })],
  ];
  for (const [key, corrupt] of broken) {
    it(`name the problem "${key}" in a file that has it`, () => {
      expect(keyOf(valid())).toBe('ok');
      expect(keyOf(corrupt(valid()))).toBe(key);
    });
  }

  it('quote what was wrong where a message can use it', () => {
    const result = parseWeights(JSON.stringify({ ...valid(), params: [1, 2] }), limits);
    expect(result).toEqual({ ok: false, problem: { key: 'paramCount', values: { found: 2, expected: paramCount([1, 3, 2, 1]) } } });
    const named = parseWeights(JSON.stringify({ ...valid(), output: 'x'.repeat(500) }), limits);
    expect(!named.ok && String(named.problem.values?.name).length).toBeLessThanOrEqual(40);
  });

  it('never throw, and never accept what is not a weights file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? 'undefined')), (text) => {
        const result = parseWeights(text, limits);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    // Valid files with one field replaced by anything: refused or read, never thrown.
    fc.assert(
      fc.property(fc.constantFrom('sizes', 'hiddenActivations', 'output', 'params', 'step', 'version'), fc.anything(), (field, value) => {
        expect(() => parseWeights(JSON.stringify({ ...valid(), [field]: value }), limits)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
