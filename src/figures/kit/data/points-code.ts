/**
 * A reader's edited points as one value of a figure's URL state, so a link shows the same data. The state is
 * `key:value,key:value` (see `serialize` in contract/spec.ts), so the code holds no `,` or `:`; it uses only
 * characters that URLSearchParams and encodeURIComponent leave as they are (digits, `.`, `-`, `_`, `*`,
 * letters), so a shared link stays readable. (Not `~`: URLSearchParams, which writes the page URL, escapes it
 * as %7E.)
 *
 *   p1*0.5_3.3*0.9_2.8*1.4_4.1      version letter and number, then `*` before each row, `_` between values
 *
 * Values are rounded to 3 decimals (finer than a reader can drag) and written without trailing zeros. A
 * class label (the third column of 2-D data) is 0 or 1. Decoding never throws and refuses anything it
 * could not have written, so a mangled link falls back to the figure's own data instead of showing garbage.
 *
 * Pure and isomorphic: no DOM, no Node APIs.
 */

/** `[x, y]` for 1-D data, `[x1, x2, label]` for 2-D classes. */
export type Row = readonly number[];

/**
 * Leaves room for the figure's other state under the 8000 characters `deserialize` reads: enough for a
 * two-class dataset of 120 points and more (about 15 characters a point), and well within what browsers and
 * servers take in an address.
 */
export const MAX_CODE_LENGTH = 7800;

const VERSION = 'p1';
const ROW_MARK = '*';
const VALUE_MARK = '_';
const SCALE = 1000;
/**
 * Values are stored as whole thousandths; below 10^15 those are exact doubles and print without an exponent.
 * So |value| < 10^12, far beyond any axis in the essay.
 */
const MAX_THOUSANDTHS = 1e15;
const DEFAULT_MIN_ROWS = 2;
const DEFAULT_MAX_ROWS = 500;

/** Canonical form only: no leading or trailing zeros, at most 3 decimals, at most 12 whole digits. `-0` is refused below. */
const VALUE = /^-?(?:0|[1-9]\d{0,11})(?:\.\d{0,2}[1-9])?$/;

/**
 * The rows as a code, or null when they cannot travel in a link: the code would be longer than
 * MAX_CODE_LENGTH (the caller says the edit is too large to share), or a row does not hold `columns` finite
 * values (a label being 0 or 1), or a value is beyond ±10^12. Row counts are not checked here: they are the
 * reader's limits, given to `decodeRows`.
 */
export function encodeRows(rows: readonly Row[], columns: number): string | null {
  let code = VERSION;
  for (const row of rows) {
    if (row.length !== columns) return null;
    const values: string[] = [];
    for (let index = 0; index < columns; index++) {
      const text = isLabelColumn(index, columns) ? writeLabel(row[index]) : writeValue(row[index]);
      if (text === null) return null;
      values.push(text);
    }
    code += ROW_MARK + values.join(VALUE_MARK);
    // Stop as soon as it is too long: the rows may be many more than a link could hold.
    if (code.length > MAX_CODE_LENGTH) return null;
  }
  return code;
}

/**
 * The rows a code holds, or null for anything `encodeRows` could not have written: another version, the
 * wrong number of values in a row, a value not in canonical form, a label other than 0 or 1, a code longer
 * than MAX_CODE_LENGTH, or fewer than `minRows` (default 2) or more than `maxRows` (default 500) rows.
 */
export function decodeRows(code: string, columns: number, limits: { minRows?: number; maxRows?: number } = {}): number[][] | null {
  const minRows = limits.minRows ?? DEFAULT_MIN_ROWS;
  const maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  if (code.length > MAX_CODE_LENGTH) return null;
  let parts: string[];
  if (code === VERSION) parts = [];
  else if (code.startsWith(VERSION + ROW_MARK)) parts = code.slice(VERSION.length + ROW_MARK.length).split(ROW_MARK);
  else return null;
  if (parts.length < minRows || parts.length > maxRows) return null;
  const rows: number[][] = [];
  for (const part of parts) {
    const texts = part.split(VALUE_MARK);
    if (texts.length !== columns) return null;
    const row: number[] = [];
    for (let index = 0; index < columns; index++) {
      const value = isLabelColumn(index, columns) ? readLabel(texts[index]) : readValue(texts[index]);
      if (value === null) return null;
      row.push(value);
    }
    rows.push(row);
  }
  return rows;
}

/** 2-D class data is `[x1, x2, label]`. */
function isLabelColumn(index: number, columns: number): boolean {
  return columns === 3 && index === 2;
}

function writeLabel(value: number): string | null {
  return value === 0 || value === 1 ? String(value) : null;
}

function readLabel(text: string): number | null {
  return text === '0' ? 0 : text === '1' ? 1 : null;
}

/** The value rounded to thousandths, in plain decimal digits (never an exponent, which `-`/`+` would spoil). */
function writeValue(value: number): string | null {
  const thousandths = Math.round(value * SCALE);
  // Written so that NaN fails too; ±Infinity, and values so large that ×1000 overflows, are beyond the bound.
  if (!(Math.abs(thousandths) < MAX_THOUSANDTHS)) return null;
  const digits = String(Math.abs(thousandths)).padStart(4, '0');
  const fraction = digits.slice(-3).replace(/0+$/, '');
  // -0 (also what a small negative rounds to) is not below 0, so it is written "0": "-0" is not canonical.
  return `${thousandths < 0 ? '-' : ''}${digits.slice(0, -3)}${fraction ? `.${fraction}` : ''}`;
}

function readValue(text: string): number | null {
  if (text === '-0' || !VALUE.test(text)) return null;
  return Number(text);
}
