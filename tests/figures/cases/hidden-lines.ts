/** Named states the hidden-lines snapshots are rendered at, besides its defaults. */
export default {
  'four-neurons': { neurons: 4 },
  'cancelling': { w1: 1, b1: 0, v1: 1, w2: 1, b2: 0, v2: -1, c: 0 },
};
