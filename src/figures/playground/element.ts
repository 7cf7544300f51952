import T from 'virtual:text/playground';
import { fill } from '../../text/fill.ts';
import { hiddenActivationsOf, type Network } from '../../nn/index.ts';
import type { Spec, StateOf } from '../kit/contract/spec.ts';
import { FigureElement } from '../kit/browser/element.ts';
import { saveFile } from '../kit/browser/share/save-file.ts';
import { fmtLoss } from '../kit/draw/format.ts';
import { sizesText } from './figure.ts';
import { LOSS_AXIS, type LossModel } from './loss-chart.ts';
import { MAX_LAYERS, MAX_WIDTH, RECORDS, type NetworkState } from './network-props.ts';
import { startFromWeights, type Run } from './run.ts';
import { parseWeights, weightsJson, type WeightsProblemKey } from './weights.ts';
import { curveButton } from './curve-drawing.ts';
import { encodeRows } from '../kit/data/points-code.ts';

/** What a reader is told about each way a weights file can fail (values fill the placeholders). */
const PROBLEMS: Record<WeightsProblemKey, string> = {
  tooLong: T.weights.problems.tooLong,
  notJson: T.weights.problems.notJson,
  notWeights: T.weights.problems.notWeights,
  newerVersion: T.weights.problems.newerVersion,
  badSizes: T.weights.problems.badSizes,
  inputs: T.weights.problems.inputs,
  tooDeep: T.weights.problems.tooDeep,
  tooWide: T.weights.problems.tooWide,
  activation: T.weights.problems.activation,
  output: T.weights.problems.output,
  paramCount: T.weights.problems.paramCount,
  notFinite: T.weights.problems.notFinite,
  layersDisagree: T.weights.problems.layersDisagree,
  badStep: T.weights.problems.badStep,
};

/** What the element reads of either playground's model. */
type Model = LossModel & { run: Run; net: Network };
type State = NetworkState;

/**
 * Both playgrounds' wiring on top of the kit's figure: "Download weights" and "Load weights" beside the
 * figure's actions, values under the pointer on the loss chart (a press there jumps to that step), and, for one
 * input, "Draw a curve".
 */
export default class PlaygroundElement extends FigureElement<Spec, Model> {
  /** 1 for a curve through (x, y) points, 2 for two classes in the plane: what the data prop holds. */
  private get inputs(): 1 | 2 {
    return this.figure.spec.dataset?.kind === 'dataset' && this.figure.spec.dataset.shape === 'classes' ? 2 : 1;
  }

  protected override setup(): void {
    this.addWeightButtons();
    if (this.inputs === 1) this.addCurveButton();
    this.hoverLossChart();
    // Reset and "new starting weights" mean a start from a seed: a loaded file stops being the start.
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => startFromWeights(null), { capture: true });
  }

  protected override update(partial: Partial<StateOf<Spec>>): void {
    if ('seed' in partial) startFromWeights(null);
    super.update(partial);
  }

  /** A change in the playgrounds' shared terms (the kit's state type is that of any spec). */
  private set(partial: Partial<State>): void {
    this.update(partial as unknown as Partial<StateOf<Spec>>);
  }

  private addWeightButtons(): void {
    const actions = this.querySelector('.bl-figure__actions');
    const status = actions?.querySelector('[data-status]');
    if (!actions || !status) return;
    const download = this.button(T.weights.download, () => this.downloadWeights());
    const file = this.ownerDocument.createElement('input');
    file.type = 'file';
    file.accept = '.json,application/json';
    file.hidden = true;
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (chosen) void chosen.text().then((text) => this.loadWeights(text, chosen.name));
    });
    const load = this.button(T.weights.load, () => file.click());
    load.dataset.action = 'load-weights';
    download.dataset.action = 'download-weights';
    actions.insertBefore(download, status);
    actions.insertBefore(load, status);
    actions.insertBefore(file, status);
  }

  /** "Draw a curve", first of the data tools: a sketched line becomes the points. */
  private addCurveButton(): void {
    const plot = this.querySelector<HTMLElement>('[data-plot]');
    const tools = this.querySelector('.bl-points__actions');
    if (!plot || !tools) return;
    const button = curveButton({
      plot,
      seed: () => (this.state as unknown as State).seed,
      setPoints: (points, message) => {
        const code = encodeRows(points.map((p) => [p.x, p.y]), 2);
        if (!code) return;
        // Said once the new data is drawn trained: until then the status line says it is training.
        this.afterDrawing = message;
        this.set({ points: code, progress: RECORDS });
      },
      say: (text) => this.say(text),
    });
    tools.prepend(button);
  }

  private button(label: string, press: () => void): HTMLButtonElement {
    const button = this.ownerDocument.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', press);
    return button;
  }

  private downloadWeights(): void {
    const { net, step } = this.model;
    const json = weightsJson(net, step, fill(T.weights.description, { step }));
    saveFile(new Blob([json], { type: 'application/json' }), `playground-${sizesText(net.sizes)}-step-${step}.json`);
  }

  /**
   * A file that passes every check sets the layers to its shape and becomes the run's start, shown at step 0;
   * one that fails changes nothing and says why. Both say so in the figure's status line (a live region).
   */
  loadWeights(text: string, name: string): void {
    const result = parseWeights(text, { inputs: this.inputs, outputs: 1, maxHiddenLayers: MAX_LAYERS, maxWidth: MAX_WIDTH });
    if (!result.ok) {
      const values = Object.fromEntries(Object.entries(result.problem.values ?? {}).map(([key, value]) => [key, String(value)]));
      this.say(`${fill(PROBLEMS[result.problem.key], values)} ${T.weights.problems.unchanged}`);
      return;
    }
    const { net, step } = result;
    const layers = hiddenActivationsOf(net);
    const shape: Record<string, unknown> = { layers: layers.length, progress: 0 };
    layers.forEach((activation, k) => Object.assign(shape, { [`width${k + 1}`]: net.sizes[k + 1], [`activation${k + 1}`]: activation }));
    startFromWeights(net);
    // Said once the loaded network is drawn: until then the status line says it is training.
    this.afterDrawing = `${fill(T.weights.loaded, { sizes: sizesText(net.sizes), name, step })} ${T.weights.linkNote}`;
    this.set(shape as Partial<State>);
  }

  /** A message to give once the next drawing lands. */
  private afterDrawing = '';

  protected override render(): void {
    super.render();
    if (!this.afterDrawing || this.hasAttribute('data-training')) return;
    this.say(this.afterDrawing);
    this.afterDrawing = '';
  }

  /** A message that stays until the next one (the kit's showMessage clears itself after a moment). */
  private say(text: string): void {
    const slot = this.querySelector('[data-status]');
    if (slot) slot.textContent = text;
  }

  /** Under the pointer on the loss chart: the step and its loss; a press there shows that step. */
  private hoverLossChart(): void {
    const plot = this.querySelector<HTMLElement>('[data-plot]');
    if (!plot) return;
    const tip = this.ownerDocument.createElement('div');
    tip.className = 'bl-playground__tip';
    tip.hidden = true;
    // Styled here, not in the page's CSS: the figure is also in the catalog and on its embed page.
    tip.style.cssText =
      'position: fixed; z-index: 5; pointer-events: none; font: 0.8rem var(--font-mono); background: var(--bg-raised); color: var(--ink); border: 1px solid var(--rule); border-radius: 4px; padding: 0.2rem 0.45rem;';
    this.append(tip);
    const stepAt = (event: PointerEvent): number | null => {
      const chart = (event.target as Element | null)?.closest?.(`[${LOSS_AXIS}]`);
      const svg = chart?.querySelector('svg');
      const axis = chart?.getAttribute(LOSS_AXIS);
      if (!chart || !svg || !axis || !this.model) return null;
      const [d0, d1, r0, r1] = JSON.parse(axis) as number[];
      const box = svg.getBoundingClientRect();
      const x = ((event.clientX - box.left) / box.width) * svg.viewBox.baseVal.width;
      const every = this.model.run.steps / RECORDS;
      const last = this.model.divergedAfter ?? this.model.trajectory.stoppedAt;
      const step = Math.round((d0 + ((x - r0) / (r1 - r0)) * (d1 - d0)) / every) * every;
      return step < 0 || step > last ? null : step;
    };
    plot.addEventListener('pointermove', (event) => {
      const step = stepAt(event);
      tip.hidden = step === null;
      if (step === null) return;
      tip.textContent = `${T.readouts.step} ${step}: ${T.readouts.loss} ${fmtLoss(this.model.trajectory.loss[step])}`;
      tip.style.left = `${event.clientX + 12}px`;
      tip.style.top = `${event.clientY - 30}px`;
    });
    plot.addEventListener('pointerleave', () => (tip.hidden = true));
    // On press, not click: the point editor listens on the same plot and may take the pointer for a drag.
    plot.addEventListener('pointerdown', (event) => {
      const step = stepAt(event);
      if (step !== null) this.set({ progress: step / (this.model.run.steps / RECORDS) });
    });
  }
}
