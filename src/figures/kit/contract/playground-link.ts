/**
 * "Open in the playground": a figure with a network names it, and its data, as the playground's state, and the
 * link carries that state in the playground page's URL. The playground reads it as it reads any shared link (its
 * lenient parse), so this module needs no part of the playground: keys are the playground's props, values as the
 * URL writes them.
 */

/** The playground figure's id on its page, and so its query parameter. */
export const PLAYGROUND_ID = 'playground';

/** The playground's learning rates and run lengths (its menus; here so a figure can pick the nearest). */
export const LEARNING_RATES = ['0.001', '0.003', '0.01', '0.03', '0.1', '0.3'] as const;
/** Every one a multiple of the playground's hundred records, so the recorded steps fall on whole steps. */
export const STEP_COUNTS = ['200', '500', '1000', '2000', '5000'] as const;

type LayerKey = `${'width' | 'activation'}${1 | 2 | 3 | 4}`;

/** The playground's props as its URL writes them (see src/figures/playground/state.ts). */
export type PlaygroundState = Partial<Record<'dataset' | 'points' | 'layers' | LayerKey | 'optimizer' | 'learningRate' | 'steps' | 'seed', string | number>>;

/**
 * What a figure asks the playground to open: its network as `depth` hidden layers of `width` neurons with
 * `activation`, its data, and its own run. Plain values, so a figure's code imports nothing for its link: this
 * module (loaded with every figure's element) fits them to the playground's bounds and menus.
 */
export interface PlaygroundRequest {
  depth: number;
  width?: number;
  activation?: string;
  dataset?: string;
  points?: string;
  optimizer?: 'sgd' | 'momentum' | 'adam';
  learningRate?: number;
  steps?: number;
  seed?: number;
}

/** The option of a numeric menu nearest to `value` (on a log scale: rates and step counts grow by factors). */
export function nearestOption<O extends string>(value: number, options: readonly O[]): O {
  const distance = (option: O) => Math.abs(Math.log(Number(option) / value));
  return options.reduce((best, option) => (distance(option) < distance(best) ? option : best));
}

/** The playground's state for a request: at most 4 layers of at most 16 neurons, rate and steps from its menus. */
export function playgroundState({ depth, width, activation, learningRate, steps, ...rest }: PlaygroundRequest): PlaygroundState {
  const layers = Math.min(4, depth);
  const state: PlaygroundState = { layers, ...rest };
  for (let k = 1; k <= layers; k++) Object.assign(state, { [`width${k}`]: Math.min(16, width!), [`activation${k}`]: activation });
  if (learningRate) state.learningRate = nearestOption(learningRate, LEARNING_RATES);
  if (steps) state.steps = nearestOption(steps, STEP_COUNTS);
  return state;
}

/** The query string (`?playground=layers:1,width1:4`) that opens the playground as `request` asks. */
export function playgroundSearch(request: PlaygroundRequest): string {
  const value = Object.entries(playgroundState(request))
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([key, v]) => `${key}:${v}`)
    .join(',');
  return `?${new URLSearchParams({ [PLAYGROUND_ID]: value })}`;
}
