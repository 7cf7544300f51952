/**
 * Cache keys derived from inputs, so no caller writes one by hand. A key names every value it was given: two
 * inputs that differ anywhere (a field, an array element, a number's last bit) get different keys, and the same
 * input always gets the same key. Object fields are taken in sorted order, so `{ a, b }` and `{ b, a }` agree.
 *
 * Long numeric arrays (a loss curve, a dataset, a trajectory's parameters) are folded into a 64-bit hash of their
 * bits rather than written out, so a key stays short; a collision would need two inputs of the same length whose
 * hashes agree, about one chance in 2^64 for the few thousand keys a page ever makes.
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
  if (ArrayBuffer.isView(value) || (Array.isArray(value) && value.length >= HASHED_FROM && value.every((v) => typeof v === 'number'))) {
    return numbers(value as ArrayLike<number>);
  }
  if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`;
  const fields = Object.keys(value as object).sort();
  return `{${fields.map((f) => `${JSON.stringify(f)}:${keyOf((value as Record<string, unknown>)[f])}`).join(',')}}`;
}

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/** `#<length>:<hash>` of a run of numbers, from their exact bits (FNV-1a over two 32-bit lanes). */
function numbers(values: ArrayLike<number>): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ values.length;
  for (let i = 0; i < values.length; i++) {
    scratch[0] = values[i];
    h1 = Math.imul(h1 ^ words[0], 0x01000193);
    h1 = Math.imul(h1 ^ words[1], 0x01000193);
    h2 = Math.imul(h2 ^ words[1], 0x5bd1e995);
    h2 = Math.imul(h2 ^ words[0], 0x5bd1e995);
  }
  return `#${values.length}:${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
