/**
 * Tables of numbers as text. The build reads course authors' dataset files (`content/datasets/<id>.csv`) with
 * it, and the "Paste data" dialog reads whatever a reader copied from a spreadsheet. Both audiences see the
 * problems verbatim (an author in a build error, a reader inline under the text box), so every problem names
 * the line an editor shows and the column, and says what is wrong in plain words. Parsing never throws and
 * does bounded work, because pasted text can be anything.
 *
 * Pure and isomorphic: no DOM, no Node APIs.
 */
import { fill, pluralIn, type Plural } from '../../../text/fill.ts';

/**
 * The words problems are told in (the locale's `data` namespace) and their language, for plurals. The caller
 * says which: a reader's paste passes the course's (virtual:text/data); the build's checks of dataset files
 * pass English's, read from src/locales/en.json, since they speak to authors and run where no course is loaded.
 */
export interface CsvSpeech { words: CsvWords; language: string }
export type CsvWords = typeof import('../../../locales/en.json')['data'];

/** The speech of the parse under way (parseTable is synchronous, so one module-level slot is enough). */
let speech: CsvSpeech | undefined;
let words = {} as CsvWords;
const plural = (forms: Plural, n: number, values: Record<string, string | number>) => pluralIn(speech!.language, forms, n, values);

/** `line`: 1-based line in the text (0 when the whole text is at fault); `column`: 1-based field (0 when the whole line is). */
export interface CsvProblem {
  line: number;
  column: number;
  message: string;
}

/** `lines[i]` is the 1-based text line of `rows[i]`, so later checks (a value out of range) can point at it. */
export interface ParsedTable {
  header: string[] | null;
  rows: number[][];
  lines: number[];
}

export type TableResult = { ok: true; table: ParsedTable } | { ok: false; problems: CsvProblem[] };

export interface TableOptions {
  /** Exactly this many values per row (2 for x,y; 3 for x1,x2,label). */
  columns: number;
  /** Files need a header row of column names; pasted text may or may not have one. */
  header: 'required' | 'optional';
  /** Fewest data rows; default 2. */
  minRows?: number;
  /** The words problems are told in, and their language. */
  speech: CsvSpeech;
  /** Most data rows; default 500. */
  maxRows?: number;
}

/** Longer text is refused unread: no dataset in the essay comes near it, and it bounds the work a paste can cause. */
export const MAX_TEXT_LENGTH = 200_000;
/** Problems reported before giving up; a reader fixes the first few and pastes again. */
export const MAX_PROBLEMS = 10;
const DEFAULT_MIN_ROWS = 2;
const DEFAULT_MAX_ROWS = 500;

type Delimiter = '\t' | ';' | ',';

interface Cell {
  /** Unquoted cells are trimmed; a quoted cell keeps what is between its quotes (so names round-trip exactly). */
  text: string;
  line: number;
}

interface TextRecord {
  line: number;
  cells: Cell[];
  /** Whitespace only: skipped, like an empty line. */
  blank: boolean;
  /** A quoting mistake that makes the cells untrustworthy; the record is reported and not read further. */
  problem: CsvProblem | null;
}

/**
 * How many cells the first non-blank line holds, read with the same delimiter and quoting rules as
 * parseTable (a file's header says whether it is x,y or x1,x2,label). 0 for empty or oversized text.
 */
export function countColumns(text: string): number {
  if (text.length > MAX_TEXT_LENGTH) return 0;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const first = tokenize(body, detectDelimiter(body)).records.find((record) => !record.blank);
  return first?.cells.length ?? 0;
}

/** Reads a table of numbers, with an optional or required header row. Never throws. */
export function parseTable(text: string, options: TableOptions): TableResult {
  const previous = speech;
  speech = options.speech;
  words = speech.words;
  try {
    return parseWith(text, options);
  } finally {
    speech = previous;
    if (previous) words = previous.words;
  }
}

function parseWith(text: string, options: TableOptions): TableResult {
  const { columns, header: headerRule } = options;
  const minRows = options.minRows ?? DEFAULT_MIN_ROWS;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (text.length > MAX_TEXT_LENGTH) {
    return failed([{ line: 0, column: 0, message: fill(words.tooLong, { max: MAX_TEXT_LENGTH, found: text.length }) }]);
  }
  // Excel writes a byte-order mark at the start of "CSV UTF-8" files; it is not part of the first name. (Trimming
  // would also drop it, as JavaScript counts U+FEFF as whitespace; removing it here does not rely on that.)
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const { records, unclosed } = tokenize(body, delimiter);
  const filled = records.filter((record) => !record.blank);
  const totalLines = lineCount(body);

  const problems: CsvProblem[] = [];
  let stopped = false;
  const report = (problem: CsvProblem): void => {
    if (stopped) return;
    if (problems.length < MAX_PROBLEMS) {
      problems.push(problem);
      return;
    }
    stopped = true;
    const after = totalLines - problem.line;
    const stoppedAt = fill(words.stopped, { max: MAX_PROBLEMS, row: problem.line });
    problems.push({ line: problem.line, column: 0, message: after > 0 ? plural(words.notChecked, after, { text: stoppedAt }) : stoppedAt });
  };

  // The first line is the header when it names things; with 'required' a line that is all numbers is data
  // missing its header (reported, and still read as data so its other mistakes show too).
  const first = filled[0];
  const headerRecord =
    first !== undefined && (looksLikeHeader(first.cells, delimiter) || (first.problem !== null && headerRule === 'required')) ? first : null;
  const data = headerRecord === null ? filled : filled.slice(1);

  // Empty text (not text swallowed by an open quote): say first what the file must start with.
  if (first === undefined && unclosed === null && headerRule === 'required') report({ line: 0, column: 0, message: missingHeader(columns) });
  // The count is known before any row is read (unless a quote swallowed the rest), so it is reported next.
  if (unclosed === null) {
    if (data.length < minRows) report({ line: 0, column: 0, message: plural(words.atLeast, minRows, { found: data.length }) });
    else if (data.length > maxRows) report({ line: 0, column: 0, message: plural(words.atMost, maxRows, { found: data.length }) });
  }

  let header: string[] | null = null;
  if (headerRecord !== null) header = readHeader(headerRecord, columns, report);
  else if (headerRule === 'required' && first !== undefined) {
    report({ line: first.line, column: 0, message: fill(words.row, { row: first.line, problem: missingHeader(columns) }) });
  }

  const rows: number[][] = [];
  const lines: number[] = [];
  for (const record of data) {
    if (stopped) break;
    const values = readRow(record, columns, delimiter, report);
    if (values !== null) {
      rows.push(values);
      lines.push(record.line);
    }
  }
  if (unclosed !== null) report(unclosed);

  if (problems.length > 0) return failed(problems);
  return { ok: true, table: { header, rows, lines } };
}

/**
 * CSV with `\n` line ends and a final newline, readable by `parseTable` with `header: 'required'`. Numbers are
 * written with `String(n)` (the shortest text that reads back as the same double; -0 is written as 0).
 * Header cells are quoted when they hold anything the reader would otherwise split on or trim away.
 * Throws RangeError for a non-finite number or a row whose length differs from the header's: that is a bug
 * in the caller, and writing `NaN` would only produce a file that cannot be read back.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly number[])[]): string {
  const lines = [header.map(quoteIfNeeded).join(',')];
  rows.forEach((row, index) => {
    if (row.length !== header.length) throw new RangeError(`row ${index + 1} has ${row.length} values; the header names ${header.length}`);
    for (const value of row) if (!Number.isFinite(value)) throw new RangeError(`row ${index + 1} holds ${value}, which a table cannot store`);
    lines.push(row.map((value) => String(value)).join(','));
  });
  return `${lines.join('\n')}\n`;
}

function failed(problems: CsvProblem[]): TableResult {
  return { ok: false, problems };
}

function missingHeader(columns: number): string {
  const example = columns === 2 ? 'x,y' : columns === 3 ? 'x1,x2,label' : Array.from({ length: columns }, (_, i) => `c${i + 1}`).join(',');
  return fill(words.missingHeader, { example });
}

/** The column names, or null after reporting why they cannot be used. */
function readHeader(record: TextRecord, columns: number, report: (problem: CsvProblem) => void): string[] | null {
  const cells = cellsOf(record, columns, words.names, report);
  if (!cells) return null;
  let good = true;
  cells.forEach((cell, index) => {
    if (cell.text.trim() === '') {
      good = false;
      report({ line: cell.line, column: index + 1, message: fill(words.cell, { row: cell.line, column: index + 1, problem: words.emptyName }) });
    }
  });
  return good ? cells.map((cell) => cell.text) : null;
}

/** A record's cells, or null after reporting a broken record or the wrong number of `what`s in it. */
function cellsOf(record: TextRecord, columns: number, expected: Plural, report: (problem: CsvProblem) => void): TextRecord['cells'] | null {
  const { line, cells } = record;
  if (record.problem !== null) {
    report(record.problem);
    return null;
  }
  if (cells.length !== columns) {
    report({ line, column: 0, message: fill(words.row, { row: line, problem: plural(expected, columns, { found: cells.length }) }) });
    return null;
  }
  return cells;
}

function readRow(record: TextRecord, columns: number, delimiter: Delimiter, report: (problem: CsvProblem) => void): number[] | null {
  const cells = cellsOf(record, columns, words.values, report);
  if (!cells) return null;
  const values: number[] = [];
  let good = true;
  cells.forEach((cell, index) => {
    const read = readNumber(cell.text, delimiter);
    if (typeof read === 'number') values.push(read);
    else {
      good = false;
      report({ line: cell.line, column: index + 1, message: fill(words.cell, { row: cell.line, column: index + 1, problem: read }) });
    }
  });
  return good ? values : null;
}

/** A header names things: some cell holds text that is not a number. Empty cells alone do not make one (a data row with a gap is still data). */
function looksLikeHeader(cells: readonly Cell[], delimiter: Delimiter): boolean {
  return cells.some((cell) => cell.text.trim() !== '' && typeof readNumber(cell.text, delimiter) !== 'number');
}

// Signs: ASCII minus, plus, and the true minus (U+2212) that spreadsheets and the essay's own prose print.
const POINT_NUMBER = /^[+\-\u2212]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-\u2212]?\d+)?$/;
// With tabs or semicolons between cells a comma is free to be the decimal mark, as European spreadsheets write it.
const POINT_OR_COMMA_NUMBER = /^[+\-\u2212]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+\-\u2212]?\d+)?$/;
const THOUSANDS = /^[+\-\u2212]?\d{1,3}(?:[,.\s']\d{3})+(?:[.,]\d+)?$/;

/** The cell's number, or why it is not one (the text after "row 7, column 2: "). */
function readNumber(raw: string, delimiter: Delimiter): number | string {
  const text = raw.trim();
  if (text === '') return words.emptyCell;
  const pattern = delimiter === ',' ? POINT_NUMBER : POINT_OR_COMMA_NUMBER;
  if (!pattern.test(text)) return `${fill(words.notNumber, { cell: shown(text) })}${hintFor(text, delimiter)}`;
  const value = Number(text.replace(/\u2212/g, '-').replace(',', '.'));
  if (!Number.isFinite(value)) return fill(words.tooLarge, { cell: shown(text) });
  // -0 reads as 0: no figure distinguishes them, and equality checks downstream stay simple.
  return value === 0 ? 0 : value;
}

function hintFor(text: string, delimiter: Delimiter): string {
  // Hints only for short cells: the patterns are cheap, but a 100 000-character cell needs no hint.
  if (text.length > 40) return '';
  if (delimiter === ',' && text.includes(',') && /\d/.test(text)) {
    return words.commaHint;
  }
  if (THOUSANDS.test(text)) return words.thousandsHint;
  return '';
}

/** A cell as quoted in a message: one line, and short enough to read. */
function shown(text: string): string {
  const flat = text.slice(0, 100).replace(/\s+/g, ' ');
  if (flat.length <= 24) return `'${flat}'`;
  // Never end on half of a surrogate pair (an emoji cut in two prints as garbage).
  return `'${flat.slice(0, 23).replace(/[\uD800-\uDBFF]$/, '')}…'`;
}

function quoteIfNeeded(name: string): string {
  // Semicolons and tabs too, though the writer separates with commas: unquoted, they would make the reader pick them as the delimiter.
  const needsQuotes = /[",;\t\r\n]/.test(name) || name !== name.trim();
  return needsQuotes ? `"${name.replace(/"/g, '""')}"` : name;
}

/** Whitespace inside a line that is not the delimiter (a tab is one in tab-separated text). */
function isInlineSpace(char: string, delimiter: Delimiter): boolean {
  return char !== delimiter && char !== '\n' && char !== '\r' && /\s/.test(char);
}

/**
 * Tab if a tab separates two things on a line, else semicolon if there is one, else comma; only text outside
 * quotes counts, so a name like "price; €" does not decide. Spreadsheets copy cells with tabs between them;
 * European exports use semicolons because their decimal mark is the comma. A tab at the start or end of a
 * line (indentation, trailing whitespace, a blank line) separates nothing and is only whitespace. A quote
 * opens a quoted cell only at a cell's start (after a line break or any candidate delimiter, and optional
 * spaces), as in the tokenizer.
 */
function detectDelimiter(text: string): Delimiter {
  let semicolon = false;
  let atCellStart = true;
  let lineHasContent = false;
  let tabAfterContent = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || char === '\r') {
      atCellStart = true;
      lineHasContent = false;
      tabAfterContent = false;
      continue;
    }
    if (char === '\t') {
      tabAfterContent = lineHasContent;
      atCellStart = true;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (tabAfterContent) return '\t';
    lineHasContent = true;
    if (char === '"' && atCellStart) {
      const close = closingQuote(text, i + 1);
      if (close < 0) break;
      i = close;
      atCellStart = false;
    } else if (char === ';' || char === ',') {
      if (char === ';') semicolon = true;
      atCellStart = true;
    } else {
      atCellStart = false;
    }
  }
  return semicolon ? ';' : ',';
}

/** Index of the quote that closes a quoted cell whose text starts at `from` (a doubled `""` is a literal quote), or -1. */
function closingQuote(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0 || text[quote + 1] !== '"') return quote;
    at = quote + 2;
  }
}

/** Line breaks in `text`: `\r\n`, `\n` and `\r` each count once. */
function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) count++;
  }
  return count;
}

function lineCount(text: string): number {
  if (text === '') return 0;
  const breaks = countLineBreaks(text);
  return /[\r\n]$/.test(text) ? breaks : breaks + 1;
}

/**
 * Splits the text into records of cells, tracking the text line each starts on. A quoted cell may span
 * lines. An unclosed quote swallows the rest of the text, so it ends tokenizing with a problem at the quote.
 */
function tokenize(text: string, delimiter: Delimiter): { records: TextRecord[]; unclosed: CsvProblem | null } {
  const records: TextRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = i;
    const recordLine = line;
    const cells: Cell[] = [];
    let problem: CsvProblem | null = null;
    for (;;) {
      let j = i;
      while (j < n && isInlineSpace(text[j], delimiter)) j++;
      if (text[j] === '"') {
        const cellLine = line;
        const column = cells.length + 1;
        const close = closingQuote(text, j + 1);
        if (close < 0) {
          return { records, unclosed: { line: cellLine, column, message: fill(words.cell, { row: cellLine, column, problem: words.unclosed }) } };
        }
        const inside = text.slice(j + 1, close);
        line += countLineBreaks(inside);
        cells.push({ text: inside.replace(/""/g, '"'), line: cellLine });
        let k = close + 1;
        while (k < n && isInlineSpace(text[k], delimiter)) k++;
        if (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') {
          problem = {
            line,
            column,
            message: fill(words.cell, { row: line, column, problem: words.afterQuote }),
          };
          while (k < n && text[k] !== '\n' && text[k] !== '\r') k++;
        }
        i = k;
      } else {
        let k = i;
        while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
        cells.push({ text: text.slice(i, k).trim(), line });
        i = k;
      }
      if (problem === null && text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    records.push({ line: recordLine, cells, blank: text.slice(start, i).trim() === '', problem });
    if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (text[i] === '\n') i++;
    line++;
  }
  return { records, unclosed: null };
}
