/** Plurals in the course's language (fill.ts pluralIn, with the language the build serves). */
import { LANGUAGE } from 'virtual:text/language';
import { pluralIn, type Plural, type Values } from './fill.ts';

export function plural(forms: Plural, n: number, values: Values = {}): string {
  return pluralIn(LANGUAGE, forms, n, values);
}
