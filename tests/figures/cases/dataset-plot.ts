/** Named states the dataset-plot snapshots are rendered at, besides its defaults. */
export default {
  'with-pattern': { pattern: true },
  'sleep-with-pattern': { dataset: 'sleep-alertness', pattern: true },
};
