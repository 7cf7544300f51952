// Cross-check our hand-written backpropagation against TensorFlow.js autodiff.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core's Node build ships without gradient functions; register tfjs's own.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, test } from 'vitest';
import { createNetwork, layerOffsets, lossAndGradient } from '../../../src/nn/index.ts';
import type { Dataset, LossName, Network } from '../../../src/nn/index.ts';
import { maxAbsDiff, randomData } from './helpers.ts';

beforeAll(async () => {
  tf.enableProdMode(); // also silences the "install tfjs-node" banner
  await tf.setBackend('cpu');
  await tf.ready();
});

/** The gradient tf computes for the same network, loss and data, in our param layout (float32). */
function tfGradient(net: Network, data: Dataset, loss: LossName): Float64Array {
  const layers = layerOffsets(net.sizes);
  const p = net.params;
  const variables = layers.flatMap(({ weights, biases, rows, cols }) => [
    tf.variable(tf.tensor2d(Float32Array.from(p.subarray(weights, biases)), [rows, cols])), // W[j][i], as ours
    tf.variable(tf.tensor1d(Float32Array.from(p.subarray(biases, biases + rows)))),
  ]);
  const x = tf.tensor2d(Float32Array.from(data.inputs), [data.count, data.inputSize]);
  const y = tf.tensor2d(Float32Array.from(data.targets), [data.count, data.outputSize]);
  const act = (name: string, z: tf.Tensor): tf.Tensor =>
    name === 'tanh' ? tf.tanh(z) : name === 'sigmoid' ? tf.sigmoid(z) : z;

  const { grads, value } = tf.variableGrads(() => {
    let a: tf.Tensor = x;
    let z: tf.Tensor = x;
    layers.forEach((_, l) => {
      // z = a Wᵀ + b: row s of z is W·(row s of a) + b
      z = tf.add(tf.matMul(a, variables[2 * l], false, true), variables[2 * l + 1]);
      a = act(l === layers.length - 1 ? net.output : net.activation, z);
    });
    const perElement =
      loss === 'mse' ? tf.square(tf.sub(a, y)) : tf.sub(tf.softplus(z), tf.mul(y, z)); // bce from the logits
    return tf.div(tf.sum(perElement), data.count) as tf.Scalar;
  });

  const out = new Float64Array(p.length);
  layers.forEach(({ weights, biases }, l) => {
    out.set(grads[variables[2 * l].name].dataSync(), weights);
    out.set(grads[variables[2 * l + 1].name].dataSync(), biases);
  });
  tf.dispose([...variables, x, y, value, ...Object.values(grads)]);
  return out;
}

describe('lossAndGradient(net, data) agrees with TensorFlow.js', () => {
  test('small tanh network [3, 5, 2], mse', () => {
    const net = createNetwork({ sizes: [3, 5, 2], activation: 'tanh', seed: 2, biasStd: 0.3 });
    const data = randomData(3, 2, 16, 1);
    const ours = lossAndGradient(net, data, 'mse').gradient;
    expect(maxAbsDiff(ours, tfGradient(net, data, 'mse'))).toBeLessThan(1e-4);
  });

  test('deep tanh network [2, 5, 4, 1], mse', () => {
    const net = createNetwork({ sizes: [2, 5, 4, 1], activation: 'tanh', seed: 3, biasStd: 0.3 });
    const data = randomData(2, 1, 32, 2);
    const ours = lossAndGradient(net, data, 'mse').gradient;
    expect(maxAbsDiff(ours, tfGradient(net, data, 'mse'))).toBeLessThan(1e-4);
  });

  test('tanh network with sigmoid output [2, 6, 1], bce', () => {
    const net = createNetwork({ sizes: [2, 6, 1], activation: 'tanh', output: 'sigmoid', seed: 4 });
    const data = randomData(2, 1, 32, 3, true);
    const ours = lossAndGradient(net, data, 'bce').gradient;
    expect(maxAbsDiff(ours, tfGradient(net, data, 'bce'))).toBeLessThan(1e-4);
  });
});
