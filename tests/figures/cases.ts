/** Named states each figure's snapshots are rendered at, besides its defaults. */
export const cases: Record<string, Record<string, Record<string, unknown>>> = {
  'dataset-plot': {
    'with-pattern': { pattern: true },
    'sleep-with-pattern': { dataset: 'sleep-alertness', pattern: true },
  },
  'neuron-line': {
    'good-fit': { w: 1.2, b: 2.2 },
    'no-gaps': { w: -0.5, b: 6, residuals: false },
  },
  'training-timeline': {
    start: { step: 0 },
    end: { step: 300 },
    diverged: { learningRate: '0.1', step: 300 },
    crawl: { learningRate: '0.001', step: 150 },
  },
};
