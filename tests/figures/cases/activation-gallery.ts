/** Named states the activation-gallery snapshots are rendered at, besides its defaults. */
export default {
  sigmoid: { activation: 'sigmoid', z: -1.5 },
  gelu: { activation: 'gelu', z: -0.75 },
  identity: { activation: 'identity', z: 4 },
};
