import T from 'virtual:text/activation-gallery';
import { fill } from '../../text/fill.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { activationNames } from '../kit/draw/activation-names.ts';
import { fmt } from '../kit/draw/format.ts';
import { formulas } from './formulas.ts';
import { compute, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec } from './state.ts';

export const figure: FigureSource<typeof spec, Model> = {
  title: T.title,
  summary: T.summary,
  spec,
  compute,
  plot,
  aside: (state, m, doc) => {
    const box = doc.createElement('div');
    box.setAttribute('class', 'bl-activation-formula');
    const formula = formulas[state.activation];
    // Our own constant strings, never reader input.
    box.innerHTML = `<p style="margin:0 0 0.3rem"><strong>${activationNames[m.act.name]}</strong></p>${formula.f}${formula.df}<p style="margin:0.4rem 0 0;color:var(--ink-muted)">${formula.words}</p>`;
    return box;
  },
  describe: (_state, m) =>
    fill(T.describe, { name: activationNames[m.act.name], z: fmt(m.z), f: fmt(m.value), df: fmt(m.slope), words: formulas[m.act.name].words }),
  readouts: (_state, m) => ({ z: fmt(m.z), 'f(z)': fmt(m.value), 'f′(z)': fmt(m.slope) }),
  table: (_state, m) => {
    const rows: (string | number)[][] = [];
    for (let z = -4; z <= 4; z += 0.5) rows.push([fmt(z, 1), fmt(m.act.f(z), 3), fmt(m.act.df(z), 3)]);
    return { caption: fill(T.tableCaption, { name: activationNames[m.act.name] }), columns: ['z', 'f(z)', 'f′(z)'], rows };
  },
};
