/**
 * Training data: `count` examples, each an input row and a target row, stored
 * row-major in two flat Float64Arrays (inputs[s·inputSize + i] is input i of
 * example s). The generators in datasets.ts produce this shape; use
 * `createDataset` for your own numbers.
 */

import type { Network } from './network.ts';
import { toFloat64 } from './network.ts';
import { checkPositiveInteger, show } from './validate.ts';

/** Examples for training or evaluation. Functions that only read data accept this. */
export interface Data {
  /** count × inputSize numbers, row-major. */
  inputs: Float64Array;
  /** count × outputSize numbers, row-major. */
  targets: Float64Array;
  /** Number of examples. */
  count: number;
  /** Numbers per input row (the network's sizes[0]). */
  inputSize: number;
  /** Numbers per target row (the network's last size). */
  outputSize: number;
}

/** `Data` with a name, as returned by the generators and `createDataset`. */
export interface Dataset extends Data {
  /** e.g. `'moons'` or `'custom'`. */
  name: string;
}

/**
 * Build a dataset from your own numbers, checking that the shapes agree.
 * Arrays are copied into fresh Float64Arrays.
 *
 * @example
 * createDataset([0, 1, 2], [1, 3, 5], 1, 1); // three points on y = 2x + 1
 */
export function createDataset(
  inputs: Float64Array | readonly number[],
  targets: Float64Array | readonly number[],
  inputSize: number,
  outputSize: number,
  name = 'custom',
): Dataset {
  const who = 'createDataset';
  checkPositiveInteger(inputSize, who, 'inputSize');
  checkPositiveInteger(outputSize, who, 'outputSize');
  const x = toFloat64(inputs, who, 'inputs').slice();
  const y = toFloat64(targets, who, 'targets').slice();
  if (x.length === 0 || x.length % inputSize !== 0) {
    throw new RangeError(
      `${who}: inputs must hold a positive multiple of inputSize (${inputSize}) numbers, got ${x.length}`,
    );
  }
  const count = x.length / inputSize;
  if (y.length !== count * outputSize) {
    throw new RangeError(
      `${who}: targets must hold count × outputSize = ${count} × ${outputSize} = ${count * outputSize} numbers, got ${y.length}`,
    );
  }
  if (typeof name !== 'string') throw new TypeError(`${who}: name must be a string, got ${show(name)}`);
  const data: Dataset = { inputs: x, targets: y, count, inputSize, outputSize, name };
  checkData(data, who);
  return data;
}

/** Throw unless `data` is internally consistent and holds only finite numbers. */
export function checkData(data: unknown, who: string, name = 'data'): Data {
  if (data === null || typeof data !== 'object') {
    throw new TypeError(`${who}: ${name} must be a dataset ({ inputs, targets, count, inputSize, outputSize }), got ${show(data)}`);
  }
  const d = data as Data;
  checkPositiveInteger(d.count, who, `${name}.count`);
  checkPositiveInteger(d.inputSize, who, `${name}.inputSize`);
  checkPositiveInteger(d.outputSize, who, `${name}.outputSize`);
  for (const [key, size] of [
    ['inputs', d.inputSize],
    ['targets', d.outputSize],
  ] as const) {
    const values = d[key];
    if (!(values instanceof Float64Array)) {
      throw new TypeError(`${who}: ${name}.${key} must be a Float64Array, got ${show(values)}`);
    }
    if (values.length !== d.count * size) {
      throw new RangeError(
        `${who}: ${name}.${key} must hold count × ${key === 'inputs' ? 'inputSize' : 'outputSize'} = ${d.count * size} numbers, got ${values.length}`,
      );
    }
    for (let k = 0; k < values.length; k++) {
      if (!Number.isFinite(values[k])) {
        throw new RangeError(`${who}: ${name}.${key}[${k}] must be finite, got ${show(values[k])}`);
      }
    }
  }
  return d;
}

/** Throw unless `data` is consistent and its input/output sizes match the network's first/last layer. */
export function checkDataFits(net: Network, data: unknown, who: string): Data {
  const d = checkData(data, who);
  const inputSize = net.sizes[0];
  const outputSize = net.sizes[net.sizes.length - 1];
  if (d.inputSize !== inputSize) {
    throw new RangeError(`${who}: data.inputSize (${d.inputSize}) must equal net.sizes[0] (${inputSize})`);
  }
  if (d.outputSize !== outputSize) {
    throw new RangeError(
      `${who}: data.outputSize (${d.outputSize}) must equal the last of net.sizes (${outputSize})`,
    );
  }
  return d;
}
