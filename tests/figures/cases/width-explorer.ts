/** Named states the width-explorer snapshots are rendered at, besides its defaults. */
export default {
  one: { width: 1 },
  wide: { width: 32 },
  'u-odd-width': { dataset: 'u-40', width: 5 },
};
