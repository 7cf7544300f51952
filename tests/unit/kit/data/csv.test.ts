import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatTable,
  MAX_PROBLEMS,
  MAX_TEXT_LENGTH,
  parseTable as parseIn,
  type CsvProblem,
  type TableOptions,
  type TableResult,
} from '../../../../src/figures/kit/data/csv.ts';
import { readLocale } from '../../../../src/build/locales.ts';

/** The parser as the build calls it: problems told in English. */
const english = { words: readLocale('en').data as never, language: 'en' };
const parseTable = (text: string, options: Omit<TableOptions, 'speech'>): TableResult => parseIn(text, { ...options, speech: english });

const file: Omit<TableOptions, 'speech'> = { columns: 2, header: 'required' };
const pasted: Omit<TableOptions, 'speech'> = { columns: 2, header: 'optional' };

/** The table of a result that must be ok (the problems are shown when it is not, which makes failures readable). */
function table(result: TableResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result.table;
}

function problems(result: TableResult): CsvProblem[] {
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.table)}`);
  return result.problems;
}

describe('parseTable: delimiters, line ends and quoting', () => {
  it('reads two columns pasted from a spreadsheet: tabs, decimal commas, CRLF and a header', () => {
    const text = 'hours\tscore\r\n0,5\t3,3\r\n1,25\t4\r\n2\t5,75\r\n';
    expect(table(parseTable(text, pasted))).toEqual({
      header: ['hours', 'score'],
      rows: [
        [0.5, 3.3],
        [1.25, 4],
        [2, 5.75],
      ],
      lines: [2, 3, 4],
    });
  });

  it('reads pasted numbers without a header when the first line is all numbers', () => {
    expect(table(parseTable('1\t2\n3\t4\n', pasted))).toEqual({ header: null, rows: [[1, 2], [3, 4]], lines: [1, 2] });
  });

  it('reads semicolon-separated text with decimal commas, as European exports write it', () => {
    expect(table(parseTable('x;y\n1,5;-2,25\n3;4\n', file)).rows).toEqual([
      [1.5, -2.25],
      [3, 4],
    ]);
  });

  it('reads comma-separated text with decimal points', () => {
    expect(table(parseTable('x,y\n1.5,-2.25\n3,4\n', file)).rows).toEqual([
      [1.5, -2.25],
      [3, 4],
    ]);
  });

  it('prefers tab over semicolon over comma', () => {
    // Tab wins: the semicolon and comma are inside cells, so "1;5" is no number.
    expect(problems(parseTable('x\ty\n1;5\t2\n3\t4\n', file))[0]).toEqual({ line: 2, column: 1, message: "row 2, column 1: '1;5' is not a number" });
    // Semicolon beats comma: the comma is a decimal mark.
    expect(table(parseTable('x;y\n1,5;2\n3;4\n', file)).rows).toEqual([[1.5, 2], [3, 4]]);
  });

  it('takes a tab at the start or end of a line (indentation, trailing whitespace) for whitespace, not a delimiter', () => {
    expect(table(parseTable('x,y\n\t1.5,2\t\n\t\n3,4\n', file)).rows).toEqual([[1.5, 2], [3, 4]]);
    // A tab between two things anywhere decides, even on a later line.
    expect(problems(parseTable('x,y\n1,2\n3\t4\n', file))[0]).toEqual({ line: 1, column: 0, message: 'row 1: expected 2 column names, found 1' });
  });

  it('does not let a delimiter inside quotes decide', () => {
    expect(table(parseTable('"price; €",y\n1,2\n3,4\n', file))).toEqual({ header: ['price; €', 'y'], rows: [[1, 2], [3, 4]], lines: [2, 3] });
    expect(table(parseTable('"a\tb",y\n1,2\n3,4\n', file)).header).toEqual(['a\tb', 'y']);
  });

  it('accepts \\n, \\r\\n and lone \\r line ends, mixed, and counts each as one line', () => {
    const result = table(parseTable('x,y\r1,2\r\n3,4\n5,6\r', file));
    expect(result.rows).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(result.lines).toEqual([2, 3, 4]);
  });

  it('ignores a leading byte-order mark (Excel "CSV UTF-8")', () => {
    expect(table(parseTable('\uFEFFx,y\n1,2\n3,4\n', file)).header).toEqual(['x', 'y']);
    // Without stripping it, the first line would be "\uFEFF1,2": a header, leaving one point.
    expect(table(parseTable('\uFEFF1,2\n3,4\n', pasted))).toEqual({ header: null, rows: [[1, 2], [3, 4]], lines: [1, 2] });
  });

  it('skips blank and whitespace-only lines, and keeps the text line numbers of the rest', () => {
    const result = table(parseTable('\n  \nx,y\n\n1,2\n \t \n3,4\n\n', file));
    expect(result.header).toEqual(['x', 'y']);
    expect(result.rows).toEqual([[1, 2], [3, 4]]);
    expect(result.lines).toEqual([5, 7]);
  });

  it('skips empty spreadsheet rows, which copy as a lone tab', () => {
    expect(table(parseTable('1\t2\n\t\n3\t4\n', pasted)).rows).toEqual([[1, 2], [3, 4]]);
  });

  it('trims cells', () => {
    expect(table(parseTable('  x , y \n 1 ,  2\n3,4   \n', file))).toEqual({ header: ['x', 'y'], rows: [[1, 2], [3, 4]], lines: [2, 3] });
  });

  it('reads double-quoted cells: a delimiter inside, doubled quotes, a line break inside', () => {
    const result = table(parseTable('"a ""b""","c,d"\n"1","2"\n "3" , "4" \n', file));
    expect(result.header).toEqual(['a "b"', 'c,d']);
    expect(result.rows).toEqual([[1, 2], [3, 4]]);
    const multiline = table(parseTable('"two\nlines",y\n1,2\n3,4\n', file));
    expect(multiline.header).toEqual(['two\nlines', 'y']);
    expect(multiline.lines).toEqual([3, 4]);
  });

  it('keeps spaces inside quotes in a name, and trims them around a quoted number', () => {
    expect(table(parseTable('" x ",y\n" 1 ",2\n3,4\n', file))).toEqual({ header: [' x ', 'y'], rows: [[1, 2], [3, 4]], lines: [2, 3] });
  });

  it('reads a quoted decimal comma in semicolon-separated text', () => {
    expect(table(parseTable('x;y\n"2,5";1\n3;4\n', file)).rows).toEqual([[2.5, 1], [3, 4]]);
  });

  it('treats a quote in the middle of an unquoted cell as a character', () => {
    expect(table(parseTable('size 5",y\n1,2\n3,4\n', file)).header).toEqual(['size 5"', 'y']);
  });
});

describe('parseTable: numbers', () => {
  const one = (cell: string, options: Omit<TableOptions, 'speech'> = { columns: 1, header: 'optional', minRows: 1 }) => parseTable(`${cell}\n`, options);

  it('accepts signs, exponents, leading and trailing points', () => {
    const cases: [string, number][] = [
      ['+2.5', 2.5],
      ['-2.5', -2.5],
      ['1e-3', 0.001],
      ['1E3', 1000],
      ['2.5e+2', 250],
      ['.5', 0.5],
      ['5.', 5],
      ['007', 7],
      ['0', 0],
    ];
    for (const [cell, value] of cases) expect(table(one(cell)).rows, cell).toEqual([[value]]);
  });

  it('reads the Unicode minus (U+2212) that spreadsheets and the essay print, in the number and in its exponent', () => {
    expect(table(one('\u22123.5')).rows).toEqual([[-3.5]]);
    expect(table(one('2e\u22122')).rows).toEqual([[0.02]]);
  });

  it('reads -0 as 0', () => {
    expect(Object.is(table(one('-0')).rows[0][0], 0)).toBe(true);
  });

  it('accepts a decimal comma only when commas do not separate cells', () => {
    expect(table(parseTable('2,5\t1\n3\t4\n', pasted)).rows[0]).toEqual([2.5, 1]);
    expect(table(parseTable('2,5;1\n3;4\n', pasted)).rows[0]).toEqual([2.5, 1]);
    expect(problems(parseTable('x,y\n"2,5",1\n3,4\n', file))).toEqual([
      {
        line: 2,
        column: 1,
        message: "row 2, column 1: '2,5' is not a number (with commas between cells, write decimals with a point and leave out thousands separators)",
      },
    ]);
  });

  it('rejects thousands separators, NaN, Infinity, hex and other text, naming the cell', () => {
    const bad = ['1,234.5', '1.234,5', '1 234', '1.234.567', 'NaN', 'Infinity', '-Infinity', '0x1f', 'abc', '1e', 'e3', '--1', '+-1', '- 1', '1_000', '½', '٣', '50%', '.', '1.2.3'];
    for (const cell of bad) {
      const found = problems(parseTable(`x\ty\n${cell}\t1\n3\t4\n`, file));
      expect(found, cell).toHaveLength(1);
      expect(found[0].line, cell).toBe(2);
      expect(found[0].column, cell).toBe(1);
      expect(found[0].message, cell).toMatch(/^row 2, column 1: '.+' is not a number/);
    }
  });

  it('hints at thousands separators', () => {
    expect(problems(parseTable('x;y\n1.234,5;1\n3;4\n', file))[0].message).toBe("row 2, column 1: '1.234,5' is not a number (leave out thousands separators)");
  });

  it('says a number too large for a double is too large', () => {
    expect(problems(parseTable('x,y\n1e999,1\n3,-1e400\n', file))).toEqual([
      { line: 2, column: 1, message: "row 2, column 1: '1e999' is too large" },
      { line: 3, column: 2, message: "row 3, column 2: '-1e400' is too large" },
    ]);
  });

  it('reports an empty cell', () => {
    expect(problems(parseTable('x,y\n1,\n3,4\n', file))).toEqual([{ line: 2, column: 2, message: 'row 2, column 2: empty cell, expected a number' }]);
    expect(problems(parseTable('x,y\n1,""\n3,4\n', file))[0].message).toBe('row 2, column 2: empty cell, expected a number');
  });

  it('shortens a long bad cell and keeps it on one line in the message', () => {
    const [problem] = problems(parseTable(`x,y\n"${'a'.repeat(100)}\nb",1\n3,4\n`, file));
    expect(problem.message).toBe(`row 2, column 1: '${'a'.repeat(23)}…' is not a number`);
    expect(problems(parseTable('x,y\n"a\nb",1\n3,4\n', file))[0].message).toBe("row 2, column 1: 'a b' is not a number");
    expect(problems(parseTable(`x,y\n${'a'.repeat(22)}😀😀,1\n3,4\n`, file))[0].message).toBe(`row 2, column 1: '${'a'.repeat(22)}…' is not a number`);
  });
});

describe('parseTable: header', () => {
  it("with 'optional', the first line is a header when any cell is text", () => {
    expect(table(parseTable('x,2\n1,2\n3,4\n', pasted)).header).toEqual(['x', '2']);
    expect(table(parseTable('1,2\n3,4\n', pasted)).header).toBeNull();
  });

  it("with 'optional', a first data row with an empty cell is data with a gap, not a header", () => {
    expect(problems(parseTable('1,\n3,4\n5,6\n', pasted))).toEqual([{ line: 1, column: 2, message: 'row 1, column 2: empty cell, expected a number' }]);
  });

  it("with 'required', a first line of numbers is reported at its line and still read as data", () => {
    expect(problems(parseTable('\n1,2\n3,x\n', file))).toEqual([
      { line: 2, column: 0, message: 'row 2: the first line must name the columns (for example "x,y")' },
      { line: 3, column: 2, message: "row 3, column 2: 'x' is not a number" },
    ]);
  });

  it('gives an example header that fits the column count', () => {
    expect(problems(parseTable('1,2,0\n3,4,1\n', { columns: 3, header: 'required' }))[0].message).toBe(
      'row 1: the first line must name the columns (for example "x1,x2,label")',
    );
  });

  it('reports a header with the wrong number of names', () => {
    expect(problems(parseTable('x,y,z\n1,2\n3,4\n', file))).toEqual([{ line: 1, column: 0, message: 'row 1: expected 2 column names, found 3' }]);
  });

  it('reports an empty column name, by its column', () => {
    expect(problems(parseTable('x,\n1,2\n3,4\n', file))).toEqual([{ line: 1, column: 2, message: 'row 1, column 2: the column name is empty' }]);
    expect(problems(parseTable('" ",y\n1,2\n3,4\n', file))).toEqual([{ line: 1, column: 1, message: 'row 1, column 1: the column name is empty' }]);
  });

  it('reports empty text: the missing header first, then the missing points', () => {
    expect(problems(parseTable('', file))).toEqual([
      { line: 0, column: 0, message: 'the first line must name the columns (for example "x,y")' },
      { line: 0, column: 0, message: 'needs at least 2 points, found 0' },
    ]);
    expect(problems(parseTable(' \n\r\n', pasted))).toEqual([{ line: 0, column: 0, message: 'needs at least 2 points, found 0' }]);
  });
});

describe('parseTable: row problems', () => {
  it('reports a row with the wrong number of cells at its text line, column 0', () => {
    expect(problems(parseTable('x,y\n1,2\n\n3,4,5\n6\n7,8\n', file))).toEqual([
      { line: 4, column: 0, message: 'row 4: expected 2 values, found 3' },
      { line: 5, column: 0, message: 'row 5: expected 2 values, found 1' },
    ]);
  });

  it('reports each bad cell of a row, by field number', () => {
    expect(problems(parseTable('a,b,c\n1,x,y\n1,2,3\n', { columns: 3, header: 'required' }))).toEqual([
      { line: 2, column: 2, message: "row 2, column 2: 'x' is not a number" },
      { line: 2, column: 3, message: "row 2, column 3: 'y' is not a number" },
    ]);
  });

  it('uses singular words for one', () => {
    expect(problems(parseTable('x\n1,2\n', { columns: 1, header: 'required', minRows: 1 }))[0].message).toBe('row 2: expected 1 value, found 2');
    expect(problems(parseTable('x\n', { columns: 1, header: 'required', minRows: 1 }))[0].message).toBe('needs at least 1 point, found 0');
  });

  it('reports a quote that never closes at the line and field where it opens, and stops there', () => {
    expect(problems(parseTable('x,y\n1,2\n3,"4\n5,6\n7,8\n', file))).toEqual([
      { line: 3, column: 2, message: 'row 3, column 2: the quote that opens this cell is never closed' },
    ]);
  });

  it('reports text after a closing quote, and goes on with the next line', () => {
    expect(problems(parseTable('x,y\n"1"2,3\n4,z\n5,6\n', file))).toEqual([
      { line: 2, column: 1, message: 'row 2, column 1: unexpected text after the closing quote (inside quotes, write a quote twice: "")' },
      { line: 3, column: 2, message: "row 3, column 2: 'z' is not a number" },
    ]);
  });

  it('reports problems at the line an editor shows, after a quoted line break', () => {
    expect(problems(parseTable('"x\ny",z\n1,2\nq,4\n', file))).toEqual([{ line: 4, column: 1, message: "row 4, column 1: 'q' is not a number" }]);
  });
});

describe('parseTable: limits', () => {
  const rows = (count: number) => Array.from({ length: count }, (_, i) => `${i},${i * 2}`).join('\n');

  it('needs at least minRows points (default 2), reported for the whole text at line 0', () => {
    expect(problems(parseTable('x,y\n1,2\n', file))).toEqual([{ line: 0, column: 0, message: 'needs at least 2 points, found 1' }]);
    expect(table(parseTable('x,y\n1,2\n', { ...file, minRows: 1 })).rows).toEqual([[1, 2]]);
    expect(problems(parseTable(`x,y\n${rows(4)}`, { ...file, minRows: 5 }))[0].message).toBe('needs at least 5 points, found 4');
  });

  it('takes at most maxRows points (default 500)', () => {
    expect(table(parseTable(`x,y\n${rows(500)}`, file)).rows).toHaveLength(500);
    expect(problems(parseTable(`x,y\n${rows(612)}`, file))).toEqual([{ line: 0, column: 0, message: 'at most 500 points, found 612' }]);
    expect(problems(parseTable(`x,y\n${rows(11)}`, { ...file, maxRows: 10 }))[0].message).toBe('at most 10 points, found 11');
  });

  it('counts every data line, good or bad, and reports the count before the rows', () => {
    expect(problems(parseTable(`x,y\n1,z\n`, file))).toEqual([
      { line: 0, column: 0, message: 'needs at least 2 points, found 1' },
      { line: 2, column: 2, message: "row 2, column 2: 'z' is not a number" },
    ]);
  });

  it(`stops after ${MAX_PROBLEMS} problems, saying where and how many lines were left unchecked`, () => {
    const text = `x,y\n${Array.from({ length: 30 }, (_, i) => `${i},z`).join('\n')}\n`;
    const found = problems(parseTable(text, file));
    expect(found).toHaveLength(MAX_PROBLEMS + 1);
    expect(found.slice(0, MAX_PROBLEMS).map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(found[MAX_PROBLEMS]).toEqual({ line: 12, column: 0, message: 'stopped after 10 problems at row 12; 19 more lines were not checked' });
  });

  it('refuses text longer than 200 000 characters with one problem, without reading it', () => {
    expect(MAX_TEXT_LENGTH).toBe(200_000);
    expect(problems(parseTable('1,2\n'.repeat(50_001), pasted))).toEqual([
      { line: 0, column: 0, message: 'the text is too long: at most 200000 characters, found 200004' },
    ]);
  });

  it('reads text just under the limit quickly', () => {
    const text = `x,y\n${'1,2\n'.repeat((MAX_TEXT_LENGTH - 4) / 4)}`;
    expect(text.length).toBe(MAX_TEXT_LENGTH);
    const started = performance.now();
    expect(problems(parseTable(text, file))).toEqual([{ line: 0, column: 0, message: 'at most 500 points, found 49999' }]);
    expect(performance.now() - started).toBeLessThan(1000);
    // Garbage of the same size: one long line, one open quote, many bad cells.
    for (const garbage of ['9'.repeat(MAX_TEXT_LENGTH), `"${'a,'.repeat(MAX_TEXT_LENGTH / 2 - 1)}`, 'z,'.repeat(MAX_TEXT_LENGTH / 2), 'z\n'.repeat(MAX_TEXT_LENGTH / 2)]) {
      const start = performance.now();
      expect(parseTable(garbage, file).ok).toBe(false);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});

describe('formatTable', () => {
  it('writes CSV with \\n line ends, a final newline and numbers in their shortest form', () => {
    expect(formatTable(['x', 'y'], [[0.1, -2], [1e21, 5e-324]])).toBe('x,y\n0.1,-2\n1e+21,5e-324\n');
  });

  it('quotes a name only when the reader would otherwise split or trim it', () => {
    expect(formatTable(['plain name', 'a,b', 'say "hi"', 'two\nlines', 'a;b', 'a\tb', ' padded'], [])).toBe(
      'plain name,"a,b","say ""hi""","two\nlines","a;b","a\tb"," padded"\n',
    );
  });

  it('writes -0 as 0', () => {
    expect(formatTable(['x'], [[-0]])).toBe('x\n0\n');
  });

  it('refuses non-finite numbers and rows that do not match the header', () => {
    expect(() => formatTable(['x', 'y'], [[1, NaN]])).toThrow(RangeError);
    expect(() => formatTable(['x', 'y'], [[1, Infinity]])).toThrow(RangeError);
    expect(() => formatTable(['x', 'y'], [[1]])).toThrow(/row 1 has 1 values; the header names 2/);
  });
});

describe('properties', () => {
  const name = fc.string({ unit: 'binary', maxLength: 12 }).filter((text) => text.trim() !== '');
  /** Some name must hold a character no number has, or the first line would not read as a header. */
  const isWordy = (text: string) => /[^0-9.,+\-\u2212eE\s]/.test(text);
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  it('finite numbers and names round-trip through formatTable and parseTable', () => {
    const tables = fc.integer({ min: 1, max: 4 }).chain((columns) =>
      fc.record({
        header: fc.array(name, { minLength: columns, maxLength: columns }).filter((names) => names.some(isWordy)),
        rows: fc.array(fc.array(finite, { minLength: columns, maxLength: columns }), { minLength: 2, maxLength: 40 }),
      }),
    );
    fc.assert(
      fc.property(tables, ({ header, rows }) => {
        const read = table(parseTable(formatTable(header, rows), { columns: header.length, header: 'required' }));
        expect(read.header).toEqual(header);
        // -0 comes back as 0 (documented); every other double exactly.
        expect(read.rows).toEqual(rows.map((row) => row.map((value) => (value === 0 ? 0 : value))));
        // A name may hold line breaks (written inside quotes), which push the rows down.
        const headerLines = 1 + header.reduce((sum, text) => sum + text.split(/\r\n|\r|\n/).length - 1, 0);
        expect(read.lines).toEqual(rows.map((_, i) => headerLines + 1 + i));
      }),
      { numRuns: 300 },
    );
  });

  const csvAlphabet = fc.constantFrom(...'0123456789,;\t\n\r".-e '.split(''), '\u2212', '+', 'E', 'x');
  const garbage = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'binary-ascii', maxLength: 200 }),
    fc.string({ unit: csvAlphabet, maxLength: 200 }),
    fc.string({ unit: csvAlphabet, maxLength: 200 }).map((text) => `x,y\n${text}`),
    fc.array(fc.tuple(finite, finite), { maxLength: 8 }).map((rows) => rows.map(([a, b]) => `${a}\t${String(b).replace('.', ',')}`).join('\r\n')),
  );
  const options = fc.record({
    columns: fc.integer({ min: 1, max: 3 }),
    header: fc.constantFrom<TableOptions['header']>('required', 'optional'),
    minRows: fc.integer({ min: 0, max: 3 }),
    maxRows: fc.integer({ min: 3, max: 20 }),
  });

  it('never throws on any text, and returns either well-formed rows or located problems', () => {
    fc.assert(
      fc.property(garbage, options, (text, opts) => {
        const result = parseTable(text, opts);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        if (result.ok) {
          const { rows, lines, header } = result.table;
          expect(rows.length).toBeGreaterThanOrEqual(opts.minRows);
          expect(rows.length).toBeLessThanOrEqual(opts.maxRows);
          expect(lines).toHaveLength(rows.length);
          for (const row of rows) {
            expect(row).toHaveLength(opts.columns);
            for (const value of row) expect(Number.isFinite(value)).toBe(true);
          }
          for (let i = 0; i < lines.length; i++) {
            expect(lines[i]).toBeGreaterThanOrEqual(1);
            expect(lines[i]).toBeLessThanOrEqual(lineCount);
            if (i > 0) expect(lines[i]).toBeGreaterThan(lines[i - 1]);
          }
          if (opts.header === 'required') expect(header).toHaveLength(opts.columns);
        } else {
          expect(result.problems.length).toBeGreaterThanOrEqual(1);
          expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
          for (const problem of result.problems) {
            expect(Number.isInteger(problem.line) && problem.line >= 0 && problem.line <= lineCount).toBe(true);
            expect(Number.isInteger(problem.column) && problem.column >= 0).toBe(true);
            expect(problem.message.length).toBeGreaterThan(0);
            if (problem.line > 0) expect(problem.message).toMatch(new RegExp(`^(row ${problem.line}[:,]|stopped after)`));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
