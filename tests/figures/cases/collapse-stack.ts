/** Named states the collapse-stack snapshots are rendered at, besides its defaults. */
export default {
  'one-neuron-wide': { depth: 1, width: 1 },
  deepest: { depth: 6, width: 8, seed: 7 },
};
