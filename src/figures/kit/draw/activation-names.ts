/**
 * The activations' names as the course's language writes them, keyed by src/nn's names. src/nn has its own
 * English labels for its errors and tests; what a reader sees comes from here.
 */
import type { ActivationName } from '../../../nn/index.ts';
import text from 'virtual:text/plot';

export const activationNames: Record<ActivationName, string> = {
  identity: text.activations.identity,
  relu: text.activations.relu,
  leakyRelu: text.activations.leakyRelu,
  sigmoid: text.activations.sigmoid,
  tanh: text.activations.tanh,
  softplus: text.activations.softplus,
  gelu: text.activations.gelu,
};

/** The menu of a figure that offers these activations, in this order; identity says that it means none. */
export function activationMenu(options: readonly ActivationName[]): string[] {
  return options.map((name) => (name === 'identity' ? text.activations.identityNone : activationNames[name]));
}
