/**
 * The yardstick for the nn module's speed: the same training written out by
 * hand for one hidden layer — 1 input, H tanh neurons, 1 identity output,
 * mean squared error, full-batch gradient descent.
 *
 * Same maths as `train` (same param layout [W₁ (H×1), b₁ (H), W₂ (1×H), b₂],
 * same loss (1/n) Σ (ŷ − y)², one gradient step per pass over the data, the
 * loss of every step kept), but with everything a generic library cannot
 * assume: scalar input and output, forward and backward fused per example,
 * no intermediate buffers. If `train` is within a few percent of this, its
 * generality is free.
 */

/** Result of `handTrain`: final params and the loss after each step (length steps + 1). */
export interface HandResult {
  params: Float64Array;
  loss: Float64Array;
}

/**
 * Train a 1-H-1 tanh network on (xs, ys) with full-batch SGD, starting from
 * `initial` (not modified). loss[s] is the loss after s steps.
 */
export function handTrain(
  initial: Float64Array,
  hidden: number,
  xs: Float64Array,
  ys: Float64Array,
  steps: number,
  learningRate: number,
): HandResult {
  const H = hidden;
  const n = xs.length;
  const W1 = 0; // offsets in the flat params, as in network.ts
  const B1 = H;
  const W2 = 2 * H;
  const B2 = 3 * H;
  const p = initial.slice();
  const g = new Float64Array(p.length);
  const a = new Float64Array(H); // hidden activations of the current example
  const loss = new Float64Array(steps + 1);
  const scale = 2 / n;

  for (let step = 0; ; step++) {
    const last = step === steps;
    g.fill(0);
    let sum = 0;
    for (let s = 0; s < n; s++) {
      const x = xs[s];
      // forward: y = b₂ + Σⱼ W₂[j] tanh(W₁[j] x + b₁[j])
      let y = p[B2];
      for (let j = 0; j < H; j++) {
        const aj = Math.tanh(p[W1 + j] * x + p[B1 + j]);
        a[j] = aj;
        y += p[W2 + j] * aj;
      }
      const diff = y - ys[s];
      sum += diff * diff;
      if (last) continue;
      // backward: dy = ∂loss/∂ŷ, dz = ∂loss/∂z of each hidden neuron (tanh′ = 1 − a²)
      const dy = scale * diff;
      g[B2] += dy;
      for (let j = 0; j < H; j++) {
        const aj = a[j];
        g[W2 + j] += dy * aj;
        const dz = dy * p[W2 + j] * (1 - aj * aj);
        g[W1 + j] += dz * x;
        g[B1 + j] += dz;
      }
    }
    loss[step] = sum / n;
    if (last) break;
    for (let k = 0; k < p.length; k++) p[k] -= learningRate * g[k];
  }
  return { params: p, loss };
}
