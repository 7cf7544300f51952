/** Named states the loss-landscape snapshots are rendered at, besides its defaults. */
export default {
  'near-minimum': { w: 1.2, b: 2.2 },
  corner: { w: 3, b: -2 },
};
