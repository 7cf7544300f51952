/**
 * Figure props, described once. A figure's `state.ts` declares a `Spec`: every prop an author may set in MDX,
 * with its kind, default and allowed values. From it the kit derives the State type, the build-time check of
 * MDX props (strict: a bad prop fails the build), the URL state (lenient: a bad value falls back to its
 * default), the controls, and the props table in the figure catalog. Normalise once, at the edge; everything
 * after `parse` trusts the State.
 */
import { closest } from '../../../text/closest.ts';
import { hasDataset, idsOfShape } from '../data/registry.ts';
import { decodeRows } from '../data/points-code.ts';
import type { Shape } from '../data/dataset.ts';

export interface NumberProp {
  kind: 'number';
  label: string;
  description: string;
  default: number;
  min: number;
  max: number;
  /** Slider step; values are rounded to it when they come from a URL. */
  step: number;
  unit?: string;
  /** A CSS colour token (e.g. `hidden-1`) that ties this control to a mark of the same colour. */
  color?: string;
  /** Integer-valued (depth, width, step counts). */
  integer?: boolean;
  authorOnly?: boolean;
  /**
   * `scrubber`: a training-step control with play/pause and step buttons (Space plays, arrows step,
   * Home/End jump); tests and the element know it by this kind, never by its label's words. `reseed`: a button (its label is the button's text) that
   * moves an integer seed to the next value, for "new random weights".
   */
  control?: 'slider' | 'scrubber' | 'reseed';
}

export interface ChoiceProp<O extends string = string> {
  kind: 'choice';
  label: string;
  description: string;
  default: O;
  options: readonly O[];
  /** Human labels for the options, same order; the option value is used where absent. */
  optionLabels?: readonly string[];
  authorOnly?: boolean;
}

/**
 * Which dataset a figure shows, by id (a file in `content/datasets/`). An author may name any dataset of the
 * right shape; readers choose among `offered` (or, when the author named another, only that one).
 */
export interface DatasetProp {
  kind: 'dataset';
  label: string;
  description: string;
  default: string;
  shape: Shape;
  /** The figure's menu, in order, when its dataset is one of these; `'all'`: every dataset of its shape in the course. */
  offered: readonly string[] | 'all';
  authorOnly?: boolean;
}

/**
 * A reader's own version of the figure's dataset: the points after they dragged, added, removed or pasted
 * some, as a compact code (kit/data/points-code.ts); empty for the dataset as published. Not a control (the
 * plot is), but state: it travels in the URL, through Copy link, to other windows and to linked figures.
 */
export interface PointsProp {
  kind: 'points';
  label: string;
  description: string;
  default: '';
  /** Values per point: 2 (x, y) for one-input data, 3 (x1, x2, label) for two classes. */
  columns: 2 | 3;
  authorOnly?: false;
}

/**
 * The `points` prop every figure that lets readers edit (or follow edits of) its data declares. Its words come
 * from the figure (in the course's language): this file is read where the locale modules are not served.
 */
export function editablePoints(label: string, description: string, columns: 2 | 3 = 2) {
  return { kind: 'points', label, description, default: '', columns } as const satisfies PointsProp;
}

export interface BooleanProp {
  kind: 'boolean';
  label: string;
  description: string;
  default: boolean;
  authorOnly?: boolean;
}

/** Props that only an author sets (never a reader control), like a figure's id or caption text. */
export interface TextProp {
  kind: 'text';
  label: string;
  description: string;
  default: string;
  /** Longest allowed length; keeps captions short and URLs sane. */
  maxLength: number;
  /** Not shown as a control and not written to the URL. */
  authorOnly: true;
}

/**
 * `authorOnly` props are set in MDX but are neither reader controls nor URL state (a goal, a caption).
 * Text props are always author-only.
 */
export type PropSpec = NumberProp | ChoiceProp | DatasetProp | PointsProp | BooleanProp | TextProp;

/** Whether readers can change this prop (a control, and a key in the URL state). */
export function isReaderProp(prop: PropSpec): boolean {
  return !prop.authorOnly && !(prop.kind === 'choice' && prop.options.length < 2);
}
export type Spec = Record<string, PropSpec>;

/** Whether two states differ, and only in the reader's edited points (a drag in progress, say). */
export function onlyPointsDiffer(spec: Spec, a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let points = false;
  for (const [key, prop] of Object.entries(spec)) {
    if (a[key] === b[key]) continue;
    if (prop.kind !== 'points') return false;
    points = true;
  }
  return points;
}

/** The datasets a figure's menu offers in a state whose authored dataset is `authored`. */
export function datasetMenu(prop: DatasetProp, authored: string): readonly string[] {
  const offered = prop.offered === 'all' ? idsOfShape(prop.shape) : prop.offered;
  return offered.includes(authored) ? offered : [authored];
}

/**
 * The training-step scrubber every training figure has: steps 0…`steps`, moving by `every` (how often the
 * trajectory keeps its parameters). One definition, so the control stays the same everywhere; `control:
 * 'scrubber'` is what marks it, so its label may say "step" in any language.
 */
export function trainingStep(steps: number, every: number, initial: number, description: string, label: string) {
  return {
    kind: 'number',
    label,
    description,
    default: initial,
    min: 0,
    max: steps,
    step: every,
    integer: true,
    control: 'scrubber',
  } as const satisfies NumberProp;
}

/**
 * The scrubber of a run whose length the reader chooses (the playground): how far through it, in hundredths, so
 * its range stays fixed while the run's steps change. `records` is how many times the run keeps its parameters.
 */
export function trainingProgress(records: number, description: string, label: string) {
  return { kind: 'number', label, description, default: records, min: 0, max: records, step: 1, integer: true, unit: '%', control: 'scrubber' } as const satisfies NumberProp;
}

/** The State a Spec describes: numbers, the union of a choice's options, booleans, strings. */
export type StateOf<S extends Spec> = {
  -readonly [K in keyof S]: S[K] extends NumberProp
    ? number
    : S[K] extends ChoiceProp<infer O>
      ? O
      : S[K] extends BooleanProp
        ? boolean
        : string;
};

/** Thrown at build time; the message names the chapter file, the figure and the prop, and says what is allowed. */
export class FigurePropError extends Error {
  override name = 'FigurePropError';
}

export interface Where {
  figure: string;
  /** `content/chapters/02-one-neuron.mdx:41` when known. */
  source?: string;
}

export function defaultsOf<S extends Spec>(spec: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(spec)) out[key] = prop.default;
  return out as StateOf<S>;
}

/** What a prop allows, in words, for error messages and the catalog's props table. */
export function allowedText(prop: PropSpec): string {
  switch (prop.kind) {
    case 'number':
      return `${prop.integer ? 'an integer' : 'a number'} from ${prop.min} to ${prop.max}`;
    case 'choice':
      return `one of ${prop.options.map((o) => `"${o}"`).join(', ')}`;
    case 'dataset': {
      const ids = idsOfShape(prop.shape);
      return `the id of a ${prop.shape === 'xy' ? 'one-input (x, y)' : 'two-class (x1, x2, label)'} dataset (a file in datasets/)${ids.length ? `: ${ids.map((o) => `"${o}"`).join(', ')}` : ''}`;
    }
    case 'points':
      return 'edited points (set by readers; leave it out)';
    case 'boolean':
      return 'true or false';
    case 'text':
      return `text of at most ${prop.maxLength} characters`;
  }
}

/** The value `steps` slider steps above `min`, without binary noise like 0.30000000000000004 (so URLs and readouts stay clean). */
function stepValue(prop: NumberProp, steps: number): number {
  return Number((prop.min + steps * prop.step).toFixed(10));
}

function roundToStep(value: number, prop: NumberProp): number {
  return stepValue(prop, Math.round((value - prop.min) / prop.step));
}

/**
 * Whether a slider could hold this value. The browser snaps a range input to `min + k·step`, so an authored
 * value between steps would be drawn at build time and then move once the script reads its slider back.
 * The tolerance absorbs only binary noise: 0.3 is 22.999999999999996 steps of 0.1 above -2.
 */
export function isOnStep(prop: NumberProp, value: number): boolean {
  const steps = (value - prop.min) / prop.step;
  return Math.abs(steps - Math.round(steps)) <= 1e-9 * Math.max(1, Math.abs(steps));
}

/** The valid values either side of an off-step value, within the prop's range, for "use 0 or 0.1". */
function nearestOnStep(prop: NumberProp, value: number): number[] {
  const steps = (value - prop.min) / prop.step;
  const last = Math.floor((prop.max - prop.min) / prop.step + 1e-9);
  const below = Math.min(Math.max(Math.floor(steps), 0), last);
  const above = Math.min(Math.max(Math.ceil(steps), 0), last);
  return [...new Set([stepValue(prop, below), stepValue(prop, above)])];
}

/** One value checked against its prop: the value, or an error message saying what is allowed. */
function check(prop: PropSpec, value: unknown): { ok: true; value: unknown } | { ok: false; why: string; hint?: string } {
  const allowed = allowedText(prop);
  switch (prop.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, why: `expected ${allowed}, got ${show(value)}` };
      if (value < prop.min || value > prop.max) return { ok: false, why: `expected ${allowed}, got ${value}` };
      if (prop.integer && !Number.isInteger(value)) return { ok: false, why: `expected ${allowed}, got ${value}` };
      return { ok: true, value };
    }
    case 'choice':
      return typeof value === 'string' && (prop.options as readonly string[]).includes(value)
        ? { ok: true, value }
        : { ok: false, why: `expected ${allowed}, got ${show(value)}` };
    case 'dataset': {
      if (typeof value === 'string' && hasDataset(value, prop.shape)) return { ok: true, value };
      const hint = typeof value === 'string' ? closest(value, idsOfShape(prop.shape)) : undefined;
      return { ok: false, why: `expected ${allowed}, got ${show(value)}`, hint };
    }
    case 'points':
      return typeof value === 'string' && (value === '' || decodeRows(value, prop.columns) !== null) ? { ok: true, value } : { ok: false, why: `expected ${allowed}, got ${show(value)}` };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, why: `expected ${allowed}, got ${show(value)}` };
    case 'text':
      return typeof value === 'string' && value.length <= prop.maxLength
        ? { ok: true, value }
        : { ok: false, why: `expected ${allowed}, got ${show(value)}` };
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (value === undefined) return 'nothing';
  // JSON has no NaN or Infinity and would print them as null.
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Strict parse, for MDX props at build time: any unknown prop or bad value throws a FigurePropError.
 * `ignore` lists props the page itself passes (like `id`) that are not part of the state.
 */
export function parseStrict<S extends Spec>(spec: S, props: Record<string, unknown>, where: Where, ignore: readonly string[] = []): StateOf<S> {
  const state = defaultsOf(spec) as Record<string, unknown>;
  const at = where.source ? `${where.source}: ` : '';
  for (const [key, value] of Object.entries(props)) {
    if (ignore.includes(key)) continue;
    const prop = spec[key];
    // The reader's edits are theirs: a chapter that wants other data names another dataset.
    if (prop?.kind === 'points' && value !== '') {
      throw new FigurePropError(`${at}<${where.figure}> prop "${key}" holds a reader's edits and is not set in a chapter; to show other data, add a dataset to content/datasets and name it with dataset="…".`);
    }
    if (!prop) {
      const authorable = Object.keys(spec).filter((k) => spec[k].kind !== 'points');
      const hint = closest(key, authorable);
      const known = authorable.join(', ') || '(none)';
      throw new FigurePropError(
        `${at}<${where.figure}> has no prop "${key}".${hint ? ` Did you mean "${hint}"?` : ''} Its props are: ${known}.`,
      );
    }
    const result = check(prop, value);
    if (!result.ok) throw new FigurePropError(`${at}<${where.figure}> prop "${key}": ${result.why}.${result.hint ? ` Did you mean "${result.hint}"?` : ''}`);
    // Only authored values must sit on a step; a URL's are rounded to one (parseLenient).
    if (prop.kind === 'number' && isReaderProp(prop) && !isOnStep(prop, value as number)) {
      const use = nearestOnStep(prop, value as number).join(' or ');
      throw new FigurePropError(`${at}<${where.figure}> prop "${key}": ${value} is not on the slider's steps of ${prop.step} from ${prop.min}; use ${use}.`);
    }
    state[key] = result.value;
  }
  return state as StateOf<S>;
}

/**
 * Lenient parse, for state that comes from a URL or another window: anything malformed or out of range
 * falls back to that prop's value in `base` (the figure's authored state). Never throws.
 */
export function parseLenient<S extends Spec>(spec: S, raw: Record<string, unknown>, base: StateOf<S>): StateOf<S> {
  const state = { ...base } as Record<string, unknown>;
  for (const [key, prop] of Object.entries(spec)) {
    if (!isReaderProp(prop) || !(key in raw)) continue;
    let value = raw[key];
    if (prop.kind === 'number' && typeof value === 'string' && value.trim() !== '') value = Number(value);
    if (prop.kind === 'boolean' && typeof value === 'string') value = value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : value;
    const result = check(prop, value);
    if (!result.ok) continue;
    state[key] = prop.kind === 'number' ? roundToStep(result.value as number, prop) : result.value;
  }
  return state as StateOf<S>;
}

/** The URL form of a state: only what differs from `base`, as `key:value` pairs joined by `,`. */
export function serialize<S extends Spec>(spec: S, state: StateOf<S>, base: StateOf<S>): string {
  const parts: string[] = [];
  for (const [key, prop] of Object.entries(spec)) {
    if (!isReaderProp(prop)) continue;
    const value = (state as Record<string, unknown>)[key];
    if (value === (base as Record<string, unknown>)[key]) continue;
    parts.push(`${key}:${prop.kind === 'boolean' ? (value ? 1 : 0) : String(value)}`);
  }
  return parts.join(',');
}

/** Reads `serialize`'s output back; malformed pieces are ignored, so the result always parses leniently. */
export function deserialize<S extends Spec>(spec: S, text: string, base: StateOf<S>): StateOf<S> {
  const raw: Record<string, unknown> = {};
  // Bounded: an address can be pasted from anywhere. Large enough for a reader's edited points (points-code.ts).
  for (const part of text.slice(0, 8000).split(',')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const key = part.slice(0, colon);
    if (Object.prototype.hasOwnProperty.call(spec, key)) raw[key] = part.slice(colon + 1);
  }
  return parseLenient(spec, raw, base);
}

/** A tag an author can paste into a chapter: the component with its first few props at their defaults. */
export function exampleTag(component: string, spec: Spec, count = 3): string {
  const props = Object.entries(spec)
    .filter(([, p]) => p.kind !== 'text' && p.kind !== 'points')
    .slice(0, count)
    .map(([key, p]) => (typeof p.default === 'string' ? `${key}="${p.default}"` : `${key}={${JSON.stringify(p.default)}}`));
  return `<${component} ${props.join(' ')} />`;
}
