/**
 * A workspace holds every buffer one forward + backward pass needs, sized for
 * up to `capacity` examples at once. `train` creates one per call and reuses
 * it for every step, so a step allocates nothing; `forward` and `predict`
 * make one per call. None outlives its call: the module keeps no state.
 *
 * Inside the kernels, values are stored neuron by neuron ("neuron-major"):
 * for a pass over `count` examples, neuron j of weight layer l has its values
 * on all examples side by side,
 *   z[l][j·count + s]      pre-activation of neuron j on example s
 *   a[l][j·count + s]      its activation f(z)
 *   delta[l][j·count + s]  ∂loss/∂z for that neuron and example (backward pass)
 * and the kernels' inputs and targets use the same layout (inputs[i·count + s]).
 * Then every inner loop runs over the examples — long, simple loops, whatever
 * the layer sizes. The public functions take and return the usual
 * example-major arrays (one row per example) and convert with `transpose`.
 */

import type { ActivationName } from './activations.ts';
import { hiddenActivationsOf, layerOffsets } from './network.ts';
import type { LayerOffset, Network } from './network.ts';

/** Preallocated buffers for forward and backward passes of one network shape. */
export interface Workspace {
  /** Offsets of each layer in the parameter array. */
  readonly layers: readonly LayerOffset[];
  /** Activation of each hidden layer, first to last. */
  readonly hidden: readonly ActivationName[];
  /** Activation of the last layer. */
  readonly output: ActivationName;
  /** Maximum number of examples per pass. */
  readonly capacity: number;
  /** Pre-activations per layer (capacity × rows). */
  readonly z: Float64Array[];
  /** Activations per layer (capacity × rows). */
  readonly a: Float64Array[];
  /** ∂loss/∂z per layer (capacity × rows). */
  readonly delta: Float64Array[];
}

/**
 * Allocate a workspace for `net`'s shape and up to `capacity` examples per pass. A forward-only workspace
 * (`backward: false`) has no delta buffers.
 */
export function createWorkspace(net: Network, capacity: number, { backward = true } = {}): Workspace {
  const layers = layerOffsets(net.sizes);
  const buffers = () => layers.map(({ rows }) => new Float64Array(capacity * rows));
  return {
    layers,
    hidden: hiddenActivationsOf(net),
    output: net.output,
    capacity,
    z: buffers(),
    a: buffers(),
    delta: backward ? buffers() : [],
  };
}

/**
 * Copy a row-major `rows × cols` matrix into `out` as its transpose
 * (`cols × rows`, row-major): out[c·rows + r] = matrix[r·cols + c].
 * Converts between example-major data and the kernels' neuron-major layout.
 */
export function transpose(
  matrix: Float64Array,
  rows: number,
  cols: number,
  out: Float64Array = new Float64Array(rows * cols),
): Float64Array {
  if (cols === 1 || rows === 1) {
    out.set(matrix.subarray(0, rows * cols)); // a single row or column reads the same both ways
    return out;
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[c * rows + r] = matrix[r * cols + c];
  }
  return out;
}
