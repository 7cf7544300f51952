/**
 * Argument checks shared by the public functions.
 *
 * Every check throws a `TypeError` (wrong kind of value) or a `RangeError`
 * (right kind, wrong value) whose message starts with the calling function
 * and names the argument, e.g.
 * `createNetwork: sizes[1] must be a positive integer, got 0`.
 * They run once per call, never inside a training step.
 */

import { activationNames, isActivationName } from './activations.ts';
import type { ActivationName } from './activations.ts';
import type { Data } from './data.ts';
import type { Network } from './network.ts';

/** Format a value for an error message: short, and readable for odd values. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (typeof value === 'function') return 'a function';
  return `a ${typeof value}`;
}

/** Throw unless `value` is an integer ≥ 1. */
export function checkPositiveInteger(value: unknown, who: string, name: string): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${who}: ${name} must be a positive integer, got ${show(value)}`);
  }
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${who}: ${name} must be a positive integer, got ${show(value)}`);
  }
  return value;
}

/** Throw unless `value` is an integer ≥ 0. */
export function checkNonNegativeInteger(value: unknown, who: string, name: string): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${who}: ${name} must be a non-negative integer, got ${show(value)}`);
  }
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${who}: ${name} must be a non-negative integer, got ${show(value)}`);
  }
  return value;
}

/** Throw unless `value` is a finite number. */
export function checkFinite(value: unknown, who: string, name: string): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${who}: ${name} must be a finite number, got ${show(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${who}: ${name} must be a finite number, got ${show(value)}`);
  }
  return value;
}

/** Throw unless `value` is a finite number > 0. */
export function checkFinitePositive(value: unknown, who: string, name: string): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${who}: ${name} must be a finite positive number, got ${show(value)}`);
  }
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${who}: ${name} must be a finite positive number, got ${show(value)}`);
  }
  return value;
}

/** Throw unless `value` is a finite number in [min, max) (or [min, max] when `closed`). */
export function checkInRange(
  value: unknown,
  min: number,
  max: number,
  who: string,
  name: string,
  closed = false,
): number {
  const interval = closed ? `[${min}, ${max}]` : `[${min}, ${max})`;
  if (typeof value !== 'number') {
    throw new TypeError(`${who}: ${name} must be a number in ${interval}, got ${show(value)}`);
  }
  if (!(value >= min && (closed ? value <= max : value < max))) {
    throw new RangeError(`${who}: ${name} must be a number in ${interval}, got ${show(value)}`);
  }
  return value;
}

/** Throw unless `value` is one of `allowed` (a string union). */
export function checkOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  who: string,
  name: string,
): T {
  if (typeof value !== 'string') {
    throw new TypeError(`${who}: ${name} must be one of ${allowed.join(', ')}; got ${show(value)}`);
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`${who}: ${name} must be one of ${allowed.join(', ')}; got ${show(value)}`);
  }
  return value as T;
}

/** Throw unless `value` is a Float64Array of exactly `length` finite numbers. */
export function checkFiniteArray(
  value: unknown,
  length: number,
  who: string,
  name: string,
): Float64Array {
  if (!(value instanceof Float64Array)) {
    throw new TypeError(`${who}: ${name} must be a Float64Array, got ${show(value)}`);
  }
  if (value.length !== length) {
    throw new RangeError(`${who}: ${name} must have length ${length}, got ${value.length}`);
  }
  for (let k = 0; k < length; k++) {
    if (!Number.isFinite(value[k])) {
      throw new RangeError(`${who}: ${name}[${k}] must be finite, got ${show(value[k])}`);
    }
  }
  return value;
}

/** Throw unless `value` is a plain options object (or undefined, read as `{}`). */
export function checkOptions<T extends object>(value: T | undefined, who: string, name: string): T {
  if (value === undefined) return {} as T;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${who}: ${name} must be an object, got ${show(value)}`);
  }
  return value;
}

/**
 * `value`, or `fallback` when it is undefined (an omitted option).
 * Unlike `??`, a `null` is kept, so the check that follows rejects it by name.
 */
export function orDefault<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

/** Throw unless `sizes` is an array of at least two positive integers. */
export function checkSizes(sizes: unknown, who: string, name = 'sizes'): number[] {
  if (!Array.isArray(sizes)) {
    throw new TypeError(`${who}: ${name} must be an array of positive integers, got ${show(sizes)}`);
  }
  if (sizes.length < 2) {
    throw new RangeError(
      `${who}: ${name} must list at least an input and an output size, got ${sizes.length} entr${sizes.length === 1 ? 'y' : 'ies'}`,
    );
  }
  sizes.forEach((size, l) => checkPositiveInteger(size, who, `${name}[${l}]`));
  return sizes as number[];
}

/** Throw unless `name` is a known activation name. */
export function checkActivation(name: unknown, who: string, argument: string): ActivationName {
  if (isActivationName(name)) return name;
  const message = `${who}: ${argument} must be one of ${activationNames.join(', ')}; got ${show(name)}`;
  throw typeof name === 'string' ? new RangeError(message) : new TypeError(message);
}

/** Throw unless `names` is one activation name per hidden layer of `sizes` (`sizes.length − 2` of them). */
export function checkHiddenActivations(names: unknown, sizes: readonly number[], who: string, argument: string): ActivationName[] {
  if (!Array.isArray(names)) throw new TypeError(`${who}: ${argument} must be an array of activation names, got ${show(names)}`);
  const layers = sizes.length - 2;
  if (names.length !== layers) {
    throw new RangeError(`${who}: ${argument} must name one activation per hidden layer (${layers} for sizes [${sizes.join(', ')}]), got ${names.length}`);
  }
  return names.map((name, l) => checkActivation(name, who, `${argument}[${l}]`));
}

/** Throw unless `net` looks like a `Network` whose params match its sizes. */
export function checkNetwork(net: unknown, who: string): Network {
  if (net === null || typeof net !== 'object') {
    throw new TypeError(`${who}: net must be a network from createNetwork, got ${show(net)}`);
  }
  const n = net as Network;
  checkSizes(n.sizes, who, 'net.sizes');
  checkActivation(n.activation, who, 'net.activation');
  if (n.hiddenActivations !== undefined) checkHiddenActivations(n.hiddenActivations, n.sizes, who, 'net.hiddenActivations');
  checkActivation(n.output, who, 'net.output');
  if (!(n.params instanceof Float64Array)) {
    throw new TypeError(`${who}: net.params must be a Float64Array, got ${show(n.params)}`);
  }
  // (inputs + 1 bias) × neurons, layer by layer: paramCount's sum, repeated so validate.ts imports nothing above it.
  let expected = 0;
  for (let l = 0; l + 1 < n.sizes.length; l++) expected += (n.sizes[l] + 1) * n.sizes[l + 1];
  if (n.params.length !== expected) {
    throw new RangeError(
      `${who}: net.params must have length ${expected} for sizes [${n.sizes.join(', ')}], got ${n.params.length}`,
    );
  }
  return n;
}

/** Copy an array of numbers into a Float64Array, or throw naming `name`. */
export function toFloat64(values: unknown, who: string, name: string): Float64Array {
  if (values instanceof Float64Array) return values;
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) {
    throw new TypeError(`${who}: ${name} must be a Float64Array or an array of numbers, got ${show(values)}`);
  }
  const list = values as ArrayLike<unknown>;
  const out = new Float64Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const v = list[k];
    if (typeof v !== 'number') throw new TypeError(`${who}: ${name}[${k}] must be a number, got ${show(v)}`);
    out[k] = v;
  }
  return out;
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
