/** Named states the training-timeline snapshots are rendered at, besides its defaults. */
export default {
  start: { step: 0 },
  end: { step: 300 },
  diverged: { learningRate: '0.1', step: 300 },
  crawl: { learningRate: '0.001', step: 150 },
};
