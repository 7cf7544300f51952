/** What each side gets of a namespace: pages everything, browsers all but the page-only prose. */
import { describe, expect, it } from 'vitest';
import { textModule } from '../../../src/build/text-modules.ts';
import type { CourseText } from '../../../src/build/locales.ts';

const course: CourseText = {
  language: 'de',
  locale: 'de',
  strings: { 'neuron-line': { title: 'Ein Neuron', summary: 'Für den Katalog.', props: { w: { label: 'Gewicht w', description: 'Die Steigung.' } }, points: { one: '{n} Punkt', other: '{n} Punkte' } } },
};
const exported = (source: string) => JSON.parse(source.replace(/^export default /, '').replace(/;$/, '')) as Record<string, unknown>;

describe('textModule', () => {
  it('gives pages the whole namespace', () => {
    expect(exported(textModule(course, 'neuron-line'))).toEqual(course.strings['neuron-line']);
  });

  it('gives browsers the namespace with summaries and descriptions empty, everything else as it is', () => {
    expect(exported(textModule(course, 'neuron-line', true))).toEqual({ title: 'Ein Neuron', summary: '', props: { w: { label: 'Gewicht w', description: '' } }, points: { one: '{n} Punkt', other: '{n} Punkte' } });
  });

  it('gives the language and its number marks, and names a namespace English lacks', () => {
    expect(textModule(course, 'language')).toBe('export const LANGUAGE = "de";\nexport const NUMBER = {"decimal":",","group":".","groupFrom":4};');
    expect(() => textModule(course, 'nope')).toThrow('virtual:text/nope: src/locales/en.json has no namespace "nope"');
  });
});
