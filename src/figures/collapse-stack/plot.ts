import T from 'virtual:text/collapse-stack';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import { colour } from '../kit/draw/colours.ts';
import { fmt, signed } from '../kit/draw/format.ts';
import { layered } from '../kit/draw/layered.ts';
import { legend } from '../kit/draw/legend.ts';
import { axesBase, drawOutput, sample } from '../kit/draw/marks.ts';
import { X_DOMAIN, type Model } from './model.ts';
import type { State } from './state.ts';

/**
 * The whole stack's output, and the one line it collapses to drawn dashed on top: the dashes sit on the
 * blue curve everywhere because the two are the same line.
 */
export function plot(_state: State, model: Model, document: Document, width: number): Element {
  const height = Math.round(Math.min(380, Math.max(280, width * 0.6)));
  const key = legend(document, [
    { label: T.legend.stackOutput, swatch: 'line', colour: colour.output },
    { label: T.legend.collapsedLine, swatch: 'dashed', colour: colour.ink, dash: '4 6' },
  ]);
  const yDomain: [number, number] = [-model.yMax, model.yMax];
  const lines = layered(
    document,
    axesBase,
    { width, height, xDomain: X_DOMAIN, yDomain, xLabel: plotText.axes.inputX, yLabel: plotText.axes.output },
    (o) => {
      drawOutput(o, model.curve);
      o.line(sample((x) => model.wEff * x + model.bEff, X_DOMAIN, 2), { label: T.marks.collapsedLine, stroke: colour.ink, strokeWidth: 2, dash: '4 6' });
      const line = `y = ${fmt(model.wEff)}x ${signed(model.bEff)}`;
      o.note(fill(width < 480 ? T.marks.noteNarrow : T.marks.noteWide, { n: model.params, line }), 'top-left', { label: T.marks.note, fill: colour.muted });
    },
  );
  const wrap = document.createElement('div');
  wrap.append(key, lines);
  return wrap;
}
