/**
 * What the search page says about its results. The index matches words, and loosely (prefixes, stems): a query
 * of markup, `<img src=x onerror=alert(1)>`, finds the chapters that say "one" and "on". The status names what
 * was actually matched (the words the index marked in the excerpts) whenever that is not simply the query.
 */
import text from 'virtual:text/search';
import { fill } from '../text/fill.ts';
import { plural } from '../text/plural.ts';

const words = (query: string) => query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const quote = (words: string) => fill(text.quoted, { text: words });
const MAX_WORDS = 5;

export function searchStatus(query: string, count: number, matched: string[]): string {
  const asked = quote(query.trim());
  if (count === 0) return fill(text.none, { query: asked });
  const queryWords = new Set(words(query));
  // The marked text may carry the punctuation around a word ("bias:"): compare words only.
  const found = [...new Set(matched.flatMap(words))];
  if (found.length === 0 || found.every((word) => queryWords.has(word))) return plural(text.found, count, { query: asked });
  const shown = found.slice(0, MAX_WORDS).map(quote);
  const list = shown.length === 1 ? shown[0] : fill(text.or, { list: shown.slice(0, -1).join(', '), last: shown.at(-1)! });
  return plural(text.loosely, count, { query: asked, words: found.length > MAX_WORDS ? fill(text.andMore, { list }) : list });
}

/** Said when the index is missing: it exists only after a production build. */
export const NO_INDEX = text.noIndex;
