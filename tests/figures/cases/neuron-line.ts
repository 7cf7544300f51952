/** Named states the neuron-line snapshots are rendered at, besides its defaults. */
export default {
  'good-fit': { w: 1.2, b: 2.2 },
  'no-gaps': { w: -0.5, b: 6, residuals: false },
};
