/** Named states the line-floor snapshots are rendered at, besides its defaults. */
export default {
  start: { step: 0 },
  'deep-end': { depth: 4, step: 400 },
  'u-neuron': { dataset: 'u', depth: 0, step: 400 },
};
