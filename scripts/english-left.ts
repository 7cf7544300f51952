/**
 * Finding English left on a page of a course in another language. Two nets:
 *   - every phrase of the English locale whose translation differs, cut at its `{placeholders}`: a string the
 *     code still takes from English, or a key the translation forgot;
 *   - English's commonest small words ("the", "of", "your", …), which no German or Spanish sentence holds: a
 *     sentence still written into the code in English, which the locale cannot know about.
 */
import { flatten, type Strings } from '../src/build/locales.ts';

/** Words of English prose that the other languages' prose does not contain. */
export const ENGLISH_WORDS = ['the', 'and', 'of', 'to', 'with', 'this', 'your', 'from', 'is', 'are', 'for', 'it', 'its', 'on', 'you', 'what', 'which', 'then', 'than', 'each', 'every'];

/** The phrases of `english` that `other` says differently: each piece between placeholders, if it has words. */
export function englishPhrases(english: Strings, other: Strings): string[] {
  const theirs = flatten(other);
  const phrases = new Set<string>();
  for (const [key, text] of flatten(english)) {
    if (theirs.get(key) === text) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const phrase = piece.trim().replace(/^[\s:;,.…·→←▸▶❚]+|[\s:;,.…·→←▸▶❚]+$/g, '');
      // A word of three letters or more: shorter pieces ("of", "x") match everywhere and say nothing.
      if (/\p{L}{3,}/u.test(phrase) && !theirsHolds(theirs, phrase)) phrases.add(phrase);
    }
  }
  return [...phrases].sort((a, b) => b.length - a.length);
}

/** Whether the translation itself uses the phrase (a name such as "ReLU", or "Start" in German too). */
function theirsHolds(theirs: Map<string, string>, phrase: string): boolean {
  for (const text of theirs.values()) if (wordsMatch(text, phrase)) return true;
  return false;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `phrase` in `text` as whole words, case as written. */
function wordsMatch(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** What of `text` reads as English: the phrases found, then the small words, each once. */
export function englishIn(text: string, phrases: readonly string[]): string[] {
  const found = phrases.filter((phrase) => wordsMatch(text, phrase));
  const words = ENGLISH_WORDS.filter((word) => new RegExp(`(?<![\\p{L}\\p{N}'’-])${word}(?![\\p{L}\\p{N}'’-])`, 'iu').test(text));
  return [...found, ...words.map((word) => `the word "${word}"`)];
}

/** Where `found` (a phrase, or `the word "x"`) first reads in `text`, with a few words around it, on one line. */
export function around(text: string, found: string): string {
  const word = /^the word "(.+)"$/.exec(found)?.[1];
  const pattern = word ? new RegExp(`(?<![\\p{L}\\p{N}'’-])${word}(?![\\p{L}\\p{N}'’-])`, 'iu') : new RegExp(`(?<![\\p{L}\\p{N}])${escape(found)}(?![\\p{L}\\p{N}])`, 'u');
  const at = pattern.exec(text);
  if (!at) return '';
  return text.slice(Math.max(0, at.index - 50), at.index + at[0].length + 40).replace(/\s+/g, ' ').trim();
}
