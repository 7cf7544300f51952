import text from 'virtual:text/figure-live';
import { DEFAULT_WIDTH, type FigureDefinition } from '../contract/definition.ts';
import { defaultsOf, deserialize, onlyPointsDiffer, parseLenient, serialize, type Spec, type StateOf } from '../contract/spec.ts';
import { drawHolding, type HeldBases } from '../draw/held-bases.ts';
import { morphInto, reconcile } from '../speed/reconcile.ts';
import { isTrained, prepare, trainsInFrame, type TrainingJob } from '../training/trajectories.ts';
import { standInsForEdit } from './live-training.ts';
import { registerCarriedDatasets } from './carried-datasets.ts';
import { wirePointEditing, type EditingHooks } from './editable-data.ts';
import type { DataChoice } from '../data/edits.ts';
import { takeHeldInput } from './held-input.ts';
import type { FigureChangeDetail } from './change-event.ts';
import { Controls } from './controls.ts';
import { copyLink } from './copy-link.ts';
import { dataTable } from './data-table.ts';
import { followPartners, latestStateOf, nextVersion, recordInGroup } from './link-group.ts';
import { drawLiveDiagram, nameDiagram, roveDiagramEdges } from './live-diagram.ts';
import { rehearsalStates, rehearseWhenIdle } from './rehearsal.ts';
import { bindScrubbers } from './scrubber.ts';
import { showMessage, showTraining } from './status.ts';
import { readParam, writeParam } from './url-state.ts';
import { measureSince } from './user-timing.ts';
import { wirePlaygroundLink } from './playground-anchor.ts';
import { watchPlotSize, type PlotSize } from './plot-size.ts';

export type { FigureChangeDetail } from './change-event.ts';

/**
 * How long a stream of point edits must pause before what waits for it draws (ms): a following figure, and the
 * slow bases (a landscape's contours) of the figure being edited.
 */
const EDIT_PAUSE = 150;

/**
 * The client half of a figure: upgrades the build-time markup in place. It enables the controls, keeps the
 * state, re-renders at most once per animation frame, and mirrors the state into the URL, the description
 * (a polite live region, updated once the reader pauses) and the readouts.
 */
export class FigureElement<S extends Spec = Spec, M = unknown> extends HTMLElement {
  declare figure: FigureDefinition<S, M>;
  /** The state the author wrote in MDX; Reset returns here and the URL stores differences from it. */
  authored!: StateOf<S>;
  state!: StateOf<S>;
  model!: M;
  private frame = 0;
  private describeTimer: ReturnType<typeof setTimeout> | undefined;
  private upgraded = false;
  private remoteChange = false;
  /** When the current state was decided, on the page's clock: a linked partner's older news is not followed. */
  private version = 0;
  private plotSize: PlotSize | undefined;
  /** The state last drawn (at first, the authored one): `model` is its model, and a change is told from a redraw by it. */
  private drawnState!: StateOf<S>;
  private controls!: Controls;
  private editing: EditingHooks | undefined;
  /** The drawing shows stand-ins for jobs still training (a dragged data point): "Training…" stays. */
  private standingIn = false;
  private trainTimer: ReturnType<typeof setTimeout> | undefined;
  /** Slow bases this element drew last, and the width it drew at (held-bases.ts). */
  private readonly heldBases: HeldBases = new Map();
  private drawnWidth = 0;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private followTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    if (this.upgraded) return;
    this.upgraded = true;
    // Before the state goes into the controls: that would overwrite what the reader moved while the code loaded.
    const replayHeldInput = takeHeldInput(this);
    // Before any state is read: a state names its dataset by id, and the lookup must know it.
    registerCarriedDatasets(this);
    const spec = this.figure.spec;
    let raw: Record<string, unknown> = {};
    try {
      raw = JSON.parse(this.dataset.state ?? '{}');
    } catch {
      /* the build wrote it; if it is ever unreadable the defaults stand */
    }
    this.authored = parseLenient(spec, raw, defaultsOf(spec));
    const fromUrl = readParam(this.id);
    this.state = fromUrl ? deserialize(spec, fromUrl, this.authored) : { ...this.authored };
    const link = this.dataset.link;
    if (link) {
      const shared = latestStateOf(link);
      if (shared) {
        this.state = parseLenient(spec, shared.state, this.state);
        this.version = shared.version;
      }
      followPartners(this, link, (news) => {
        if (news.version > this.version) this.adopt(news.state, news.version, true);
      });
    }
    // Measured from the authored state: opening from a shared link (URL or a linked partner) is news to
    // partners, while the authored state drawn again is not.
    this.drawnState = this.authored;
    this.controls = new Controls(this, spec, {
      current: (key) => (this.state as Record<string, unknown>)[key],
      change: (partial) => this.update(partial as Partial<StateOf<S>>),
      reset: () => this.reset(),
      copyLink: () => void copyLink(this.id, this.shareQuery, (text) => showMessage(this, text)),
      // The menu's code (embed code, SVG and PNG export) loads on the first press: most readers never share.
      share: (button) => void import('./share/menu.ts').then(({ toggleShareMenu }) => toggleShareMenu(this, button, (text) => showMessage(this, text))),
      other: (action) => this.editing?.action(action),
    });
    const datasetProp = Object.values(spec).find((prop) => prop.kind === 'dataset');
    if (this.figure.editsPoints && datasetProp?.kind === 'dataset') {
      const choice = () => this.state as unknown as DataChoice;
      this.editing = wirePointEditing(this, datasetProp.shape, choice, (points) => this.update({ points } as Partial<StateOf<S>>), (text) => showMessage(this, text));
    }
    const diagram = this.querySelector('[data-diagram]');
    if (diagram && this.figure.diagram) roveDiagramEdges(diagram);
    const playgroundLink = this.querySelector<HTMLAnchorElement>('[data-playground]');
    if (playgroundLink && this.figure.playground) wirePlaygroundLink(playgroundLink, () => this.figure.playground!(this.state));
    this.syncControls();
    bindScrubbers(this, spec, { value: (key) => (this.state as Record<string, number>)[key], set: (key, value) => this.update({ [key]: value } as Partial<StateOf<S>>) }, this.dataset.autoplay);
    this.setup();
    replayHeldInput();
    // Draw once on arrival: the build drew twice (wide and narrow) at design widths; the browser draws once,
    // at the real width, in the state the URL may have asked for. `data-ready` marks that first live drawing.
    this.schedule();
    this.watchWidth();
  }

  /** Redraw at the real width (the build drew at DEFAULT_WIDTH), and again when the plot's cell changes size. */
  private watchWidth(): void {
    const plot = this.querySelector<HTMLElement>('[data-plot]');
    if (!plot) return;
    this.plotSize = watchPlotSize(plot, () => this.schedule());
  }

  /** This figure's state as it goes into the URL (what differs from the authored state). */
  get shareQuery(): string {
    return serialize(this.figure.spec, this.state, this.authored);
  }

  /** Figures with extra wiring (scrubbers, workers, pointer input on the plot) override this. */
  protected setup(): void {}

  /** Applies state from outside (another window, a slide step). Bad values fall back; never throws. */
  setState(raw: Record<string, unknown>): void {
    this.adopt(raw, nextVersion());
  }

  private adopt(raw: Record<string, unknown>, version: number, fromPartner = false): void {
    this.version = version;
    const next = parseLenient(this.figure.spec, raw, this.state);
    if (serialize(this.figure.spec, next, this.state) === '') return;
    const pointsOnly = onlyPointsDiffer(this.figure.spec, next, this.state);
    this.state = next;
    this.remoteChange = true;
    this.syncControls();
    // A partner's reader is dragging a data point: this figure (a landscape, say) redraws for the new data once
    // they pause, not on every frame of the drag, which would double the frame's work for a figure they are not
    // touching. Its state is already the new one, so a link or a window that asks gets it.
    if (fromPartner && pointsOnly) {
      clearTimeout(this.followTimer);
      this.followTimer = setTimeout(() => this.schedule(), EDIT_PAUSE);
      return;
    }
    this.schedule();
  }

  /** Changes some keys as if the reader did; used by subclasses' own inputs (dragging on the plot). */
  protected update(partial: Partial<StateOf<S>>): void {
    // The reader's points are edits of one dataset: choosing another starts from its own points.
    if ('dataset' in partial && 'points' in this.figure.spec && !('points' in partial)) partial = { ...partial, points: '' };
    this.state = parseLenient(this.figure.spec, partial as Record<string, unknown>, this.state);
    this.version = nextVersion();
    // The reader's change is the latest: if a setState (a slide step landing late) came earlier in this frame,
    // the drawing must still go out as the reader's, or the other windows never hear of it.
    this.remoteChange = false;
    this.syncControls();
    this.schedule();
  }

  private reset(): void {
    this.state = { ...this.authored };
    this.version = nextVersion();
    this.syncControls();
    this.schedule();
    showMessage(this, text.resetDone);
  }

  /** Puts the state into the controls and their readouts (after reset, URL state or a remote change). */
  protected syncControls(): void {
    this.controls.sync(this.state, this.figure.inactive?.(this.state) ?? []);
  }

  protected schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.train()) this.render();
    });
  }

  /**
   * Trains what the state needs before drawing it. Returns true when everything is ready now; otherwise
   * the figure keeps its drawing, says it is training, and draws again when the worker answers.
   */
  private train(): boolean {
    // Small jobs (a one-neuron run, a narrow network) train now, in this frame: a dragged point moves their real
    // fit on every frame, with no stand-in and no "Training…".
    const untrained = (this.figure.jobs?.(this.state) ?? []).filter((job) => !isTrained(job));
    for (const job of untrained) if (trainsInFrame(job)) void prepare(job);
    const missing = untrained.filter((job) => !isTrained(job));
    this.standingIn = false;
    if (missing.length === 0) return true;
    showTraining(this, true);
    // A dragged data point: draw a warm-started fit now, and train for real once the reader pauses.
    if (standInsForEdit(this.figure, this.state, this.drawnState)) {
      this.standingIn = true;
      clearTimeout(this.trainTimer);
      this.trainTimer = setTimeout(() => this.trainThenDraw(missing), 200);
      return true;
    }
    this.trainThenDraw(missing);
    return false;
  }

  private trainThenDraw(missing: TrainingJob[]): void {
    const wanted = this.state;
    void Promise.all(missing.map(prepare)).then(() => {
      // Only draw if the reader has not moved on to another configuration meanwhile (that one schedules itself).
      // The status clears when a drawing lands, not here: jobs for a configuration the reader only passed through
      // finish first, and "Training…" must stay while the one they stopped at still trains.
      if (this.state === wanted) this.schedule();
    });
  }

  /** Draws the current state, then tells the readouts, the URL, link partners and listeners. */
  protected render(): void {
    const { figure, state } = this;
    const started = performance.now();
    this.model = figure.compute(state);
    this.draw();
    if (this.hasAttribute('data-training') && !this.standingIn) showTraining(this, false);
    this.toggleAttribute('data-standing-in', this.standingIn);
    measureSince(`bl-render:${figure.name}`, started);
    if (!this.hasAttribute('data-ready')) {
      this.dataset.ready = '';
      rehearseWhenIdle(this, figure, rehearsalStates(figure, state), () => this.plotSize?.width ?? DEFAULT_WIDTH, (...args) => this.drawPlotAndAside(...args));
    }
    this.editing?.changed(Boolean((state as Record<string, unknown>).points));
    for (const [key, text] of Object.entries(figure.readouts?.(state, this.model) ?? {})) {
      const slot = this.querySelector(`[data-readout="${key}"]`);
      if (slot && slot.textContent !== text) slot.textContent = text;
    }
    clearTimeout(this.describeTimer);
    // Announce once the reader pauses, not on every frame of a drag.
    this.describeTimer = setTimeout(() => this.describe(), 400);
    writeParam(this.id, serialize(figure.spec, state, this.authored));
    const changed = serialize(figure.spec, state, this.drawnState) !== '';
    this.drawnState = state;
    const detail: FigureChangeDetail = { id: this.id, name: figure.name, state: { ...state }, remote: this.remoteChange, changed, link: this.dataset.link, version: this.version };
    recordInGroup(detail);
    this.remoteChange = false;
    this.dispatchEvent(new CustomEvent('bl-figure-change', { bubbles: true, detail }));
  }

  protected draw(): void {
    const plot = this.querySelector('[data-plot]');
    if (!plot) return;
    // The width the ResizeObserver last saw (plot-size.ts): reading clientWidth here would force a layout on every
    // frame of a drag (the input handler has just changed a readout). Only the first drawing, before it reports, reads it.
    const width = this.plotSize?.width ?? DEFAULT_WIDTH;
    // While only the reader's points change, slow bases keep their last drawing; once the edits pause, draw again.
    const hold = width === this.drawnWidth && onlyPointsDiffer(this.figure.spec, this.state, this.drawnState);
    this.drawnWidth = width;
    clearTimeout(this.settleTimer);
    if (drawHolding(this.heldBases, hold, () => this.drawPlotAndAside(this.state, this.model, width, plot, this.querySelector('[data-aside]')))) {
      this.settleTimer = setTimeout(() => this.schedule(), EDIT_PAUSE);
    }
    const diagram = this.querySelector('[data-diagram]');
    if (diagram && this.figure.diagram) drawLiveDiagram(diagram, this.figure.diagram(this.state, this.model));
    this.plotSize?.drew(width);
  }

  /** Draws `state` into a plot and an aside: the page's own, or detached copies when rehearsing. */
  private drawPlotAndAside(state: StateOf<S>, model: M, width: number, plot: Element, aside: Element | null): void {
    // The base of a layered drawing is left out while drawing: reconcile keeps the one on the page, or fills it in.
    // The drawing's bases are placeholders: reconcile keeps those already on the page and fills in only the rest.
    reconcile(plot, this.figure.plot(state, model, document, width));
    if (aside && this.figure.aside) morphInto(aside, this.figure.aside(state, model, document));
  }

  /**
   * Writes now what otherwise waits for the reader to pause: the description, the data table and the diagram's
   * names. For whoever needs the figure whole at once (a test comparing drawings).
   */
  flush(): void {
    if (!this.hasAttribute('data-ready')) return;
    clearTimeout(this.describeTimer);
    this.describe();
  }

  private describe(): void {
    // The model belongs to the state last drawn. While a newer state trains, `this.state` is already the newer one;
    // pairing it with the old model described one network with another's weights (NaN edge widths, wrong text).
    const state = this.drawnState;
    const diagram = this.querySelector('[data-diagram]');
    if (diagram && this.figure.diagram) nameDiagram(diagram, this.figure.diagram(state, this.model));
    const text = this.figure.describe(state, this.model);
    const desc = this.querySelector('[data-description]');
    if (desc && desc.textContent !== text) desc.textContent = text;
    this.querySelector('[data-table]')?.replaceChildren(dataTable(document, this.figure.table(state, this.model)));
  }
}

/** A figure folder's own element (its `element.ts` default export): the kit's element with more wiring. */
export type FigureElementClass = typeof FigureElement<any, any>;

/** Registers `bl-<name>` for a figure definition (once); `Base` lets a figure add its own wiring. */
export function defineFigure<S extends Spec, M>(figure: FigureDefinition<S, M>, Base: FigureElementClass = FigureElement): void {
  const tag = `bl-${figure.name}`;
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends Base {
      constructor() {
        super();
        this.figure = figure as FigureDefinition;
      }
    },
  );
}
