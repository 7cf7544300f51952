/** Named states the bending-neurons snapshots are rendered at, besides its defaults. */
export default {
  start: { step: 0 },
  identity: { activation: 'identity' },
  'tanh-sine': { activation: 'tanh', dataset: 'sine', neurons: 6 },
};
