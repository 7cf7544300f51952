import type { DiagramInput } from '../draw/network-diagram.ts';
import type { Spec, StateOf } from './spec.ts';
import type { TrainingJob } from '../training/trajectories.ts';
import type { Point } from '../data/dataset.ts';
import type { PlaygroundRequest } from './playground-link.ts';

/** A small table a reader can open under the figure: the numbers behind the picture. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/**
 * Everything the kit needs to know about one figure. The same definition renders the build-time SVG
 * (server, linkedom document) and the live figure (browser), so the two can never disagree.
 */
export interface FigureDefinition<S extends Spec = Spec, M = unknown> {
  /** Folder name, kebab-case: `neuron-line`. The custom element is `bl-<name>`. Given by the folder. */
  name: string;
  /** What authors write in MDX: `NeuronLine`. Given by the folder. */
  component: string;
  /** `below` puts the controls under the plot (figures of several panels need the width). Default `side`. */
  layout?: 'side' | 'below';
  /** Default caption title: what to look at. */
  title: string;
  /** One line for the catalog. */
  summary: string;
  spec: S;
  /**
   * Readers may drag, add, remove and paste the data's points (kit/browser/point-editor.ts, loaded when first
   * used). The spec then has a `dataset` and an `editablePoints()` prop, and `plot` marks its data area
   * (`markPlotArea`) with the domains the points are drawn in.
   */
  editsPoints?: boolean;
  /**
   * What this state needs trained (see trajectories.ts). The element trains these first, in a worker when
   * they are large, and keeps the previous drawing meanwhile; `compute` then finds them cached.
   */
  jobs?(state: StateOf<S>): TrainingJob[];
  /**
   * Props whose controls mean nothing in this state (the sliders of neurons a smaller layer does not have):
   * their controls are hidden, at build time and live. Their values are kept.
   */
  inactive?(state: StateOf<S>): string[];
  /** Every number the figure shows, from src/nn. Pure: same state, same model. */
  compute(state: StateOf<S>): M;
  /**
   * Draws the figure into a new element of `doc` (an <svg> or a <div> of several). Pure.
   * `width` is the space available in CSS pixels: the build renders at DEFAULT_WIDTH and the browser
   * re-renders at the real width, so text stays at its design size on a phone.
   */
  plot(state: StateOf<S>, model: M, doc: Document, width: number): Element;
  /** One sentence a screen reader hears and a no-JS reader reads: what the figure shows right now. */
  describe(state: StateOf<S>, model: M): string;
  table(state: StateOf<S>, model: M): DataTable;
  /**
   * The network to draw beside the plot, for figures with hidden neurons: data, which the kit draws with
   * kit/network-diagram.ts (at build time whole; in the browser by updating the drawn weights in place).
   */
  diagram?(state: StateOf<S>, model: M): DiagramInput;
  /**
   * Live content beside the controls that is not a picture, so screen readers read it: the algebra of a
   * network, say (semantic HTML or MathML; no KaTeX at run time).
   */
  aside?(state: StateOf<S>, model: M, doc: Document): Element;
  /** Text the figure shows beside its controls (readouts like the loss); keys become `data-readout` slots. */
  readouts?(state: StateOf<S>, model: M): Record<string, string>;
  /**
   * What each readout is called beside its value, in the course's language, by key; a key without one is shown
   * as it is (a symbol like `f(z)`). The keys stay the same in every language: the element and tests find a
   * value by them.
   */
  readoutLabels?: Record<string, string>;
  /**
   * The curve this state draws, for a reader to sketch before they see it (an exercise's <Sketch>): the data
   * under it, the axes, and the curve sampled across x. Figures without one cannot be sketched.
   */
  sketch?(state: StateOf<S>, model: M): SketchTarget;
  /**
   * This state's network, data and run as a request to the playground: the figure gets an "Open in the playground" link
   * that follows the reader's changes. Figures without a network of one input (a decision boundary) have none.
   */
  playground?(state: StateOf<S>): PlaygroundRequest;
}

/** What a <Sketch> asks the reader to draw, and draws over their guess when they check. */
export interface SketchTarget {
  /** What the curve is, for the sentences: "the trained output". */
  what: string;
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  points: Point[];
  curve: { xs: number[]; ys: number[] };
}

/**
 * What a figure folder's `figure.ts` exports: the definition without its names, which come from the folder
 * (`neuron-line/` → `bl-neuron-line`, `<NeuronLine>`), so the two can never disagree.
 */
export type FigureSource<S extends Spec = Spec, M = unknown> = Omit<FigureDefinition<S, M>, 'name' | 'component'>;

/** Kebab-case folder name → PascalCase component name: `neuron-line` → `NeuronLine`. */
export function componentName(folder: string): string {
  return folder.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** A folder's definition with the names its folder gives it. */
export function named<S extends Spec, M>(folder: string, source: FigureSource<S, M>): FigureDefinition<S, M> {
  return { ...source, name: folder, component: componentName(folder) };
}

/** The width the build renders at; CSS scales it until the browser redraws at the real width. */
export const DEFAULT_WIDTH = 600;

/** The build also draws at phone width; CSS container queries pick one of the two. */
export const NARROW_WIDTH = 340;
