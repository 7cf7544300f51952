/**
 * A trained network as a file a reader keeps, and the check that lets one back in. The file is JSON: the layer
 * sizes, one activation per hidden layer, the output's activation, the step, and every parameter in src/nn's
 * layout, with a sentence saying what that layout is, so the numbers can be used elsewhere without this site.
 * Reading never throws and never trusts the file: any problem is named, and nothing is half-loaded.
 */
import { hiddenActivationsOf, isActivationName, paramCount, type ActivationName, type Network } from '../../nn/index.ts';

export const WEIGHTS_FORMAT = 'bending-lines-weights';
export const WEIGHTS_VERSION = 1;

/** Larger than any network the playground can hold, written out (16 × 16 × 4 parameters is about 30 KB). */
const MAX_CHARS = 2_000_000;
/** A parameter this large is no trained weight; it would only overflow the drawing. */
const MAX_MAGNITUDE = 1e6;

/** Written into every file: what the flat `params` list holds, in the order src/nn keeps it. */
const LAYOUT =
  'params lists each layer in turn, from the input side: first its weight matrix row by row ' +
  '(one row per neuron of the layer, sizes[l + 1] rows; one column per input to it, sizes[l] columns), ' +
  'then one bias per neuron. A neuron computes activation(sum of weight × input + bias); hidden layer k uses ' +
  'hiddenActivations[k], the last layer uses output.';

export interface WeightsLimits {
  inputs: number;
  outputs: number;
  maxHiddenLayers: number;
  maxWidth: number;
}

export type WeightsProblemKey =
  | 'tooLong'
  | 'notJson'
  | 'notWeights'
  | 'newerVersion'
  | 'badSizes'
  | 'inputs'
  | 'tooDeep'
  | 'tooWide'
  | 'activation'
  | 'output'
  | 'paramCount'
  | 'notFinite'
  | 'layersDisagree'
  | 'badStep';

export interface WeightsProblem {
  key: WeightsProblemKey;
  /** What a message may quote: the numbers or name that were wrong, and what was expected. */
  values?: Record<string, string | number>;
}

export type WeightsResult = { ok: true; net: Network; step: number } | { ok: false; problem: WeightsProblem };

/** The file for `net` as trained up to `step`, pretty-printed; numbers at full precision, so reading it back is exact. */
export function weightsJson(net: Network, step: number, description: string): string {
  const file = {
    format: WEIGHTS_FORMAT,
    version: WEIGHTS_VERSION,
    description,
    sizes: net.sizes,
    hiddenActivations: hiddenActivationsOf(net),
    output: net.output,
    step,
    layout: LAYOUT,
    params: Array.from(net.params),
  };
  return JSON.stringify(file, null, 2);
}

const fail = (key: WeightsProblemKey, values?: WeightsProblem['values']): WeightsResult => ({ ok: false, problem: values ? { key, values } : { key } });
const isPositiveInteger = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const shown = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 40) : JSON.stringify(v)?.slice(0, 40) ?? String(v));

/** Reads a weights file, checking each field against the playground's limits, in the order the fields matter. */
export function parseWeights(text: string, limits: WeightsLimits): WeightsResult {
  if (typeof text !== 'string' || text.length > MAX_CHARS) return fail('tooLong');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  if (file === null || typeof file !== 'object' || Array.isArray(file)) return fail('notWeights');
  const f = file as Record<string, unknown>;
  if (f.format !== WEIGHTS_FORMAT || !isPositiveInteger(f.version)) return fail('notWeights');
  if (f.version > WEIGHTS_VERSION) return fail('newerVersion', { found: f.version, expected: WEIGHTS_VERSION });

  const sizes = f.sizes;
  if (!Array.isArray(sizes) || sizes.length < 2 || sizes.length > 64 || !sizes.every(isPositiveInteger)) return fail('badSizes');
  if (sizes[0] !== limits.inputs) return fail('inputs', { found: sizes[0], expected: limits.inputs });
  if (sizes.at(-1) !== limits.outputs) return fail('inputs', { found: sizes.at(-1)!, expected: limits.outputs });
  const hidden = sizes.slice(1, -1);
  if (hidden.length > limits.maxHiddenLayers) return fail('tooDeep', { found: hidden.length, max: limits.maxHiddenLayers });
  const wide = hidden.find((n) => n > limits.maxWidth);
  if (wide !== undefined) return fail('tooWide', { width: wide, max: limits.maxWidth });

  const activations = f.hiddenActivations;
  if (!Array.isArray(activations) || activations.length !== hidden.length) return fail('layersDisagree');
  const unknown = activations.find((a) => !isActivationName(a));
  if (unknown !== undefined) return fail('activation', { name: shown(unknown) });
  if (!isActivationName(f.output)) return fail('output', { name: shown(f.output) });

  const expected = paramCount(sizes);
  if (!Array.isArray(f.params) || f.params.length !== expected) return fail('paramCount', { found: Array.isArray(f.params) ? f.params.length : 0, expected });
  if (!f.params.every((p) => typeof p === 'number' && Number.isFinite(p) && Math.abs(p) <= MAX_MAGNITUDE)) return fail('notFinite');

  const step = f.step ?? 0;
  if (!Number.isInteger(step) || (step as number) < 0) return fail('badStep');

  const layers = activations as ActivationName[];
  const net: Network = {
    sizes: sizes.slice(),
    // As src/nn writes a network without hidden layers: its `activation` is never applied.
    activation: layers[0] ?? 'identity',
    ...(layers.length > 0 ? { hiddenActivations: layers.slice() } : {}),
    output: f.output,
    params: Float64Array.from(f.params as number[]),
  };
  return { ok: true, net, step: step as number };
}
