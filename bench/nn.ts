/**
 * Benchmark of the nn module (not a test: run `node bench/nn.ts`).
 *
 * Task: a 1-16-1 tanh network learns sin(x) from 64 evenly spaced points on
 * [−3, 3]: full-batch gradient descent, learning rate 0.05, 2000 steps, mean
 * squared error. Timed side by side in one process, interleaved (each round
 * runs every contender once, in rotating order) so a noisy shared machine
 * slows them all alike; we report medians.
 *
 * Contenders:
 * - ours:  `train` from src/nn (records the loss of every step).
 * - hand:  bench/hand-loop.ts, the same maths written out for this one shape.
 * - tf:    TensorFlow.js (tfjs-core + cpu backend, float32, prod mode):
 *          tf.variable weights, tf.train.sgd(0.05).minimize on the same
 *          full-batch MSE, 2000 steps, from the same initial weights. The loss
 *          is not read back each step (that would only slow tf further).
 *          tfjs-core's Node build ships without gradient functions (the full
 *          @tensorflow/tfjs package registers them); we load tfjs-core's own
 *          `register_all_gradients` — see `loadTfGradients`.
 * - brain: brain.js 1.6.1 `NeuralNetwork({ hiddenLayers: [16], activation: 'tanh' })`,
 *          2000 iterations, learningRate 0.05, momentum ≈ 0 and errorThresh ≈ 0
 *          (brain.js rejects exactly 0 for both, so we pass Number.MIN_VALUE).
 *          Not the same maths: brain.js updates after every example (online
 *          SGD: 64 updates per iteration), puts tanh on the output neuron too,
 *          uses error = target − output without the 2/n factor, and draws its
 *          own random weights. Same data, same number of passes over it.
 *
 * Also timed: the largest training timeline the essay records — a 2-16-16-1
 * tanh network with a sigmoid output, binary cross-entropy on 200 moons
 * points, Adam (learning rate 0.03), 1500 steps, params recorded every step.
 */

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as brainModule from 'brain.js';
import {
  cloneNetwork,
  createNetwork,
  layerOffsets,
  datasets,
  predict,
  train,
} from '../src/nn/index.ts';
import type { Dataset, Network } from '../src/nn/index.ts';
import { handTrain } from './hand-loop.ts';

/** brain.js is CommonJS: under Node's ESM loader its exports sit on `default`. */
const brain = ((brainModule as unknown as { default?: typeof brainModule }).default ??
  brainModule) as typeof brainModule;

/** Benchmark settings. */
export interface NnBenchOptions {
  /** Timed rounds after warm-up (each round runs every contender once). Default 9, at least 7 recommended. */
  repetitions?: number;
  /** Untimed warm-up rounds. Default 2. */
  warmup?: number;
  /** Print progress and the table. Default false (true when run directly). */
  log?: boolean;
}

/** Median times (milliseconds) and what each contender reached. */
export interface NnBenchResult {
  task: string;
  repetitions: number;
  /** Median wall time of one full training run, in ms. */
  medianMs: { ours: number; hand: number; tf: number; brain: number };
  /** Every timed sample, in ms. */
  samplesMs: { ours: number[]; hand: number[]; tf: number[]; brain: number[] };
  ratios: {
    /** Target ≤ 1.1. */
    oursOverHand: number;
    /** Target ≥ 15. */
    tfOverOurs: number;
    /** Target ≥ 2. */
    brainOverOurs: number;
  };
  /** Final training MSE of each contender (a sanity check that they all learned). */
  finalMse: { ours: number; hand: number; tf: number; brain: number };
  /** Largest |ours − hand| over the final params (same maths, so ~0). */
  maxParamDiffOursVsHand: number;
  timeline: {
    task: string;
    medianMs: number;
    samplesMs: number[];
    /** Bytes of the trajectory's typed arrays (params + loss + recordedSteps). */
    bytes: number;
    recordedRows: number;
    paramCount: number;
    finalLoss: number;
    /** Training accuracy at the final params (threshold 0.5). */
    accuracy: number;
  };
}

const HIDDEN = 16;
const STEPS = 2000;
const LEARNING_RATE = 0.05;

/** Run the benchmark. Takes a few seconds. */
export async function runNnBench(options: NnBenchOptions = {}): Promise<NnBenchResult> {
  const repetitions = options.repetitions ?? 9;
  const warmup = options.warmup ?? 2;
  const log = options.log ?? false;

  tf.enableProdMode(); // no debug checks (and no "install tfjs-node" banner)
  await loadTfGradients();
  await tf.setBackend('cpu');
  await tf.ready();

  const data = datasets.sine({ count: 64, noise: 0, xMin: -3, xMax: 3 });
  const net = createNetwork({ sizes: [1, HIDDEN, 1], activation: 'tanh', seed: 1 });
  const brainData = Array.from({ length: data.count }, (_, s) => ({
    input: [data.inputs[s]],
    output: [data.targets[s]],
  }));

  const contenders = {
    ours: () => {
      const copy = cloneNetwork(net);
      const traj = train(copy, data, { steps: STEPS, learningRate: LEARNING_RATE });
      return { mse: traj.loss[STEPS], params: copy.params };
    },
    hand: () => {
      const { params, loss } = handTrain(net.params, HIDDEN, data.inputs, data.targets, STEPS, LEARNING_RATE);
      return { mse: loss[STEPS], params };
    },
    tf: () => ({ mse: trainTf(net, data), params: undefined }),
    brain: () => {
      const model = new brain.NeuralNetwork({ hiddenLayers: [HIDDEN], activation: 'tanh' });
      model.train(brainData, {
        iterations: STEPS,
        learningRate: LEARNING_RATE,
        momentum: Number.MIN_VALUE,
        errorThresh: Number.MIN_VALUE,
      });
      let sum = 0;
      for (const { input, output } of brainData) {
        const y = (model.run(input) as number[])[0];
        sum += (y - output[0]) ** 2;
      }
      return { mse: sum / brainData.length, params: undefined };
    },
  };
  type Name = keyof typeof contenders;
  const names = Object.keys(contenders) as Name[];
  const samples: Record<Name, number[]> = { ours: [], hand: [], tf: [], brain: [] };
  const finalMse: Record<Name, number> = { ours: NaN, hand: NaN, tf: NaN, brain: NaN };

  for (let round = 0; round < warmup + repetitions; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]; // rotate who goes first
      const start = performance.now();
      const { mse } = contenders[name]();
      const ms = performance.now() - start;
      finalMse[name] = mse;
      if (round >= warmup) samples[name].push(ms);
    }
    if (log) console.log(`round ${round + 1}/${warmup + repetitions}${round < warmup ? ' (warm-up)' : ''}`);
  }

  const oursParams = contenders.ours().params;
  const handParams = contenders.hand().params;
  let maxParamDiffOursVsHand = 0;
  for (let k = 0; k < oursParams.length; k++) {
    maxParamDiffOursVsHand = Math.max(maxParamDiffOursVsHand, Math.abs(oursParams[k] - handParams[k]));
  }

  const medianMs = {
    ours: median(samples.ours),
    hand: median(samples.hand),
    tf: median(samples.tf),
    brain: median(samples.brain),
  };
  const timeline = benchTimeline(repetitions, warmup);
  const result: NnBenchResult = {
    task: `1-${HIDDEN}-1 tanh on ${data.count} points of sin(x), x in [-3, 3]; full-batch SGD, lr ${LEARNING_RATE}, ${STEPS} steps, MSE`,
    repetitions,
    medianMs,
    samplesMs: samples,
    ratios: {
      oursOverHand: medianMs.ours / medianMs.hand,
      tfOverOurs: medianMs.tf / medianMs.ours,
      brainOverOurs: medianMs.brain / medianMs.ours,
    },
    finalMse,
    maxParamDiffOursVsHand,
    timeline,
  };
  if (log) printResult(result);
  return result;
}

let tfGradientsLoaded = false;

/**
 * Register tfjs-core's gradient functions (needed by `minimize`). They live
 * in tfjs-core's ES-module build (dist/register_all_gradients.js), whose
 * files use extensionless relative imports in a package not marked as ES
 * modules, so Node cannot load them as is. A tiny module hook, limited to
 * that folder, adds the `.js` and loads them as ES modules. The gradient and
 * kernel registries are global, so the Node build sees what they register.
 */
async function loadTfGradients(): Promise<void> {
  if (tfGradientsLoaded) return;
  type Next = (specifier: string, context: object) => unknown;
  const inTfDist = (url: string | undefined) => url?.includes('/@tensorflow/tfjs-core/dist/') ?? false;
  const nodeModule = 'node:module'; // (a variable, so TypeScript does not look for Node's types)
  const { registerHooks } = (await import(nodeModule)) as {
    registerHooks: (hooks: {
      resolve: (specifier: string, context: { parentURL?: string }, next: Next) => unknown;
      load: (url: string, context: object, next: Next) => unknown;
    }) => unknown;
  };
  registerHooks({
    resolve(specifier, context, next) {
      if (inTfDist(context.parentURL) && specifier.startsWith('.') && !specifier.endsWith('.js')) {
        try {
          return next(`${specifier}.js`, context);
        } catch {
          return next(`${specifier}/index.js`, context);
        }
      }
      return next(specifier, context);
    },
    load(url, context, next) {
      if (inTfDist(url) && !url.endsWith('.node.js')) return next(url, { ...context, format: 'module' });
      return next(url, context);
    },
  });
  await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  tfGradientsLoaded = true;
}

/** Train the same network with TensorFlow.js; returns the final training MSE. */
function trainTf(net: Network, data: Dataset): number {
  const [first, second] = layerOffsets(net.sizes);
  const p = net.params;
  // tf computes x·W (x as a row), so its weight matrices are our W transposed;
  // for a 1-input layer and a 1-output layer the numbers are the same.
  // tf has no float64 on the cpu backend: hand it float32 copies.
  const f32 = (from: number, to: number, values = p) => Float32Array.from(values.subarray(from, to));
  const w1 = tf.variable(tf.tensor2d(f32(first.weights, first.biases), [1, HIDDEN]));
  const b1 = tf.variable(tf.tensor1d(f32(first.biases, first.biases + HIDDEN)));
  const w2 = tf.variable(tf.tensor2d(f32(second.weights, second.biases), [HIDDEN, 1]));
  const b2 = tf.variable(tf.tensor1d(f32(second.biases, second.biases + 1)));
  const x = tf.tensor2d(f32(0, data.count, data.inputs), [data.count, 1]);
  const y = tf.tensor2d(f32(0, data.count, data.targets), [data.count, 1]);
  const optimizer = tf.train.sgd(LEARNING_RATE);
  const mse = () => {
    const hidden = tf.tanh(tf.add(tf.matMul(x, w1), b1));
    const out = tf.add(tf.matMul(hidden, w2), b2);
    return tf.mean(tf.square(tf.sub(out, y))) as tf.Scalar;
  };
  for (let step = 0; step < STEPS; step++) optimizer.minimize(mse); // minimize runs inside tf.tidy
  const final = tf.tidy(mse);
  const value = final.dataSync()[0];
  tf.dispose([final, w1, b1, w2, b2, x, y]);
  optimizer.dispose();
  return value;
}

/** Time the essay's largest recorded timeline. */
function benchTimeline(repetitions: number, warmup: number): NnBenchResult['timeline'] {
  const data = datasets.moons({ count: 200, noise: 0.1, seed: 1 });
  const net = createNetwork({ sizes: [2, 16, 16, 1], activation: 'tanh', output: 'sigmoid', seed: 1 });
  const options = { steps: 1500, learningRate: 0.03, optimizer: 'adam', loss: 'bce', record: 1 } as const;
  const samplesMs: number[] = [];
  let copy = cloneNetwork(net);
  let traj = train(copy, data, options);
  for (let round = 0; round < warmup + repetitions; round++) {
    copy = cloneNetwork(net);
    const start = performance.now();
    traj = train(copy, data, options);
    const ms = performance.now() - start;
    if (round >= warmup) samplesMs.push(ms);
  }
  const out = predict(copy, data.inputs);
  let correct = 0;
  for (let s = 0; s < data.count; s++) if (out[s] > 0.5 === (data.targets[s] === 1)) correct++;
  return {
    task: '2-16-16-1 tanh + sigmoid output, BCE, 200 moons points, Adam lr 0.03, 1500 steps, record every step',
    medianMs: median(samplesMs),
    samplesMs,
    bytes: traj.params.byteLength + traj.loss.byteLength + traj.recordedSteps.byteLength,
    recordedRows: traj.recordedSteps.length,
    paramCount: traj.paramCount,
    finalLoss: traj.loss[traj.stoppedAt],
    accuracy: correct / data.count,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function printResult(r: NnBenchResult): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const ratio = (v: number) => `${v.toFixed(2)}×`;
  console.log(`\n${r.task}\nmedian of ${r.repetitions} interleaved runs each\n`);
  console.table({
    'ours (train)': { median: ms(r.medianMs.ours), 'final MSE': r.finalMse.ours.toExponential(3) },
    'hand loop': { median: ms(r.medianMs.hand), 'final MSE': r.finalMse.hand.toExponential(3) },
    'tfjs cpu': { median: ms(r.medianMs.tf), 'final MSE': r.finalMse.tf.toExponential(3) },
    'brain.js': { median: ms(r.medianMs.brain), 'final MSE': r.finalMse.brain.toExponential(3) },
  });
  console.table({
    'ours / hand': { ratio: ratio(r.ratios.oursOverHand), target: '≤ 1.1', ok: r.ratios.oursOverHand <= 1.1 },
    'tf / ours': { ratio: ratio(r.ratios.tfOverOurs), target: '≥ 15', ok: r.ratios.tfOverOurs >= 15 },
    'brain / ours': { ratio: ratio(r.ratios.brainOverOurs), target: '≥ 2', ok: r.ratios.brainOverOurs >= 2 },
  });
  console.log(`max |ours − hand| over final params: ${r.maxParamDiffOursVsHand}`);
  const t = r.timeline;
  console.log(`\nLargest essay timeline: ${t.task}`);
  console.log(
    `  median ${ms(t.medianMs)}; trajectory ${(t.bytes / 1024 / 1024).toFixed(2)} MiB (${t.bytes} bytes: ${t.recordedRows} rows × ${t.paramCount} params × 8 B + loss + steps); final BCE ${t.finalLoss.toExponential(2)}, accuracy ${(100 * t.accuracy).toFixed(1)}%`,
  );
}

if ((import.meta as ImportMeta & { main?: boolean }).main) {
  await runNnBench({ log: true });
}
