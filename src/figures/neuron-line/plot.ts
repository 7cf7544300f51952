import * as Plot from '@observablehq/plot';
import { dataDots, frame, outputLine, residuals, sample } from '../kit/marks.ts';
import type { Model } from './model.ts';
import type { State } from './state.ts';

/** The data, the neuron's line across the whole axis, and (optionally) the gaps the loss is made of. */
export function plot(state: State, model: Model, document: Document, width: number): Element {
  const { story } = model;
  const line = sample((x) => state.w * x + state.b, story.xDomain, 60);
  return Plot.plot({
    ...frame(width, Math.round(Math.min(400, Math.max(300, width * 0.62)))),
    document,
    x: { domain: story.xDomain, label: story.xLabel },
    y: { domain: story.yDomain, label: story.yLabel },
    marks: [
      state.residuals ? residuals(story.points, model.predicted) : null,
      outputLine(line),
      dataDots(story.points),
    ],
  });
}
