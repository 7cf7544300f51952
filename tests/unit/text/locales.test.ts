/**
 * The locale files, both ways: every language has exactly English's keys, filling in the same values; every key
 * is read by the code that imports its namespace, and every namespace the code imports exists and is typed.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE, availableLanguages, compareToReference, courseText, flatten, isPlural, merge, readLocale, type Strings } from '../../../src/build/locales.ts';

const english = readLocale(REFERENCE);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|astro|mdx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}
const code = new Map(sources('src').map((file) => [file, readFileSync(file, 'utf8')]));

/** The keys a reader of the code reaches: a plural's forms count as one key, its own. */
function keysOf(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' || isPlural(value) ? [path] : keysOf(value, path);
  });
}

describe('locales', () => {
  it('ship English and at least one more language', () => {
    expect(availableLanguages()).toContain('en');
    expect(availableLanguages().length).toBeGreaterThanOrEqual(2);
  });

  for (const language of availableLanguages().filter((l) => l !== REFERENCE)) {
    it(`${language}.json has exactly the keys of en.json, filling in the same values`, () => {
      expect(compareToReference(english, readLocale(language), `src/locales/${language}.json`)).toEqual([]);
    });

    it(`${language}.json translates what English says in words`, () => {
      // A string left in English is the likeliest slip; names and symbols may be the same in both.
      const theirs = flatten(readLocale(language));
      const same = [...flatten(english)].filter(([key, text]) => theirs.get(key) === text && /[a-z]{3,} [a-z]{3,}/i.test(text));
      expect(same.map(([key]) => key)).toEqual([]);
    });
  }

  it('every key of a namespace is read by the code that imports it', () => {
    const unread: string[] = [];
    for (const [namespace, strings] of Object.entries(english)) {
      if (typeof strings === 'string') continue;
      // Code reads a namespace as the course's (virtual:text/…), or, where no course is loaded, as English's JSON.
      const asEnglish = new RegExp(`import \\{ ${namespace}( as \\w+)? \\} from '[./]*locales/en\\.json'|locales/en\\.json'\\)\\['${namespace}'\\]`);
      const importers = [...code].filter(([, text]) => text.includes(`'virtual:text/${namespace}'`) || asEnglish.test(text)).map(([, text]) => text).join('\n');
      for (const key of keysOf(strings)) {
        expect(key, `${namespace}: keys are words the code can write after a dot`).toMatch(/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/);
        if (!new RegExp(`\\.${key.replaceAll('.', '\\.')}\\b`).test(importers)) unread.push(`${namespace}.${key}`);
      }
    }
    expect(unread, 'keys no code reads (remove them, or read them)').toEqual([]);
  });

  it('every namespace imported exists in en.json and has its type', () => {
    const declared = readFileSync('src/text/namespaces.d.ts', 'utf8');
    const imported = new Set([...code.values()].flatMap((text) => [...text.matchAll(/'virtual:text\/([\w-]+)'/g)].map((m) => m[1])));
    imported.delete('language');
    for (const namespace of imported) expect(Object.keys(english), `virtual:text/${namespace}`).toContain(namespace);
    for (const namespace of Object.keys(english)) expect(declared, namespace).toContain(`'virtual:text/${namespace}' { const text: English['${namespace}']`);
  });
});

describe('compareToReference', () => {
  const reference = { a: { hello: 'Hello {name}', count: { one: '{n} point', other: '{n} points' } }, b: { x: 'X' } };

  it('names missing, extra and mismatched keys', () => {
    const problems = compareToReference(reference, { a: { hello: 'Hallo {nom}', count: 'Punkte', extra: 'E' } }, 'de.json');
    expect(problems).toEqual([
      'de.json: "a.extra" is not a key of src/locales/en.json',
      'de.json: "a.hello" fills in {nom} where the English fills in {name}: "Hallo {nom}"',
      'de.json: "a.count" must be a plural ({ "one": …, "other": … })',
      'de.json: "b" is missing',
    ]);
  });

  it('lets a language have other plural forms than English, and a course override only some keys', () => {
    expect(compareToReference(reference, { a: { hello: 'Cześć {name}', count: { one: '{n} punkt', few: '{n} punkty', many: '{n} punktów', other: '{n} punktu' } }, b: { x: 'X' } }, 'pl.json')).toEqual([]);
    expect(compareToReference(reference, { b: { x: 'Ex' } }, 'locale.json', true)).toEqual([]);
    expect(compareToReference(reference, { b: { y: 'Why' } }, 'locale.json', true)).toEqual(['locale.json: "b.y" is not a key of src/locales/en.json']);
  });

  it('merges a course\'s overrides over the language', () => {
    expect(merge(reference, { a: { hello: 'Hi {name}' } })).toEqual({ ...reference, a: { ...reference.a, hello: 'Hi {name}' } });
  });
});

describe('courseText', () => {
  const course = (files: Record<string, unknown>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-course-'));
    for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(value));
    return dir;
  };

  it('picks the locale by the whole tag or its first part', () => {
    expect(courseText(course({ 'course.json': { language: 'de-CH' } }), 'my-course')).toMatchObject({ language: 'de-CH', locale: 'de' });
  });

  it('fails naming course.json for a language with no locale file', () => {
    expect(() => courseText(course({ 'course.json': { language: 'xx' } }), 'my-course')).toThrow('my-course/course.json: "language": "xx" has no locale file; src/locales/ has de, en.');
  });

  it('applies a course\'s locale.json, and fails naming it and the key it cannot change', () => {
    const ok = courseText(course({ 'course.json': { language: 'en' }, 'locale.json': { site: { skip: 'Jump to the text' } } }), 'my-course');
    expect((ok.strings.site as Strings).skip).toBe('Jump to the text');
    expect(() => courseText(course({ 'course.json': { language: 'en' }, 'locale.json': { site: { skipp: 'Jump' } } }), 'my-course')).toThrow('my-course/locale.json: "site.skipp" is not a key of src/locales/en.json');
  });
});
