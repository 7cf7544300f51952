/** Named states the decision-boundary snapshots are rendered at, besides its defaults. */
export default {
  identity: { activation: 'identity' },
  'moons-start': { dataset: 'moons', step: 0 },
  'xor-tanh-mid': { dataset: 'xor', activation: 'tanh', step: 100 },
};
