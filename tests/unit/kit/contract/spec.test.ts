import { describe, expect, it } from 'vitest';
import { defaultsOf, deserialize, FigurePropError, parseLenient, parseStrict, serialize, type Spec } from '../../../../src/figures/kit/contract/spec.ts';

const spec = {
  w: { kind: 'number', label: 'weight', description: '', default: 0.5, min: -2, max: 2, step: 0.05 },
  depth: { kind: 'number', label: 'depth', description: '', default: 2, min: 1, max: 6, step: 1, integer: true },
  activation: { kind: 'choice', label: 'activation', description: '', default: 'relu', options: ['identity', 'relu', 'tanh'] },
  gaps: { kind: 'boolean', label: 'gaps', description: '', default: true },
  goal: { kind: 'number', label: 'goal', description: '', default: 1, min: 0, max: 5, step: 0.1, authorOnly: true },
} as const satisfies Spec;
const where = { figure: 'Demo', source: 'content/chapters/01-demo.mdx:12' };

describe('parseStrict(spec, props, where)', () => {
  it('returns defaults overlaid with valid props', () => {
    expect(parseStrict(spec, { w: 1.5, activation: 'tanh' }, where)).toEqual({ ...defaultsOf(spec), w: 1.5, activation: 'tanh' });
  });
  it('names the file, line, figure and prop of an unknown prop, with a suggestion', () => {
    expect(() => parseStrict(spec, { wieght: 1 }, where)).toThrow(FigurePropError);
    expect(() => parseStrict(spec, { activaton: 'relu' }, where)).toThrow(
      /content\/chapters\/01-demo\.mdx:12: <Demo> has no prop "activaton"\. Did you mean "activation"\?/,
    );
  });
  it('says what is allowed for an out-of-range number, a non-integer and a bad choice', () => {
    expect(() => parseStrict(spec, { w: 7 }, where)).toThrow(/prop "w": expected a number from -2 to 2, got 7/);
    expect(() => parseStrict(spec, { depth: 2.5 }, where)).toThrow(/prop "depth": expected an integer from 1 to 6/);
    expect(() => parseStrict(spec, { activation: 'relu6' }, where)).toThrow(/one of "identity", "relu", "tanh", got "relu6"/);
    expect(() => parseStrict(spec, { w: '0.5' }, where)).toThrow(/got "0\.5"/);
    expect(() => parseStrict(spec, { gaps: 'yes' }, where)).toThrow(/true or false/);
  });
  it('rejects a value between slider steps, naming the nearest values either side', () => {
    const neuron = {
      b: { kind: 'number', label: 'bias', description: '', default: 1, min: -2, max: 8, step: 0.1 },
    } as const satisfies Spec;
    expect(() => parseStrict(neuron, { b: 0.05 }, where)).toThrow(
      'content/chapters/01-demo.mdx:12: <Demo> prop "b": 0.05 is not on the slider\'s steps of 0.1 from -2; use 0 or 0.1.',
    );
    expect(() => parseStrict(spec, { w: 0.999999 }, where)).toThrow(/0\.999999 is not on the slider's steps of 0\.05 from -2; use 0\.95 or 1\./);
  });
  it('accepts values a float sum puts a hair off the step (0.3 is 23 steps of 0.1 from -2)', () => {
    const neuron = {
      b: { kind: 'number', label: 'bias', description: '', default: 1, min: -2, max: 8, step: 0.1 },
    } as const satisfies Spec;
    for (const b of [0.3, 0.7, -1.9, 7.9, 8, -2, 0.1 + 0.2]) expect(parseStrict(neuron, { b }, where).b).toBe(b);
    expect(parseStrict(spec, { w: -1.25 }, where).w).toBe(-1.25);
  });
  it('offers only values inside the range when the range does not end on a step', () => {
    const odd = { n: { kind: 'number', label: 'n', description: '', default: 0, min: 0, max: 10, step: 3 } } as const satisfies Spec;
    expect(() => parseStrict(odd, { n: 9.5 }, where)).toThrow(/use 9\./);
  });
  it('lets an author-only number sit between steps (no slider snaps it)', () => {
    expect(parseStrict(spec, { goal: 0.25 }, where).goal).toBe(0.25);
  });
  it('reports NaN and Infinity by name, not as JSON null', () => {
    expect(() => parseStrict(spec, { w: NaN }, where)).toThrow(/prop "w": expected a number from -2 to 2, got NaN\./);
    expect(() => parseStrict(spec, { w: Infinity }, where)).toThrow(/got Infinity\./);
    expect(() => parseStrict(spec, { w: -Infinity }, where)).toThrow(/got -Infinity\./);
  });
  it('skips props the shell owns', () => {
    expect(parseStrict(spec, { id: 'fig-x', w: 0 }, where, ['id']).w).toBe(0);
  });
});

describe('parseLenient(spec, raw, base)', () => {
  const base = defaultsOf(spec);
  it('falls back per key on malformed or out-of-range values and never throws', () => {
    const state = parseLenient(spec, { w: 'NaN', depth: '99', activation: '<script>', gaps: 'maybe' }, base);
    expect(state).toEqual(base);
  });
  it('accepts strings from a URL and rounds numbers to the step', () => {
    expect(parseLenient(spec, { w: '0.3333', depth: '3', gaps: '0' }, base)).toMatchObject({ w: 0.35, depth: 3, gaps: false });
  });
  it('ignores author-only props', () => {
    expect(parseLenient(spec, { goal: '3' }, base).goal).toBe(1);
  });
});

describe('serialize / deserialize', () => {
  const base = defaultsOf(spec);
  it('round-trips a state, writing only what differs from the base', () => {
    const state = { ...base, w: -1.25, activation: 'tanh' as const, gaps: false };
    const text = serialize(spec, state, base);
    expect(text).toBe('w:-1.25,activation:tanh,gaps:0');
    expect(deserialize(spec, text, base)).toEqual(state);
  });
  it('reads garbage as the base state', () => {
    for (const junk of ['', ':::', 'w', 'w:', 'w:1e999', 'x:1,w:abc', 'activation:%3Cimg%3E', '__proto__:1']) {
      expect(deserialize(spec, junk, base)).toEqual(base);
    }
  });
});
