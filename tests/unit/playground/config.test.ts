/**
 * The playground's configuration as a link carries it, and what it computes from it: every chapter figure's
 * "Open in the playground" state is one the playground takes whole; a pasted or damaged link falls back key by key;
 * bends and hinges are counted from the network itself; a run that blows up is shown before it did, never as NaN.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNetwork, predict } from '../../../src/nn/index.ts';
import { defaultsOf, deserialize, serialize } from '../../../src/figures/kit/contract/spec.ts';
import { definitions } from '../../../src/figures/definitions.ts';
import { PLAYGROUND_ID, playgroundSearch, playgroundState, nearestOption, LEARNING_RATES } from '../../../src/figures/kit/contract/playground-link.ts';
import { spec, layersOf, ACTIVATIONS, MAX_LAYERS, MAX_WIDTH, type State } from '../../../src/figures/playground/state.ts';
import { compute, countBends } from '../../../src/figures/playground/model.ts';
import { runOf } from '../../../src/figures/playground/run.ts';
import { figure } from '../../../src/figures/playground/figure.ts';

const defaults = defaultsOf(spec) as State;
const queryOf = (search: string) => new URLSearchParams(search).get(PLAYGROUND_ID) ?? '';

/** A random configuration within the playground's bounds. */
const config: fc.Arbitrary<Partial<State>> = fc.record({
  layers: fc.integer({ min: 0, max: MAX_LAYERS }),
  width1: fc.integer({ min: 1, max: MAX_WIDTH }),
  width3: fc.integer({ min: 1, max: MAX_WIDTH }),
  activation2: fc.constantFrom(...ACTIVATIONS),
  activation4: fc.constantFrom(...ACTIVATIONS),
  optimizer: fc.constantFrom('sgd', 'momentum', 'adam'),
  learningRate: fc.constantFrom(...LEARNING_RATES),
  seed: fc.integer({ min: 1, max: 9999 }),
  progress: fc.integer({ min: 0, max: 100 }),
});

describe('the playground configuration in a link', () => {
  it('comes back whole from its link', () => {
    fc.assert(
      fc.property(config, (partial) => {
        const state = { ...defaults, ...partial } as State;
        expect(deserialize(spec, serialize(spec, state, defaults), defaults)).toEqual(state);
      }),
    );
  });

  it('drops a bad or unknown key and keeps the rest', () => {
    const state = deserialize(spec, 'layers:9,width1:-3,activation2:swish,optimizer:adam,learningRate:7,frog:1,width2:12', defaults);
    // Out of range is as bad as unreadable: the key keeps its default (spec.ts parseLenient).
    expect(state.layers).toBe(defaults.layers);
    expect(state.width1).toBe(defaults.width1);
    expect(state.activation2).toBe(defaults.activation2);
    expect(state.learningRate).toBe(defaults.learningRate);
    expect(state.width2).toBe(12);
    expect(deserialize(spec, '%%%,,::,'.repeat(3000), defaults)).toEqual(defaults);
  });

  it('takes every chapter figure\'s "Open in the playground" state without falling back', () => {
    const linking = definitions.filter((d) => d.playground);
    expect(linking.map((d) => d.name).sort()).toEqual(['bending-neurons', 'collapse-stack', 'hidden-lines', 'loss-landscape', 'neuron-line', 'training-timeline', 'width-explorer']);
    for (const definition of linking) {
      const authored = defaultsOf(definition.spec);
      const request = definition.playground!(authored);
      const wanted = playgroundState(request);
      const state = deserialize(spec, queryOf(playgroundSearch(request)), defaults) as Record<string, unknown>;
      for (const [key, value] of Object.entries(wanted)) expect(String(state[key]), `${definition.name}: ${key}`).toBe(String(value));
    }
  });

  it('fits a request to the playground: at most 4 layers of 16 neurons, rate and steps from its menus', () => {
    expect(playgroundState({ depth: 6, width: 30, activation: 'tanh', learningRate: 0.02, steps: 1500 })).toEqual({
      layers: 4, width1: 16, activation1: 'tanh', width2: 16, activation2: 'tanh', width3: 16, activation3: 'tanh', width4: 16, activation4: 'tanh', learningRate: '0.03', steps: '2000',
    });
    expect(playgroundState({ depth: 0, dataset: 'u' })).toEqual({ layers: 0, dataset: 'u' });
  });

  it('picks the nearest menu value on a log scale', () => {
    expect(nearestOption(0.02, LEARNING_RATES)).toBe('0.03');
    expect(nearestOption(0.06, LEARNING_RATES)).toBe('0.1');
    expect(nearestOption(1e-9, LEARNING_RATES)).toBe('0.001');
  });
});

describe('the playground model', () => {
  it('counts a ReLU network\'s bends from its output: one per hinge inside the axis', () => {
    // Hidden neuron j is relu(x − c_j): hinges at −1, 0.5 and 2; the fourth sits outside [−3, 3].
    const hinges = [-1, 0.5, 2, 5];
    const params = [...hinges.map(() => 1), ...hinges.map((c) => -c), 1, -2, 1.5, 3, 0.2];
    const net = createNetwork({ sizes: [1, 4, 1], activation: 'relu', params });
    expect(countBends(net, [-3, 3])).toBe(3);
    const straight = createNetwork({ sizes: [1, 3, 1], activation: 'identity', seed: 4 });
    expect(countBends(straight, [-3, 3])).toBe(0);
  });

  it('collapses an all-Identity network to the line its output draws', () => {
    const m = compute({ ...defaults, layers: 3, activation1: 'identity', activation2: 'identity', activation3: 'identity', steps: '200' });
    expect(m.collapsed).not.toBeNull();
    expect(m.bends).toBe(0);
    expect(m.hinges).toEqual([]);
    const { w, b } = m.collapsed!;
    const xs = [-3, -1, 0, 2.5];
    const out = predict(m.net, xs);
    xs.forEach((x, k) => expect(out[k]).toBeCloseTo(w * x + b, 9));
    expect(figure.describe({ ...defaults, layers: 3, activation1: 'identity', activation2: 'identity', activation3: 'identity', steps: '200' }, m)).toMatch(/single line|one line/);
  });

  it('marks the first layer\'s hinges only for a ReLU-family first layer, and no collapse with one bending layer', () => {
    const relu = compute({ ...defaults, layers: 2, activation1: 'relu', activation2: 'identity', steps: '200' });
    expect(relu.collapsed).toBeNull();
    expect(relu.hinges.length).toBeGreaterThan(0);
    for (const x of relu.hinges) expect(x > relu.data.xDomain[0] && x < relu.data.xDomain[1]).toBe(true);
    const tanh = compute({ ...defaults, layers: 1, activation1: 'tanh', steps: '200' });
    expect(tanh.hinges).toEqual([]);
    expect(tanh.bends).toBeNull();
  });

  it('shows a diverging run at its last good recorded step, with finite numbers everywhere', () => {
    const state = { ...defaults, layers: 2, width1: 16, width2: 16, activation1: 'identity', activation2: 'identity', optimizer: 'sgd', learningRate: '0.3', steps: '500', dataset: 'study-hours' } as State;
    const m = compute(state);
    expect(m.divergedAfter).not.toBeNull();
    expect(m.step).toBeLessThanOrEqual(m.divergedAfter!);
    expect(m.step % (m.run.steps / 100)).toBe(0);
    expect(Number.isFinite(m.loss)).toBe(true);
    const shown = [figure.describe(state, m), ...Object.values(figure.readouts!(state, m)), ...figure.table(state, m).rows.flat().map(String)];
    for (const text of shown) expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('runs only the layers in use', () => {
    const run = runOf({ ...defaults, layers: 1, width1: 7, width2: 3, activation1: 'gelu' }, 1);
    expect(run.sizes).toEqual([1, 7, 1]);
    expect(run.activations).toEqual(['gelu']);
    expect(layersOf({ ...defaults, layers: 0 })).toEqual([]);
  });
});
