/**
 * The words the site itself shows, per language: `src/locales/<language>.json`, one file per language, English
 * (`en.json`) the reference every other must match key for key. A course picks one with `language` in its
 * `course.json` and may change any string in its own `locale.json` beside it (same shape, only the keys it
 * changes). Read in Node only, by the build and the tests; the browser gets each namespace as a module
 * (text-modules.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Strings = { [key: string]: string | Strings };

// Relative to the project root, where the build, the dev server and the tests run.
export const LOCALES_DIR = resolve('src/locales');
export const REFERENCE = 'en';

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A plural is an object whose keys are CLDR categories, "other" among them; anything else is a namespace. */
export function isPlural(value: string | Strings): value is Strings {
  return typeof value === 'object' && 'other' in value && Object.keys(value).every((key) => PLURAL_CATEGORIES.has(key));
}

/** Every string of a locale by its dotted path; a plural's forms as `path.one`, `path.other`. */
export function flatten(strings: Strings, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** The `{names}` a string fills in, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** The languages with a locale file. */
export function availableLanguages(): string[] {
  return readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
}

function readJson(file: string, label: string): Strings {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Strings;
  } catch (error) {
    throw new Error(`${label}: not valid JSON (${(error as Error).message})`);
  }
}

export function readLocale(language: string): Strings {
  return readJson(join(LOCALES_DIR, `${language}.json`), `src/locales/${language}.json`);
}

/** The locale file a course's `language` ("de", "de-CH", "pt-BR") picks: the whole tag, else its first part. */
export function localeFor(language: string, courseLabel: string): string {
  const have = availableLanguages();
  const primary = language.toLowerCase().split('-')[0];
  const pick = have.find((l) => l.toLowerCase() === language.toLowerCase()) ?? have.find((l) => l === primary);
  if (!pick) throw new Error(`${courseLabel}: "language": "${language}" has no locale file; src/locales/ has ${have.join(', ')}. Copy en.json to ${primary}.json and translate it.`);
  return pick;
}

/**
 * What differs between a locale and the reference, as sentences naming the keys: missing or extra keys, strings
 * that fill in other values than the English does, plurals without "other". Empty when it matches.
 */
export function compareToReference(reference: Strings, locale: Strings, label: string, partial = false): string[] {
  const problems: string[] = [];
  const walk = (ref: Strings, loc: Strings, path: string): void => {
    for (const key of Object.keys(loc)) {
      if (!(key in ref) && !(isPlural(loc) && PLURAL_CATEGORIES.has(key))) problems.push(`${label}: "${path}${key}" is not a key of src/locales/${REFERENCE}.json`);
    }
    for (const [key, refValue] of Object.entries(ref)) {
      const value = loc[key];
      const where = `${label}: "${path}${key}"`;
      if (value === undefined) {
        if (!partial) problems.push(`${where} is missing`);
        continue;
      }
      if (typeof refValue === 'string' || isPlural(refValue)) {
        const refForms = typeof refValue === 'string' ? [refValue] : (Object.values(refValue) as string[]);
        const forms = typeof value === 'string' ? [value] : isPlural(value) ? (Object.values(value) as string[]) : null;
        if (forms === null || (typeof refValue === 'string') !== (typeof value === 'string')) {
          problems.push(`${where} must be ${typeof refValue === 'string' ? 'a string' : 'a plural ({ "one": …, "other": … })'}`);
          continue;
        }
        const want = placeholders(refForms.join(' ')).filter((name) => name !== 'n');
        for (const form of forms) {
          const got = placeholders(form).filter((name) => name !== 'n');
          if (got.join() !== want.join()) problems.push(`${where} fills in {${got.join('}, {')}} where the English fills in {${want.join('}, {')}}: "${form}"`);
        }
        continue;
      }
      if (typeof value !== 'object' || isPlural(value)) problems.push(`${where} must be a group of strings`);
      else walk(refValue, value, `${path}${key}.`);
    }
  };
  walk(reference, locale, '');
  return problems;
}

/** `base` with each string `override` names replaced. */
export function merge(base: Strings, override: Strings): Strings {
  const out: Strings = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const inner = out[key];
    out[key] = typeof value === 'object' && !isPlural(value) && typeof inner === 'object' ? merge(inner, value) : value;
  }
  return out;
}

export interface CourseText {
  /** The course's language tag, as `<html lang>` says it. */
  language: string;
  /** The locale file it picked. */
  locale: string;
  strings: Strings;
  /** The course's own overrides file, when it has one (for the dev server to watch). */
  overrides?: string;
}

/**
 * The strings of a course: its language's locale, with the course's `locale.json` on top. Fails, naming the file
 * and the key, when a locale does not match English or the overrides change a key English does not have.
 */
export function courseText(contentDir: string, contentLabel = 'content'): CourseText {
  const courseLabel = `${contentLabel}/course.json`;
  const { language } = readJson(join(contentDir, 'course.json'), courseLabel) as { language?: unknown };
  if (typeof language !== 'string' || !language) throw new Error(`${courseLabel}: "language" must be a language tag such as "en" or "de"`);
  const locale = localeFor(language, courseLabel);
  const reference = readLocale(REFERENCE);
  let strings = locale === REFERENCE ? reference : readLocale(locale);
  const problems = locale === REFERENCE ? [] : compareToReference(reference, strings, `src/locales/${locale}.json`);
  const overridesFile = join(contentDir, 'locale.json');
  const overrides = existsSync(overridesFile) ? overridesFile : undefined;
  if (overrides) {
    const own = readJson(overrides, `${contentLabel}/locale.json`);
    problems.push(...compareToReference(reference, own, `${contentLabel}/locale.json`, true));
    strings = merge(strings, own);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return { language, locale, strings, overrides };
}

/** How the language writes numbers: the marks, and from how many integer digits it groups them. */
export interface NumberMarks {
  decimal: string;
  group: string;
  /** 4 when 1234 is grouped (English, German), 5 when only 12345 is (Spanish, Polish). */
  groupFrom: number;
}

export function numberMarks(language: string): NumberMarks {
  const parts = new Intl.NumberFormat(language, { minimumFractionDigits: 1 }).formatToParts(12345.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? '';
  const groupsFour = new Intl.NumberFormat(language).formatToParts(1234).some((p) => p.type === 'group');
  return { decimal, group, groupFrom: groupsFour ? 4 : 5 };
}
