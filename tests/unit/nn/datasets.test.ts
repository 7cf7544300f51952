import { describe, expect, test } from 'vitest';
import { createDataset, datasetNames, datasets } from '../../../src/nn/index.ts';
import type { Dataset } from '../../../src/nn/index.ts';

const oneD = ['line', 'u', 'v', 'sine', 'plateau'] as const;
const twoD = ['xor', 'circle', 'moons', 'spiral'] as const;

function range(values: Float64Array, offset = 0, stride = 1): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let k = offset; k < values.length; k += stride) {
    min = Math.min(min, values[k]);
    max = Math.max(max, values[k]);
  }
  return [min, max];
}

describe('datasets[name](options)', () => {
  test('datasetNames lists every generator', () => {
    expect([...datasetNames]).toEqual([...oneD, ...twoD]);
    expect(Object.keys(datasets).sort()).toEqual([...datasetNames].sort());
  });

  test.each(datasetNames)('%s: consistent shapes, finite values, named, seeded', (name) => {
    const data: Dataset = datasets[name]();
    expect(data.name).toBe(name);
    expect(data.inputs.length).toBe(data.count * data.inputSize);
    expect(data.targets.length).toBe(data.count * data.outputSize);
    expect(data.outputSize).toBe(1);
    expect([...data.inputs, ...data.targets].every(Number.isFinite)).toBe(true);
    expect([...datasets[name]().targets]).toEqual([...data.targets]);
    expect([...datasets[name]().inputs]).toEqual([...data.inputs]);
    const other = datasets[name]({ seed: 2 });
    expect([...other.inputs, ...other.targets]).not.toEqual([...data.inputs, ...data.targets]);
    expect(datasets[name]({ count: 17 }).count).toBe(17);
    expect(datasets[name]({ count: 9 }).count).toBe(9);
  });

  test.each(oneD)('%s: 40 points, x evenly spaced on [-3, 3], targets of order 0–5', (name) => {
    const data = datasets[name]();
    expect(data.count).toBe(40);
    expect(data.inputSize).toBe(1);
    expect(data.inputs[0]).toBe(-3);
    expect(data.inputs[39]).toBe(3);
    const [lo, hi] = range(data.targets);
    expect(lo).toBeGreaterThan(-1.5);
    expect(hi).toBeLessThan(5);
    const custom = datasets[name]({ xMin: 0, xMax: 1, count: 3 });
    expect([...custom.inputs]).toEqual([0, 0.5, 1]);
  });

  test('noise: 0 gives the exact curves', () => {
    const x = [-3, 0, 3];
    const at = (name: (typeof oneD)[number], options = {}) => [
      ...datasets[name]({ count: 3, noise: 0, ...options }).targets,
    ];
    expect(at('line')).toEqual(x.map((v) => 0.5 * v + 1));
    expect(at('line', { slope: 2, intercept: -1 })).toEqual(x.map((v) => 2 * v - 1));
    expect(at('u')).toEqual(x.map((v) => 0.5 * v * v));
    expect(at('v')).toEqual(x.map(Math.abs));
    expect(at('sine', { amplitude: 2, frequency: 0.5 })).toEqual(x.map((v) => 2 * Math.sin(0.5 * v)));
    const [edge, middle] = at('plateau');
    expect(middle).toBeCloseTo(2, 1);
    expect(edge).toBeLessThan(0.1);
  });

  test.each(twoD)('%s: 200 points in about [-1.5, 1.5]², balanced 0/1 targets', (name) => {
    const data = datasets[name]();
    expect(data.count).toBe(200);
    expect(data.inputSize).toBe(2);
    for (const offset of [0, 1]) {
      const [lo, hi] = range(data.inputs, offset, 2);
      expect(lo).toBeGreaterThan(-2);
      expect(hi).toBeLessThan(2);
    }
    expect(data.targets.every((y) => y === 0 || y === 1)).toBe(true);
    expect(data.targets.reduce((a, b) => a + b)).toBe(100);
  });

  test('noise-free labels follow the documented rules', () => {
    const xor = datasets.xor({ noise: 0 });
    for (let s = 0; s < xor.count; s++) {
      const [a, b] = [xor.inputs[2 * s], xor.inputs[2 * s + 1]];
      expect(xor.targets[s]).toBe(a * b < 0 ? 1 : 0);
      expect(Math.min(Math.abs(a), Math.abs(b))).toBeGreaterThanOrEqual(0.1);
    }
    const circle = datasets.circle({ noise: 0 });
    for (let s = 0; s < circle.count; s++) {
      const r = Math.hypot(circle.inputs[2 * s], circle.inputs[2 * s + 1]);
      if (circle.targets[s] === 1) expect(r).toBeLessThan(0.6 + 1e-12);
      else expect(r).toBeGreaterThan(0.9 - 1e-12);
    }
  });

  test('rejects bad options, naming them', () => {
    expect(() => datasets.v({ count: 0 })).toThrow(/v: count must be a positive integer/);
    expect(() => datasets.moons({ count: 2.5 })).toThrow(/count/);
    expect(() => datasets.sine({ noise: -1 })).toThrow(/noise/);
    expect(() => datasets.line({ seed: NaN })).toThrow(/seed/);
    expect(() => datasets.u({ xMin: 2, xMax: 1 })).toThrow(/xMax/);
    expect(() => datasets.spiral({ turns: 0 })).toThrow(/turns/);
  });

  test('knows only its own names, and cannot be changed', () => {
    // @ts-expect-error unknown name: a compile-time error, since `datasets` is the only way in
    expect(datasets.swirl).toBeUndefined();
    expect(Object.isFrozen(datasets)).toBe(true);
  });
});

describe('createDataset(inputs, targets, inputSize, outputSize)', () => {
  test('copies and shapes custom data', () => {
    const x = [0, 1, 2, 3];
    const data = createDataset(x, [1, 3], 2, 1);
    expect(data).toMatchObject({ count: 2, inputSize: 2, outputSize: 1, name: 'custom' });
    x[0] = 9;
    expect(data.inputs[0]).toBe(0);
  });

  test.each([
    ['inputs not a multiple of inputSize', () => createDataset([1, 2, 3], [1], 2, 1), /inputs/],
    ['no inputs', () => createDataset([], [], 1, 1), /inputs/],
    ['targets of the wrong length', () => createDataset([1, 2], [1], 1, 1), /targets must hold/],
    ['inputSize 0', () => createDataset([1], [1], 0, 1), /inputSize/],
    ['outputSize 1.5', () => createDataset([1], [1], 1, 1.5), /outputSize/],
    ['a NaN target', () => createDataset([1, 2], [1, NaN], 1, 1), /targets\[1\]/],
    ['a string input', () => createDataset([1, '2' as unknown as number], [1, 2], 1, 1), /inputs\[1\]/],
  ])('throws for %s', (_label, make, message) => {
    expect(make).toThrow(message);
  });
});
