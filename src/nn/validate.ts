/**
 * Argument checks shared by the public functions.
 *
 * Every check throws a `TypeError` (wrong kind of value) or a `RangeError`
 * (right kind, wrong value) whose message starts with the calling function
 * and names the argument, e.g.
 * `createNetwork: sizes[1] must be a positive integer, got 0`.
 * They run once per call, never inside a training step.
 */

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
