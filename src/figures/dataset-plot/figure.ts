import type { FigureSource } from '../kit/contract/definition.ts';
import { colour } from '../kit/draw/colours.ts';
import { fmt } from '../kit/draw/format.ts';
import { layered } from '../kit/draw/layered.ts';
import { axesBase, drawData, sample } from '../kit/draw/marks.ts';
import { stories, type Story } from '../kit/data/stories.ts';
import { spec, type State } from './state.ts';

interface Model {
  story: Story;
}

/** The data alone: what a reader has before any model exists. */
export const figure: FigureSource<typeof spec, Model> = {
  title: 'Twelve points: the whole dataset',
  summary: 'A tiny dataset with a story, and a toggle that reveals the pattern the points were made from.',
  spec,
  compute: (state: State) => ({ story: stories[state.dataset] }),
  plot: (state, { story }, document, width) =>
    layered(
      document,
      axesBase,
      {
        width,
        height: Math.round(Math.min(380, Math.max(280, width * 0.58))),
        xDomain: story.xDomain,
        yDomain: story.yDomain,
        xLabel: story.xLabel,
        yLabel: story.yLabel,
      },
      (o) => {
        if (state.pattern) {
          o.line(sample(story.pattern, story.xDomain, 80), { label: 'pattern', stroke: colour.muted, strokeWidth: 2, dash: '1 5' });
          o.note(story.patternLabel, 'top-left', { label: 'pattern rule', fill: colour.muted });
        }
        drawData(o, story.points, 5);
      },
    ),
  describe: (state, { story }) =>
    `${story.title}: ${story.points.length} points` +
    (state.pattern ? `, with the pattern they were made from, ${story.patternLabel}.` : '.'),
  table: (_state, { story }) => ({
    caption: story.title,
    columns: [story.xName, story.yName],
    rows: story.points.map((p) => [fmt(p.x, 1), fmt(p.y, 1)]),
  }),
};
