// Property tests: random shapes, data and arguments.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  activationNames,
  createDataset,
  createNetwork,
  forward,
  lossAndGradient,
  datasets,
  optimizerNames,
  paramCount,
  predict,
  train,
} from '../../../src/nn/index.ts';

const finite = (values: ArrayLike<number>) => Array.from(values).every(Number.isFinite);

const sizesArb = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 });
const activationArb = fc.constantFrom(...activationNames);
const valueArb = fc.double({ min: -10, max: 10, noNaN: true });

/** A random network plus random data of matching shape. */
const caseArb = fc
  .record({
    sizes: sizesArb,
    activation: activationArb,
    output: activationArb,
    seed: fc.integer({ min: 0, max: 1000 }),
    count: fc.integer({ min: 1, max: 12 }),
  })
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      inputs: fc.array(valueArb, { minLength: c.count * c.sizes[0], maxLength: c.count * c.sizes[0] }),
      targets: fc.array(valueArb, {
        minLength: c.count * c.sizes[c.sizes.length - 1],
        maxLength: c.count * c.sizes[c.sizes.length - 1],
      }),
    }),
  );

describe('predict / forward / lossAndGradient / train over random shapes and data (fast-check)', () => {
  test('predict(net, inputs) and forward(net, inputs) give finite values of the right shape', () => {
    fc.assert(
      fc.property(caseArb, ({ c, inputs }) => {
        const net = createNetwork(c);
        const out = predict(net, inputs);
        expect(out.length).toBe(c.count * c.sizes[c.sizes.length - 1]);
        expect(finite(out)).toBe(true);
        const { z, a } = forward(net, inputs);
        z.forEach((layer, l) => expect(layer.length).toBe(c.count * c.sizes[l + 1]));
        expect(a.every(finite)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('lossAndGradient(net, data) gives a finite loss ≥ 0 and a finite gradient of length paramCount', () => {
    fc.assert(
      fc.property(caseArb, ({ c, inputs, targets }) => {
        const net = createNetwork(c);
        const data = createDataset(inputs, targets, c.sizes[0], c.sizes[c.sizes.length - 1]);
        const { loss, gradient } = lossAndGradient(net, data);
        expect(loss).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(loss)).toBe(true);
        expect(gradient.length).toBe(paramCount(c.sizes));
        expect(finite(gradient)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('train(net, data, options) never lets a NaN or Infinity escape', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.record({
          steps: fc.integer({ min: 0, max: 30 }),
          learningRate: fc.double({ min: 1e-4, max: 1e8, noNaN: true }),
          optimizer: fc.constantFrom(...optimizerNames),
          record: fc.integer({ min: 0, max: 7 }),
          batchFraction: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        ({ c, inputs, targets }, o) => {
          const net = createNetwork(c);
          const data = createDataset(inputs, targets, c.sizes[0], c.sizes[c.sizes.length - 1]);
          const batchSize = Math.max(1, Math.ceil(o.batchFraction * c.count));
          let traj;
          try {
            traj = train(net, data, { ...o, batchSize });
          } catch (error) {
            // The only allowed failure: random weights already overflow the initial loss.
            expect(String(error)).toMatch(/initial net\.params/);
            return;
          }
          expect(traj.loss.length).toBe(traj.stoppedAt + 1);
          expect(traj.diverged).toBe(traj.stoppedAt < o.steps);
          expect(finite(traj.loss)).toBe(true);
          expect(finite(traj.params)).toBe(true);
          expect(finite(net.params)).toBe(true);
          const rows = o.record === 0 ? 0 : Math.floor(traj.stoppedAt / o.record) + 1 + (traj.stoppedAt % o.record ? 1 : 0);
          expect(traj.recordedSteps.length).toBe(rows);
          expect(traj.params.length).toBe(rows * traj.paramCount);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('bad arguments always throw a RangeError or TypeError naming the argument (fast-check)', () => {
  const badCount = fc.oneof(
    fc.integer({ min: -100, max: 0 }),
    fc.double({ min: 0.01, max: 100, noNaN: true }).filter((x) => !Number.isInteger(x)),
    fc.constantFrom(NaN, Infinity, -Infinity, '3', null, undefined, {}),
  );
  const badPositive = fc.oneof(
    fc.double({ min: -1e9, max: 0, noNaN: true }),
    fc.constantFrom(NaN, Infinity, -Infinity, '0.1', null, {}),
  );
  const isArgumentError = (error: unknown) => error instanceof RangeError || error instanceof TypeError;

  function throwsNaming(run: () => unknown, name: string | RegExp): void {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(isArgumentError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(name);
  }

  test('createNetwork: a bad entry in sizes is named by its index', () => {
    fc.assert(
      fc.property(sizesArb, fc.nat(), badCount, (sizes, at, bad) => {
        const index = at % sizes.length;
        const broken: unknown[] = [...sizes];
        broken[index] = bad;
        throwsNaming(() => createNetwork({ sizes: broken as number[], activation: 'relu' }), `sizes[${index}]`);
      }),
    );
  });

  test('createNetwork: an unknown activation or output is named', () => {
    const unknown = fc.string().filter((s) => !(activationNames as readonly string[]).includes(s));
    fc.assert(
      fc.property(unknown, fc.boolean(), (name, asOutput) => {
        const options = asOutput ? { activation: 'relu', output: name } : { activation: name };
        // @ts-expect-error deliberately unknown names
        throwsNaming(() => createNetwork({ sizes: [1, 2, 1], ...options }), asOutput ? 'output' : 'activation');
      }),
    );
  });

  const net = createNetwork({ sizes: [1, 4, 1], activation: 'tanh' });
  const v = datasets.v({ count: 10 });
  const good = { steps: 3, learningRate: 0.1 };

  test('train: bad learningRate', () => {
    fc.assert(
      fc.property(badPositive, (learningRate) => {
        throwsNaming(() => train(net, v, { ...good, learningRate: learningRate as number }), 'learningRate');
      }),
    );
  });

  test('train: bad steps', () => {
    const badSteps = badCount.filter((x) => x !== 0);
    fc.assert(
      fc.property(badSteps, (steps) => {
        throwsNaming(() => train(net, v, { ...good, steps: steps as number }), 'steps');
      }),
    );
  });

  test('train: bad record', () => {
    fc.assert(
      fc.property(badCount.filter((x) => x !== 0 && x !== undefined), (record) => {
        throwsNaming(() => train(net, v, { ...good, record: record as number }), 'record');
      }),
    );
  });

  test('train: bad batchSize (including more than data.count)', () => {
    const tooBig = fc.integer({ min: 11, max: 1000 });
    fc.assert(
      fc.property(fc.oneof(badCount.filter((x) => x !== undefined), tooBig), (batchSize) => {
        throwsNaming(() => train(net, v, { ...good, batchSize: batchSize as number }), 'batchSize');
      }),
    );
  });

  test('train and lossAndGradient: data whose sizes disagree with the network', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (inputSize, outputSize) => {
        fc.pre(inputSize !== 1 || outputSize !== 1);
        const data = createDataset(new Float64Array(3 * inputSize), new Float64Array(3 * outputSize), inputSize, outputSize);
        const name = inputSize !== 1 ? 'data.inputSize' : 'data.outputSize';
        throwsNaming(() => train(net, data, good), name);
        throwsNaming(() => lossAndGradient(net, data), name);
      }),
    );
  });

  test('train: data that disagrees with itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }).filter((n) => n !== 10), (count) => {
        throwsNaming(() => train(net, { ...v, count }, good), /data\.(inputs|targets)/);
      }),
    );
  });

  test('datasets[name](options): bad count or noise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(['v', 'moons', 'spiral', 'line'] as const)), badCount.filter((x) => x !== undefined), (name, count) => {
        throwsNaming(() => datasets[name]({ count: count as number }), 'count');
      }),
    );
    fc.assert(
      fc.property(fc.double({ max: -1e-9, noNaN: true }), (noise) => {
        throwsNaming(() => datasets.sine({ noise }), 'noise');
      }),
    );
  });
});
