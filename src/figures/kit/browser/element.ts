import { DEFAULT_WIDTH, type FigureDefinition } from '../contract/definition.ts';
import { defaultsOf, deserialize, parseLenient, serialize, type Spec, type StateOf } from '../contract/spec.ts';
import { finishPlot } from '../draw/finish.ts';
import { morphInto, reconcile } from '../speed/reconcile.ts';
import { withDeferredBases } from '../draw/layered.ts';
import { drawDiagramInto } from '../draw/network-diagram.ts';
import { isTrained, prepare } from '../training/trajectories.ts';
import { fmt } from '../draw/format.ts';
import { linkTo, readParam, writeParam } from './url-state.ts';

/**
 * Fired (bubbling) whenever a figure draws: a reader's change, setState, or a redraw of the same state (the
 * first live drawing, a new width, a finished training job). The deck refits slides on every one; linked
 * figures follow only changes, and windows sync only the reader's changes.
 */
export interface FigureChangeDetail {
  id: string;
  name: string;
  state: Record<string, unknown>;
  /** True when the change came from setState (another window, a slide step), not from this page's reader. */
  remote: boolean;
  /**
   * False when the state drawn is the one drawn before (for the first drawing: the authored state): a figure
   * that loads late or redraws at a new width must not push a stale state onto its partners or onto other
   * windows that have moved on meanwhile.
   */
  changed: boolean;
  /** The figure's link group, if any. */
  link?: string;
}

/** The latest state of each link group, so a linked figure that loads late starts where its partners are. */
const linkState = new Map<string, Record<string, unknown>>();

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
  private plotWidth = 0;
  /** The state last drawn (at first, the authored one): `model` is its model, and a change is told from a redraw by it. */
  private drawnState!: StateOf<S>;

  connectedCallback(): void {
    if (this.upgraded) return;
    this.upgraded = true;
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
      const shared = linkState.get(link);
      if (shared) this.state = parseLenient(spec, shared, this.state);
      document.addEventListener('bl-figure-change', (event) => {
        const { detail } = event as CustomEvent<FigureChangeDetail>;
        if (event.target !== this && detail.link === link && detail.changed) this.setState(detail.state);
      });
    }
    // Measured from the authored state: opening from a shared link (URL or a linked partner) is news to
    // partners, while the authored state drawn again is not.
    this.drawnState = this.authored;
    this.bindControls();
    this.bindScrubbers();
    this.setup();
    // Draw once on arrival: the build drew twice (wide and narrow) at design widths; the browser draws once,
    // at the real width, in the state the URL may have asked for. `data-ready` marks that first live drawing.
    this.schedule();
    this.watchWidth();
  }

  /** Redraw at the real width (the build drew at DEFAULT_WIDTH), and again when the width changes a lot. */
  private watchWidth(): void {
    const plot = this.querySelector<HTMLElement>('[data-plot]');
    if (!plot || typeof ResizeObserver === 'undefined') return;
    let drawnAt = DEFAULT_WIDTH;
    new ResizeObserver(() => {
      const width = plot.clientWidth;
      if (width > 0) this.plotWidth = width;
      if (width > 0 && Math.abs(width - drawnAt) > 40) {
        drawnAt = width;
        this.schedule();
      }
    }).observe(plot);
  }

  /** This figure's state as it goes into the URL (what differs from the authored state). */
  get shareQuery(): string {
    return serialize(this.figure.spec, this.state, this.authored);
  }

  /** Figures with extra wiring (scrubbers, workers, pointer input on the plot) override this. */
  protected setup(): void {}

  /** Applies state from outside (another window, a slide step). Bad values fall back; never throws. */
  setState(raw: Record<string, unknown>): void {
    const next = parseLenient(this.figure.spec, raw, this.state);
    if (serialize(this.figure.spec, next, this.state) === '') return;
    this.state = next;
    this.remoteChange = true;
    this.syncControls();
    this.schedule();
  }

  /** Changes some keys as if the reader did; used by subclasses' own inputs (dragging on the plot). */
  protected update(partial: Partial<StateOf<S>>): void {
    this.state = parseLenient(this.figure.spec, partial as Record<string, unknown>, this.state);
    // The reader's change is the latest: if a setState (a slide step landing late) came earlier in this frame,
    // the drawing must still go out as the reader's, or the other windows never hear of it.
    this.remoteChange = false;
    this.syncControls();
    this.schedule();
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
    const jobs = this.figure.jobs?.(this.state) ?? [];
    const missing = jobs.filter((job) => !isTrained(job));
    if (missing.length === 0) return true;
    const wanted = this.state;
    this.busy(true);
    void Promise.all(missing.map(prepare)).then(() => {
      // Only draw if the reader has not moved on to another configuration meanwhile (that one schedules itself).
      // The status clears when a drawing lands, not here: jobs for a configuration the reader only passed through
      // finish first, and "Training…" must stay while the one they stopped at still trains.
      if (this.state === wanted) this.schedule();
    });
    return false;
  }

  private busy(on: boolean): void {
    this.toggleAttribute('data-training', on);
    const slot = this.querySelector('[data-status]');
    if (slot) slot.textContent = on ? 'Training…' : '';
  }

  /** Draws the current state. Subclasses may override `draw` to reuse parts of the SVG. */
  protected render(): void {
    const { figure, state } = this;
    // User Timing, so a profile or `npm run bench -- figures` can tell our work per frame from the browser's.
    const started = performance.now();
    this.model = figure.compute(state);
    this.draw();
    if (this.hasAttribute('data-training')) this.busy(false);
    performance.measure(`bl-render:${figure.name}`, { start: started });
    if (!this.hasAttribute('data-ready')) {
      this.dataset.ready = '';
      this.rehearse();
    }
    const readouts = figure.readouts?.(state, this.model) ?? {};
    for (const [key, text] of Object.entries(readouts)) {
      const slot = this.querySelector(`[data-readout="${key}"]`);
      if (slot && slot.textContent !== text) slot.textContent = text;
    }
    clearTimeout(this.describeTimer);
    // Announce once the reader pauses, not on every frame of a drag.
    this.describeTimer = setTimeout(() => this.describe(), 400);
    writeParam(this.id, serialize(figure.spec, state, this.authored));
    const changed = serialize(figure.spec, state, this.drawnState) !== '';
    this.drawnState = state;
    const detail: FigureChangeDetail = { id: this.id, name: figure.name, state: { ...state }, remote: this.remoteChange, changed, link: this.dataset.link };
    if (detail.link && changed) linkState.set(detail.link, detail.state);
    this.remoteChange = false;
    this.dispatchEvent(new CustomEvent('bl-figure-change', { bubbles: true, detail }));
  }

  protected draw(): void {
    const plot = this.querySelector('[data-plot]');
    if (!plot) return;
    // The width the ResizeObserver last saw: reading clientWidth here would force a layout on every frame of a
    // drag (the input handler has just changed a readout). Only the first drawing, before it reports, reads it.
    const width = Math.max(280, Math.round(this.plotWidth || plot.clientWidth || DEFAULT_WIDTH));
    this.drawPlotAndAside(this.state, this.model, width, plot, this.querySelector('[data-aside]'));
    const diagram = this.querySelector('[data-diagram]');
    if (diagram && this.figure.diagram) {
      // Keep keyboard focus on the same edge when the network's shape changes (the edge with the same name takes
      // it); while only weights change, the diagram is updated in place and focus never moves.
      const focused = diagram.contains(document.activeElement) ? document.activeElement?.getAttribute('aria-label')?.split(':')[0] : undefined;
      // Names and titles wait for the reader to pause (describe), as the description does.
      drawDiagramInto(diagram, this.figure.diagram(this.state, this.model), false);
      if (focused && !diagram.contains(document.activeElement)) diagram.querySelector<SVGElement>(`[aria-label^="${CSS.escape(focused)}:"]`)?.focus();
    }
  }

  /** Draws `state` into a plot and an aside: the page's own, or detached copies when rehearsing. */
  private drawPlotAndAside(state: StateOf<S>, model: M, width: number, plot: Element, aside: Element | null): void {
    // The base of a layered drawing is left out while drawing: reconcile keeps the one on the page, or fills it in.
    reconcile(plot, finishPlot(withDeferredBases(() => this.figure.plot(state, model, document, width))));
    if (aside && this.figure.aside) morphInto(aside, this.figure.aside(state, model, document));
  }

  /**
   * Draws a few other states off the page while the browser is idle, once, after the first live drawing.
   * Why: V8 runs a function unoptimised until it has run a few times, and the first live drawing is only the
   * first. The reader's first press on a slider was then the slowest input of all (decision-boundary: 40–56 ms
   * to the next paint, later presses 24–32). Drawing each slider's ends and middle into detached copies runs the same
   * code (compute, plot, reconcile, diagram, readouts) without touching the page, the URL or any listener.
   * Only states whose training is already done are drawn, so this never starts a worker job.
   */
  private rehearse(): void {
    const { figure } = this;
    const states: StateOf<S>[] = [];
    for (const [key, prop] of Object.entries(figure.spec)) {
      if (prop.kind !== 'number') continue;
      const middle = prop.min + Math.round((prop.max - prop.min) / 2 / prop.step) * prop.step;
      for (const value of [prop.min, middle, prop.max]) {
        const state = { ...this.state, [key]: value } as StateOf<S>;
        if ((this.state as Record<string, unknown>)[key] === value) continue;
        if ((figure.jobs?.(state) ?? []).every(isTrained)) states.push(state);
      }
    }
    // The code is shared by every slider: a few drawings warm it for all of them.
    states.splice(4);
    const idle = (task: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 50);
    const next = () => {
      const state = states.shift();
      if (!state || !this.isConnected) return;
      const started = performance.now();
      const model = figure.compute(state);
      const detached = (selector: string) => (this.querySelector(selector)?.cloneNode(true) as Element | undefined) ?? null;
      const plot = detached('[data-plot]');
      const width = Math.max(280, Math.round(this.plotWidth || DEFAULT_WIDTH));
      if (plot) this.drawPlotAndAside(state, model, width, plot, detached('[data-aside]'));
      const diagram = detached('[data-diagram]');
      if (diagram && figure.diagram) drawDiagramInto(diagram, figure.diagram(state, model), false);
      figure.readouts?.(state, model);
      performance.measure(`bl-rehearse:${figure.name}`, { start: started });
      // One state per idle period, so no task grows long.
      idle(next);
    };
    idle(next);
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
    if (diagram && this.figure.diagram) drawDiagramInto(diagram, this.figure.diagram(state, this.model));
    const text = this.figure.describe(state, this.model);
    const desc = this.querySelector('[data-description]');
    if (desc && desc.textContent !== text) desc.textContent = text;
    const table = this.querySelector('[data-table]');
    if (table) table.replaceChildren(tableElement(this.figure.table(state, this.model)));
  }

  private bindControls(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-prop]')) {
      const key = button.dataset.prop!;
      const prop = this.figure.spec[key];
      if (!prop || prop.kind !== 'number') continue;
      button.disabled = false;
      button.addEventListener('click', () => {
        const current = (this.state as Record<string, number>)[key];
        this.update({ [key]: current + prop.step > prop.max ? prop.min : current + prop.step } as Partial<StateOf<S>>);
      });
    }
    for (const input of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[data-prop], select[data-prop]')) {
      const key = input.dataset.prop!;
      const prop = this.figure.spec[key];
      if (!prop) continue;
      input.disabled = false;
      input.addEventListener('input', () => {
        const value = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
        this.update({ [key]: value } as Partial<StateOf<S>>);
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      button.disabled = false;
      button.addEventListener('click', () => {
        if (button.dataset.action === 'reset') {
          this.state = { ...this.authored };
          this.syncControls();
          this.schedule();
          this.status('Reset to the original view');
        } else if (button.dataset.action === 'copy-link') {
          void this.copyLink();
        }
      });
    }
    this.syncControls();
  }

  /** Play/pause and step buttons for every scrubber; Space on the slider plays or pauses. */
  private bindScrubbers(): void {
    for (const box of this.querySelectorAll<HTMLElement>('[data-scrubber]')) {
      const key = box.dataset.scrubber!;
      const prop = this.figure.spec[key];
      if (!prop || prop.kind !== 'number') continue;
      const play = box.querySelector<HTMLButtonElement>('[data-scrub="play"]')!;
      const value = () => (this.state as Record<string, number>)[key];
      const set = (v: number) => this.update({ [key]: Math.min(prop.max, Math.max(prop.min, v)) } as Partial<StateOf<S>>);
      let playing = 0;
      const stop = () => {
        // Not playing: nothing to undo (pressing the slider calls this; rewriting the button would relayout it).
        if (!playing) return;
        cancelAnimationFrame(playing);
        playing = 0;
        play.setAttribute('aria-pressed', 'false');
        play.textContent = '▶ Play';
        play.setAttribute('aria-label', 'Play training');
      };
      const start = () => {
        if (value() >= prop.max) set(prop.min);
        // About four seconds from the first step to the last, whatever the number of steps.
        const stride = Math.max(prop.step, Math.round((prop.max - prop.min) / 240 / prop.step) * prop.step);
        const tick = () => {
          const next = value() + stride;
          set(next);
          if (next >= prop.max) stop();
          else playing = requestAnimationFrame(tick);
        };
        play.setAttribute('aria-pressed', 'true');
        play.textContent = '❚❚ Pause';
        play.setAttribute('aria-label', 'Pause training');
        playing = requestAnimationFrame(tick);
      };
      const toggle = () => (playing ? stop() : start());
      for (const button of box.querySelectorAll<HTMLButtonElement>('[data-scrub]')) {
        button.disabled = false;
        button.addEventListener('click', () => {
          const action = button.dataset.scrub;
          if (action === 'play') return toggle();
          stop();
          if (action === 'start') set(prop.min);
          else if (action === 'end') set(prop.max);
          else if (action === 'back') set(value() - prop.step);
          else if (action === 'forward') set(value() + prop.step);
        });
      }
      const input = box.querySelector<HTMLInputElement>('input[type="range"]');
      input?.addEventListener('keydown', (event) => {
        if (event.key === ' ') {
          event.preventDefault();
          toggle();
        }
      });
      input?.addEventListener('pointerdown', stop);
      // Autoplay, where a figure asks for it, only for readers who have not asked for less motion.
      if (this.dataset.autoplay === key && !matchMedia('(prefers-reduced-motion: reduce)').matches) start();
    }
  }

  private async copyLink(): Promise<void> {
    const href = linkTo(this.id, serialize(this.figure.spec, this.state, this.authored));
    try {
      await navigator.clipboard.writeText(href);
      this.status('Link copied');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); show the link to copy by hand.
      this.status('Copy this link from the address bar');
      history.replaceState(history.state, '', href);
    }
  }

  private status(text: string): void {
    const slot = this.querySelector('[data-status]');
    if (!slot) return;
    slot.textContent = text;
    setTimeout(() => {
      if (slot.textContent === text) slot.textContent = '';
    }, 2500);
  }

  /**
   * The figure's controls, found once: the shell's markup never changes after the element connects, and
   * `syncControls` runs on every input event of a drag.
   */
  private get controls() {
    return (this.controlCache ??= {
      boxes: Array.from(this.querySelectorAll<HTMLElement>('[data-prop]'), (control) => ({ prop: control.dataset.prop!, box: control.closest<HTMLElement>('.bl-control') })),
      buttons: Array.from(this.querySelectorAll<HTMLButtonElement>('button[data-prop]')),
      inputs: Array.from(this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[data-prop], select[data-prop]'), (input) => ({
        input,
        output: this.querySelector(`[data-output="${input.dataset.prop}"]`),
      })),
    });
  }
  private controlCache?: {
    boxes: { prop: string; box: HTMLElement | null }[];
    buttons: HTMLButtonElement[];
    inputs: { input: HTMLInputElement | HTMLSelectElement; output: Element | null }[];
  };

  /** Puts the state into the controls and their readouts (after reset, URL state or a remote change). */
  protected syncControls(): void {
    const inactive = new Set(this.figure.inactive?.(this.state) ?? []);
    const { boxes, buttons, inputs } = this.controls;
    for (const { prop, box } of boxes) {
      const hidden = inactive.has(prop);
      if (box && box.hidden !== hidden) box.hidden = hidden;
    }
    for (const button of buttons) {
      button.value = String((this.state as Record<string, unknown>)[button.dataset.prop!]);
    }
    for (const { input, output } of inputs) {
      const key = input.dataset.prop!;
      const prop = this.figure.spec[key];
      const value = (this.state as Record<string, unknown>)[key];
      if (!prop) continue;
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === true;
      else if (input.value !== String(value)) input.value = String(value);
      if (prop.kind === 'number') {
        const digits = Number(input.dataset.digits ?? 2);
        const text = fmt(value as number, digits);
        const of = prop.control === 'scrubber' ? ` of ${prop.max}` : '';
        const valueText = `${prop.label} ${text}${prop.unit ? ` ${prop.unit}` : ''}${of}`;
        // Written only when it changes: this runs on every input event of a drag.
        if (input.getAttribute('aria-valuetext') !== valueText) input.setAttribute('aria-valuetext', valueText);
        if (output && output.textContent !== text) output.textContent = text;
      }
    }
  }
}

function tableElement(data: { caption: string; columns: string[]; rows: (string | number)[][] }): HTMLTableElement {
  const table = document.createElement('table');
  table.createCaption().textContent = data.caption;
  const head = table.createTHead().insertRow();
  for (const c of data.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of data.rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().textContent = String(cell);
  }
  return table;
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
