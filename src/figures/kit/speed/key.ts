/**
 * Cache keys derived from inputs, so no caller writes one by hand. A key names every value it was given: two
 * inputs that differ anywhere (a field, an array element, a number's last bit) get different keys, and the same
 * input always gets the same key. Object fields are taken in sorted order, so `{ a, b }` and `{ b, a }` agree.
 *
 * Long numeric arrays (a loss curve, a dataset, a trajectory's parameters, a curve as [x, y] pairs) are folded into
 * a 64-bit hash of their bits rather than written out, so a key stays short and cheap enough to derive on every
 * frame; a collision would need two inputs of the same length whose hashes agree, about one chance in 2^64 for the
 * few thousand keys a page ever makes.
 *
 * Only plain data can be keyed: a function, a Map, a class instance would either say nothing of what it holds
 * (`Object.keys(new Map())` is empty) or change behind the key's back, so they are refused with a TypeError.
 */
export type KeyInput = undefined | null | boolean | number | string | ArrayLike<number> | readonly KeyInput[] | { readonly [key: string]: KeyInput };

const HASHED_FROM = 16;

export function keyOf(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null) return 'n';
  switch (typeof value) {
    case 'boolean':
      return value ? 't' : 'f';
    case 'number':
      // Object.is keeps −0 apart from 0; String keeps every digit (no rounding).
      return Object.is(value, -0) ? '-0' : String(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`keyOf: a ${typeof value} cannot be part of a cache key (pass the data it depends on instead).`);
  }
  if (ArrayBuffer.isView(value)) {
    if (value instanceof DataView) throw new TypeError('keyOf: a DataView cannot be part of a cache key (pass its numbers as a typed array).');
    return numbers(value as unknown as ArrayLike<number>);
  }
  if (Array.isArray(value)) {
    if (value.length >= HASHED_FROM && value.every((v) => typeof v === 'number')) return numbers(value);
    if (value.length >= HASHED_FROM && value.every(isNumberTuple)) return tuples(value);
    return `[${value.map(keyOf).join(',')}]`;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`keyOf: a ${proto?.constructor?.name ?? 'non-plain object'} cannot be part of a cache key (pass plain objects, arrays and numbers).`);
  }
  const fields = Object.keys(value as object).sort();
  return `{${fields.map((f) => `${JSON.stringify(f)}:${keyOf((value as Record<string, unknown>)[f])}`).join(',')}}`;
}

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/** A short array of numbers: one point of a curve given as [x, y] pairs. */
function isNumberTuple(v: unknown): v is readonly number[] {
  return Array.isArray(v) && v.length <= 4 && v.every((n) => typeof n === 'number');
}

/** A 64-bit FNV-1a-style hash over two 32-bit lanes, fed the exact bits of numbers. */
class Hash {
  private h1 = 0x811c9dc5;
  private h2: number;
  constructor(seed: number) {
    this.h2 = 0x01000193 ^ seed;
  }
  add(value: number): void {
    scratch[0] = value;
    this.h1 = Math.imul(this.h1 ^ words[0], 0x01000193);
    this.h1 = Math.imul(this.h1 ^ words[1], 0x01000193);
    this.h2 = Math.imul(this.h2 ^ words[1], 0x5bd1e995);
    this.h2 = Math.imul(this.h2 ^ words[0], 0x5bd1e995);
  }
  toString(): string {
    return `${(this.h1 >>> 0).toString(36)}${(this.h2 >>> 0).toString(36)}`;
  }
}

/** `#<length>:<hash>` of a run of numbers. */
function numbers(values: ArrayLike<number>): string {
  const hash = new Hash(values.length);
  for (let i = 0; i < values.length; i++) hash.add(values[i]);
  return `#${values.length}:${hash}`;
}

/** `#<length>t:<hash>` of a run of short tuples; each tuple's length is hashed too, so [[1, 2]] ≠ [[1], [2]]. */
function tuples(values: readonly (readonly number[])[]): string {
  const hash = new Hash(values.length);
  for (const tuple of values) {
    hash.add(tuple.length);
    for (const v of tuple) hash.add(v);
  }
  return `#${values.length}t:${hash}`;
}

/**
 * A short name for a piece of markup, from its text (64 bits, as `numbers`): two drawings get the same name only
 * if their markup is the same, on the server and in the browser alike, so no one has to name a drawing.
 */
export function textHash(text: string): string {
  const hash = new Hash(text.length);
  for (let i = 0; i < text.length; i++) hash.add(text.charCodeAt(i));
  return hash.toString();
}
