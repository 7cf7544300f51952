import { createDataset, type Data } from '../../../nn/index.ts';

/**
 * The essay's small datasets, each with a story a reader can picture. Twelve points are few enough to read
 * in the data table and to see every residual; the underlying pattern is known, so a figure can show it.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Story {
  title: string;
  /** Axis labels with units. */
  xLabel: string;
  yLabel: string;
  /** Column names for data tables. */
  xName: string;
  yName: string;
  xDomain: [number, number];
  yDomain: [number, number];
  points: readonly Point[];
  /** The rule the points were made from, before noise; figures can draw it on request. */
  pattern: (x: number) => number;
  patternLabel: string;
}

/** Twelve students: hours studied the evening before, and their quiz score out of 10. */
const studyHours: Story = {
  title: 'Study hours and quiz scores',
  xLabel: 'Hours studied →',
  yLabel: '↑ Quiz score (points out of 10)',
  xName: 'hours',
  yName: 'score',
  xDomain: [0, 6],
  yDomain: [0, 10],
  points: [
    { x: 0.5, y: 3.3 },
    { x: 0.9, y: 2.8 },
    { x: 1.4, y: 4.1 },
    { x: 1.8, y: 3.6 },
    { x: 2.2, y: 5.2 },
    { x: 2.6, y: 5.3 },
    { x: 3.0, y: 5.2 },
    { x: 3.5, y: 7.1 },
    { x: 3.9, y: 6.6 },
    { x: 4.4, y: 7.8 },
    { x: 4.8, y: 7.3 },
    { x: 5.3, y: 8.7 },
  ],
  pattern: (x) => 1.2 * x + 2.1,
  patternLabel: 'score = 1.2 × hours + 2.1',
};

/**
 * Twelve nights: hours of sleep, and how alert the sleeper felt the next morning (0–10). Too little and too
 * much both leave you groggy: the data bends, and no straight line can follow it.
 */
const sleepAlertness: Story = {
  title: 'Hours of sleep and next-day alertness',
  xLabel: 'Hours of sleep →',
  yLabel: '↑ Alertness (0–10)',
  xName: 'hours',
  yName: 'alertness',
  xDomain: [3.5, 11],
  yDomain: [0, 10],
  points: [
    { x: 4.0, y: 2.7 },
    { x: 4.6, y: 4.1 },
    { x: 5.2, y: 6.6 },
    { x: 5.8, y: 7.2 },
    { x: 6.4, y: 8.6 },
    { x: 7.0, y: 8.5 },
    { x: 7.6, y: 9.2 },
    { x: 8.2, y: 9.2 },
    { x: 8.8, y: 7.8 },
    { x: 9.4, y: 7.2 },
    { x: 10.0, y: 5.1 },
    { x: 10.6, y: 4.0 },
  ],
  pattern: (x) => 9 - 0.55 * (x - 7.5) ** 2,
  patternLabel: 'alertness = 9 − 0.55 × (hours − 7.5)²',
};

export const stories = { 'study-hours': studyHours, 'sleep-alertness': sleepAlertness } as const;
export type StoryName = keyof typeof stories;
export const storyNames = Object.keys(stories) as StoryName[];

/** A story's points as src/nn training data (one input, one target per point). */
export function storyData(story: Story): Data {
  return createDataset(
    story.points.map((p) => p.x),
    story.points.map((p) => p.y),
    1,
    1,
  );
}
