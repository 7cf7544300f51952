/**
 * Every figure's state, checked through its Spec: parse, clamp, serialize, and bad values falling back.
 * New figures are covered by existing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import plotText from 'virtual:text/plot';
import { defaultsOf, deserialize, isReaderProp, parseLenient, parseStrict, serialize, type PropSpec } from '../../../src/figures/kit/contract/spec.ts';
import { definitions } from '../../../src/figures/definitions.ts';
import { idsOfShape } from '../../../src/figures/kit/data/registry.ts';
import { encodeRows } from '../../../src/figures/kit/data/points-code.ts';


/** An arbitrary valid value of a prop. */
function valid(prop: PropSpec): fc.Arbitrary<unknown> {
  switch (prop.kind) {
    case 'number': {
      const steps = Math.round((prop.max - prop.min) / prop.step);
      return fc.integer({ min: 0, max: steps }).map((k) => Number((prop.min + k * prop.step).toFixed(10)));
    }
    case 'choice':
      return fc.constantFrom(...prop.options);
    case 'dataset':
      return fc.constantFrom(...idsOfShape(prop.shape));
    case 'points': {
      const value = fc.integer({ min: -5000, max: 5000 }).map((v) => v / 1000);
      const row: fc.Arbitrary<number[]> = prop.columns === 3 ? fc.tuple(value, value, fc.constantFrom(0, 1)) : fc.tuple(value, value);
      return fc.oneof(fc.constant(''), fc.array(row, { minLength: 2, maxLength: 30 }).map((rows) => encodeRows(rows, prop.columns)!));
    }
    case 'boolean':
      return fc.boolean();
    case 'text':
      return fc.string({ maxLength: prop.maxLength });
  }
}

for (const figure of definitions) {
  describe(`${figure.name} state`, () => {
    const spec = figure.spec;
    const base = defaultsOf(spec);
    const readerKeys = Object.keys(spec).filter((k) => isReaderProp(spec[k]));

    it('has a label and a description for every prop, and scrubbers are the kit\'s training step', () => {
      for (const [key, prop] of Object.entries(spec)) {
        expect(prop.label, key).not.toBe('');
        expect(prop.description, key).not.toBe('');
        // Known by its control, in any language: the training-step scrubber of trainingStep(), under its one label.
        if (prop.kind === 'number' && prop.control === 'scrubber') {
          // Or the playground's: how far through a run whose length the reader picks (trainingProgress()).
          const label = prop.unit === '%' ? plotText.training.progressControl : plotText.training.stepControl;
          expect(prop, key).toMatchObject({ label, min: 0, integer: true });
          expect(Number.isInteger(prop.max / prop.step), `${key}: its steps reach the last step`).toBe(true);
        }
        if (prop.kind === 'number') expect(prop.default).toBeGreaterThanOrEqual(prop.min);
        if (prop.kind === 'number') expect(prop.default).toBeLessThanOrEqual(prop.max);
      }
    });

    it('refuses a reader\'s edited points in a chapter, naming the prop', () => {
      for (const [key, prop] of Object.entries(spec)) {
        if (prop.kind !== 'points') continue;
        expect(() => parseStrict(spec, { [key]: 'p1*0_0*1_1' }, { figure: figure.component })).toThrow(`prop "${key}" holds a reader's edits`);
      }
    });

    it('round-trips any valid state through the URL form', () => {
      const arbitrary = fc.record(Object.fromEntries(readerKeys.map((k) => [k, valid(spec[k])])));
      fc.assert(
        fc.property(arbitrary, (values) => {
          const state = { ...base, ...values } as typeof base;
          expect(deserialize(spec, serialize(spec, state, base), base)).toEqual(state);
          // A chapter may set every reader prop but the reader's own edits (points), which only readers make.
          const authorable = Object.fromEntries(Object.entries(state).filter(([k]) => spec[k].kind !== 'points'));
          expect(parseStrict(spec, authorable, { figure: figure.component })).toEqual({ ...state, ...Object.fromEntries(Object.keys(spec).filter((k) => spec[k].kind === 'points').map((k) => [k, ''])) });
        }),
        { numRuns: 100 },
      );
    });

    it('falls back to the base for malformed or out-of-range values, one key at a time', () => {
      for (const key of readerKeys) {
        const prop = spec[key];
        const bad: unknown[] = ['', 'NaN', 'Infinity', '<script>alert(1)</script>', '{}', null, undefined, []];
        if (prop.kind === 'number') bad.push(prop.max + prop.step * 10, prop.min - 1e6, String(prop.max * 1000));
        for (const value of bad) expect(parseLenient(spec, { [key]: value }, base)[key], `${key}=${String(value)}`).toBe(base[key]);
      }
      fc.assert(
        fc.property(fc.string(), (junk) => {
          expect(() => deserialize(spec, junk, base)).not.toThrow();
        }),
      );
    });

    it('computes, describes and tabulates its defaults without NaN', () => {
      const model = figure.compute(base);
      const text = `${figure.describe(base, model)} ${JSON.stringify(figure.table(base, model))} ${JSON.stringify(figure.readouts?.(base, model) ?? {})}`;
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
    });
  });
}
