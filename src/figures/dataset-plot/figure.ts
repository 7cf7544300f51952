import T from 'virtual:text/dataset-plot';
import { fill } from '../../text/fill.ts';
import { plural } from '../../text/plural.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { colour } from '../kit/draw/colours.ts';
import { fmt } from '../kit/draw/format.ts';
import { layeredWithArea } from '../kit/draw/plot-area.ts';
import { axesBase, drawData } from '../kit/draw/marks.ts';
import type { XYDataset } from '../kit/data/dataset.ts';
import { xyDatasetOf } from '../kit/data/registry.ts';
import { datasetIn } from '../kit/data/edits.ts';
import { spec, type State } from './state.ts';

interface Model {
  story: XYDataset;
}

/** The data alone: what a reader has before any model exists. */
export const figure: FigureSource<typeof spec, Model> = {
  title: T.title,
  summary: T.summary,
  spec,
  compute: (state: State) => ({ story: datasetIn(state) }),
  editsPoints: true,
  // A dataset made of measurements alone has no pattern to show.
  inactive: (state) => (xyDatasetOf(state.dataset).pattern ? [] : ['pattern']),
  plot: (state, { story }, document, width) =>
    layeredWithArea(
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
        if (state.pattern && story.patternCurve) {
          o.line(story.patternCurve, { label: T.marks.pattern, stroke: colour.muted, strokeWidth: 2, dash: '1 5' });
          o.note(story.patternLabel ?? story.pattern!, 'top-left', { label: T.marks.patternRule, fill: colour.muted });
        }
        drawData(o, story.points, 5);
      },
    ),
  describe: (state, { story }) => {
    const values = { title: story.title, points: plural(T.describe.points, story.points.length) };
    return state.pattern && story.pattern ? fill(T.describe.withPattern, { ...values, pattern: story.patternLabel ?? story.pattern }) : fill(T.describe.plain, values);
  },
  table: (_state, { story }) => ({
    caption: story.title,
    columns: [story.xName, story.yName],
    rows: story.points.map((p) => [fmt(p.x, 1), fmt(p.y, 1)]),
  }),
};
