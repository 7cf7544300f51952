/**
 * Checking a reader's answer: pure, so the unit tests and the page agree. A number is read the way people
 * type one (a decimal comma, a typographic minus, spaces between thousands); a choice is right or has a hint.
 */

export interface NumberAnswer {
  value: number;
  tolerance: number;
  unit?: string;
  explain?: string;
  hints: { value: number; hint: string }[];
}

/** A typed number, or null: "3", "-0,5", "−2", "1 000", " 0.25 ", "1e-3". */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().replace(/\u2212/g, '-').replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

export type NumberVerdict =
  | { kind: 'unreadable' }
  | { kind: 'right'; value: number }
  | { kind: 'wrong'; value: number; hint?: string; direction: 'higher' | 'lower' };

/** Within the tolerance is right; a number an author named gets its hint; any other wrong one, a direction. */
export function checkNumber(raw: string, answer: NumberAnswer): NumberVerdict {
  const value = parseNumber(raw);
  if (value === null) return { kind: 'unreadable' };
  // A hair of slack for decimals typed as shown (0.1 + 0.2 is not 0.3 in binary).
  const slack = answer.tolerance + 1e-9 * Math.max(1, Math.abs(answer.value));
  if (Math.abs(value - answer.value) <= slack) return { kind: 'right', value };
  const named = answer.hints.find((h) => Math.abs(h.value - value) <= slack);
  return { kind: 'wrong', value, hint: named?.hint, direction: value < answer.value ? 'higher' : 'lower' };
}
