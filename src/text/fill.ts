/**
 * Putting values into the sentences of a locale file, in the browser and at build time alike.
 *
 * A string names its values in braces: "{n} points; mean squared error {loss}". A plural is an object of CLDR
 * categories ("one", "few", "other", …; "other" always), chosen by the count `n` (plural.ts: in the course's
 * language). This file reads no course, so the build's own configuration may use it too.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Values = Record<string, string | number>;

/** Every `{name}` of `template` replaced by `values[name]`; a name with no value is the code's mistake. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`text "${template}" needs a value for {${name}}`);
    return String(values[name]);
  });
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for `n` in `language`, filled; `{n}` is the count unless `values` says otherwise. */
export function pluralIn(language: string, forms: Plural, n: number, values: Values = {}): string {
  let rule = rules.get(language);
  if (!rule) rules.set(language, (rule = new Intl.PluralRules(language)));
  return fill(forms[rule.select(n)] ?? forms.other, { n, ...values });
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** A sentence with markup in its places (`{glossary}` → a link): the sentence is escaped, the markup is not. */
export function fillMarkup(template: string, markup: Record<string, string>): string {
  return fill(escapeHtml(template), markup);
}
