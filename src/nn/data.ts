/**
 * Training data: `count` examples, each an input row and a target row, stored
 * row-major in two flat Float64Arrays (inputs[s·inputSize + i] is input i of
 * example s). The generators in datasets.ts produce this shape; use
 * `createDataset` for your own numbers.
 */

import { checkData, checkPositiveInteger, show, toFloat64 } from './validate.ts';

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
