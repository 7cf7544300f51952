import T from 'virtual:text/playground';
import { fill } from '../../text/fill.ts';
import { plural } from '../../text/plural.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { activationNames } from '../kit/draw/activation-names.ts';
import { fmt, fmtLoss, signed } from '../kit/draw/format.ts';
import { compute, jobsOf, type Model } from './model.ts';
import { plot } from './plot.ts';
import { MAX_LAYERS, RECORDS, layersOf, spec, type State } from './state.ts';

/** "1-4-4-1": the network's sizes as the essay writes them. */
export const sizesText = (sizes: readonly number[]): string => sizes.join('-');

/** A 16-neuron column needs more height than the essay's diagrams to keep its circles apart. */
function diagramHeight(sizes: readonly number[]): number {
  return Math.max(170, Math.min(320, 50 + Math.max(...sizes) * 20));
}

export const figure: FigureSource<typeof spec, Model> = {
  layout: 'below',
  title: T.title,
  summary: T.summary,
  spec,
  jobs: jobsOf,
  compute,
  editsPoints: true,
  plot,
  // Layers past `layers` keep their settings (so going from 2 to 3 and back loses nothing) but hide their controls.
  inactive: (state) => Array.from({ length: MAX_LAYERS - state.layers }, (_, k) => state.layers + k + 1).flatMap((n) => [`width${n}`, `activation${n}`]),
  diagram: (state, m) => ({
    sizes: m.run.sizes,
    params: m.net.params,
    layerLabels: layersOf(state).map((l) => activationNames[l.activation]),
    height: diagramHeight(m.run.sizes),
  }),
  describe: (state, m) => {
    const activations = layersOf(state).map((l) => activationNames[l.activation]).join(', ') || activationNames.identity;
    const sentences = [fill(T.describe.trained, { sizes: sizesText(m.run.sizes), activations, step: m.step, steps: m.run.steps, loss: fmtLoss(m.loss), best: fmtLoss(m.best.mse) })];
    if (m.collapsed) sentences.push(fill(T.describe.collapsed, { w: fmt(m.collapsed.w), b: signed(m.collapsed.b) }));
    else if (m.bends !== null) sentences.push(fill(T.describe.bends, { places: plural(T.describe.places, m.bends) }));
    if (m.divergedAfter !== null) sentences.push(fill(T.describe.diverged, { step: m.divergedAfter }));
    return sentences.join(' ');
  },
  readouts: (_state, m) => ({
    step: `${m.step} / ${m.run.steps}`,
    loss: fmtLoss(m.loss),
    best: fmtLoss(m.best.mse),
    bends: m.bends === null ? '–' : String(m.bends),
  }),
  readoutLabels: { step: T.readouts.step, loss: T.readouts.loss, best: T.readouts.best, bends: T.readouts.bends },
  table: (_state, m) => {
    const last = m.divergedAfter ?? m.trajectory.stoppedAt;
    const rows = Array.from({ length: 11 }, (_, k) => Math.round((k * RECORDS) / 10) * (m.run.steps / RECORDS)).filter((step) => step <= last);
    return { caption: T.table.caption, columns: [T.table.step, T.table.loss], rows: rows.map((step) => [step, fmtLoss(m.trajectory.loss[step])]) };
  },
  aside: (_state, m, doc) => {
    const box = doc.createElement('div');
    box.setAttribute('class', 'bl-playground__collapsed');
    if (!m.collapsed) return box;
    const title = doc.createElement('p');
    title.setAttribute('class', 'bl-playground__collapsed-title');
    title.textContent = T.aside.collapsedTitle;
    const text = doc.createElement('p');
    text.textContent = fill(T.aside.collapsedText, { w: fmt(m.collapsed.w, 3), b: fmt(m.collapsed.b, 3) });
    box.append(title, text);
    return box;
  },
};

export type { State };
