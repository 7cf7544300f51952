/**
 * What the search page says about its results. The index matches words, and loosely (prefixes, stems): a query
 * of markup, `<img src=x onerror=alert(1)>`, finds the chapters that say "one" and "on". The status names what
 * was actually matched (the words the index marked in the excerpts) whenever that is not simply the query.
 */
const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const quote = (text: string) => `“${text}”`;
const MAX_WORDS = 5;

export function searchStatus(query: string, count: number, matched: string[]): string {
  const asked = query.trim();
  if (count === 0) return `No chapter mentions ${quote(asked)}.`;
  const chapters = `${count} chapter${count === 1 ? '' : 's'}`;
  const verb = count === 1 ? 'mentions' : 'mention';
  const queryWords = new Set(words(asked));
  // The marked text may carry the punctuation around a word ("bias:"): compare words only.
  const found = [...new Set(matched.flatMap(words))];
  if (found.length === 0 || found.every((word) => queryWords.has(word))) return `${chapters} ${verb} ${quote(asked)}.`;
  const shown = found.slice(0, MAX_WORDS).map(quote);
  const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
  return `Nothing matches ${quote(asked)} exactly; ${chapters} ${verb} ${list}${found.length > MAX_WORDS ? ' and more' : ''}.`;
}
