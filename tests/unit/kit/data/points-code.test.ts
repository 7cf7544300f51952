import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRows, encodeRows, MAX_CODE_LENGTH } from '../../../../src/figures/kit/data/points-code.ts';
import { defaultsOf, deserialize, serialize, type Spec } from '../../../../src/figures/kit/contract/spec.ts';

/** What a value becomes in a code: thousandths, and never -0. */
const rounded = (value: number) => {
  const r = Math.round(value * 1000) / 1000;
  return r === 0 ? 0 : r;
};

describe('encodeRows', () => {
  it('writes a version, then each row after "*", values joined by "_", without trailing zeros', () => {
    expect(encodeRows([[0.5, 3.3], [2, -0.125], [10, 0]], 2)).toBe('p1*0.5_3.3*2_-0.125*10_0');
  });

  it('rounds to 3 decimals', () => {
    expect(encodeRows([[1.23449, 2.0006], [-0.0004, 0.9999]], 2)).toBe('p1*1.234_2.001*0_1');
    expect(encodeRows([[0.001, -0.001], [123.456789, -7.1]], 2)).toBe('p1*0.001_-0.001*123.457_-7.1');
  });

  it('writes -0, and negatives that round to zero, as 0', () => {
    expect(encodeRows([[-0, -0.0001], [0, 0]], 2)).toBe('p1*0_0*0_0');
  });

  it('never writes an exponent, even for tiny or large values', () => {
    expect(encodeRows([[1e-7, 5e-324], [123456789012.5, -999999999999.999]], 2)).toBe('p1*0_0*123456789012.5_-999999999999.999');
  });

  it('writes a class label (the third of three columns) as 0 or 1, and refuses any other label', () => {
    expect(encodeRows([[0.5, -1, 1], [2, 3, 0]], 3)).toBe('p1*0.5_-1_1*2_3_0');
    expect(encodeRows([[0.5, -1, 2]], 3)).toBeNull();
    expect(encodeRows([[0.5, -1, 0.9999]], 3)).toBeNull();
    expect(encodeRows([[0.5, -1, -1]], 3)).toBeNull();
    // Only with three columns is the third a label.
    expect(encodeRows([[0.5, -1, 2.5, 7]], 4)).toBe('p1*0.5_-1_2.5_7');
  });

  it('refuses rows of the wrong arity, non-finite values and values beyond ±10^12', () => {
    expect(encodeRows([[1, 2], [3]], 2)).toBeNull();
    expect(encodeRows([[1, 2, 3]], 2)).toBeNull();
    expect(encodeRows([[1, NaN]], 2)).toBeNull();
    expect(encodeRows([[1, Infinity]], 2)).toBeNull();
    expect(encodeRows([[1, -Infinity]], 2)).toBeNull();
    expect(encodeRows([[1e12, 0]], 2)).toBeNull();
    expect(encodeRows([[-1e300, 0]], 2)).toBeNull();
    expect(encodeRows([[1, 2]], 0)).toBeNull();
    expect(encodeRows([[1, 2]], 1.5)).toBeNull();
  });

  it(`returns null when the code would be longer than ${MAX_CODE_LENGTH} characters`, () => {
    expect(MAX_CODE_LENGTH).toBe(7800);
    // "*1_2" is 4 characters a row after the 2 of "p1": 1949 rows make 7798, 1950 make 7802.
    const rows = (count: number) => Array.from({ length: count }, () => [1, 2]);
    expect(encodeRows(rows(1949), 2)).toHaveLength(7798);
    expect(encodeRows(rows(1950), 2)).toBeNull();
    expect(encodeRows(rows(1_000_000), 2)).toBeNull();
  });

  it('uses only characters that survive URLSearchParams and encodeURIComponent unescaped, and no "," or ":"', () => {
    const code = encodeRows([[-0.5, 3.3], [2, -0.125]], 2)!;
    expect(new URLSearchParams({ fig: code }).toString()).toBe(`fig=${code}`);
    expect(encodeURIComponent(code)).toBe(code);
    expect(code).not.toMatch(/[,:]/);
  });

  it('travels as one value of a figure\'s URL state', () => {
    const spec = {
      w: { kind: 'number', label: 'w', description: '', default: 0.5, min: -2, max: 2, step: 0.05 },
    } as const satisfies Spec;
    const code = encodeRows([[0.5, 3.3], [-2, 1]], 2)!;
    const text = `${serialize(spec, { w: 1 }, defaultsOf(spec))},pts:${code}`;
    expect(deserialize(spec, text, defaultsOf(spec))).toEqual({ w: 1 });
    const value = text.split(',').find((part) => part.startsWith('pts:'))!.slice('pts:'.length);
    expect(decodeRows(value, 2)).toEqual([[0.5, 3.3], [-2, 1]]);
  });
});

describe('decodeRows', () => {
  it('reads what encodeRows writes', () => {
    expect(decodeRows('p1*0.5_3.3*2_-0.125*10_0', 2)).toEqual([[0.5, 3.3], [2, -0.125], [10, 0]]);
    expect(decodeRows('p1*0.5_-1_1*2_3_0', 3)).toEqual([[0.5, -1, 1], [2, 3, 0]]);
  });

  it('refuses another version, or no version', () => {
    expect(decodeRows('p2*1_2*3_4', 2)).toBeNull();
    expect(decodeRows('p10*1_2*3_4', 2)).toBeNull();
    expect(decodeRows('q1*1_2*3_4', 2)).toBeNull();
    expect(decodeRows('*1_2*3_4', 2)).toBeNull();
    expect(decodeRows('1_2*3_4', 2)).toBeNull();
    expect(decodeRows('', 2)).toBeNull();
  });

  it('refuses a row of the wrong arity', () => {
    expect(decodeRows('p1*1_2*3', 2)).toBeNull();
    expect(decodeRows('p1*1_2*3_4_5', 2)).toBeNull();
    expect(decodeRows('p1*1_2*3_4', 3)).toBeNull();
    expect(decodeRows('p1*1_2*', 2)).toBeNull();
    expect(decodeRows('p1**1_2*3_4', 2)).toBeNull();
  });

  it('refuses a label other than 0 or 1 in three columns', () => {
    expect(decodeRows('p1*1_2_2*3_4_0', 3)).toBeNull();
    expect(decodeRows('p1*1_2_0.5*3_4_0', 3)).toBeNull();
    expect(decodeRows('p1*1_2_-1*3_4_0', 3)).toBeNull();
  });

  it('refuses values that are not in the form encodeRows writes', () => {
    const bad = ['', '-', '.', '1.', '.5', '01', '-0', '2.50', '1.2345', '1e3', '+1', 'NaN', 'Infinity', '0x1', ' 1', '1 ', '−1', '1,5', '1234567890123', '1.0'];
    for (const value of bad) expect(decodeRows(`p1*${value}_1*3_4`, 2), value).toBeNull();
    expect(decodeRows('p1*-0.5_1*999999999999.999_0', 2)).toEqual([[-0.5, 1], [999999999999.999, 0]]);
  });

  it('refuses fewer than 2 or more than 500 rows, or the limits given', () => {
    const code = (count: number) => `p1${'*1_2'.repeat(count)}`;
    expect(decodeRows(code(1), 2)).toBeNull();
    expect(decodeRows(code(2), 2)).toHaveLength(2);
    expect(decodeRows('p1', 2)).toBeNull();
    expect(decodeRows('p1', 2, { minRows: 0 })).toEqual([]);
    expect(decodeRows(code(1), 2, { minRows: 1 })).toEqual([[1, 2]]);
    expect(decodeRows(code(5), 2, { maxRows: 4 })).toBeNull();
    expect(decodeRows(code(4), 2, { maxRows: 4 })).toHaveLength(4);
    // 500 rows of one column fit in 7800 characters ("*1" a row); 501 are refused.
    expect(decodeRows(`p1${'*1'.repeat(500)}`, 1)).toHaveLength(500);
    expect(decodeRows(`p1${'*1'.repeat(501)}`, 1)).toBeNull();
  });

  it(`refuses codes longer than ${MAX_CODE_LENGTH} characters, even if well formed`, () => {
    const code = `p1${'*1234.5_6789.1'.repeat(560)}`;
    expect(code.length).toBeGreaterThan(MAX_CODE_LENGTH);
    expect(decodeRows(code, 2, { maxRows: 1000 })).toBeNull();
    expect(decodeRows(`p1${'*1234.5_6789.1'.repeat(556)}`, 2, { maxRows: 1000 })).toHaveLength(556);
    expect(decodeRows('p1*1_2*3_4'.padEnd(1_000_000, '9'), 2)).toBeNull();
  });

  it('refuses a bad column count', () => {
    expect(decodeRows('p1*1_2*3_4', 0)).toBeNull();
    expect(decodeRows('p1*1_2*3_4', 2.5)).toBeNull();
  });
});

describe('properties', () => {
  const value = fc.oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.integer({ min: -1000, max: 1000 }).map((n) => n / 8),
    fc.double({ min: -999_999_999_998, max: 999_999_999_998, noNaN: true }),
  );
  const table = fc.integer({ min: 1, max: 4 }).chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      rows: fc.array(
        fc
          .tuple(fc.array(value, { minLength: columns, maxLength: columns }), fc.constantFrom(0, 1))
          // With three columns the third is a class label.
          .map(([values, label]) => (columns === 3 ? [values[0], values[1], label] : values)),
        { minLength: 2, maxLength: 60 },
      ),
    }),
  );

  it('decode(encode(rows)) gives the rows rounded to 3 decimals', () => {
    fc.assert(
      fc.property(table, ({ rows, columns }) => {
        const code = encodeRows(rows, columns);
        if (code === null) {
          // Only too long a code is refused for these rows.
          const plain = `p1${rows.map((row) => `*${row.map((v) => String(rounded(v))).join('_')}`).join('')}`;
          expect(plain.length).toBeGreaterThan(MAX_CODE_LENGTH);
          return;
        }
        expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
        expect(code).toMatch(/^p1(\*[0-9.\-_]+)*$/);
        const decoded = decodeRows(code, columns);
        expect(decoded).toEqual(rows.map((row) => row.map(rounded)));
        for (const [r, row] of rows.entries()) for (const [c, v] of row.entries()) expect(Math.abs(decoded![r][c] - v)).toBeLessThanOrEqual(0.0005 + 1e-9 * Math.abs(v));
      }),
      { numRuns: 500 },
    );
  });

  it('encoding is stable: a decoded code encodes to itself', () => {
    fc.assert(
      fc.property(table, ({ rows, columns }) => {
        const code = encodeRows(rows, columns);
        if (code === null) return;
        expect(encodeRows(decodeRows(code, columns)!, columns)).toBe(code);
      }),
      { numRuns: 300 },
    );
  });

  const codeAlphabet = fc.constantFrom(...'0123456789.-_*p1'.split(''));
  const arbitraryCode = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: codeAlphabet, maxLength: 60 }),
    fc.string({ unit: codeAlphabet, maxLength: 60 }).map((text) => `p1*${text}`),
    fc.string({ unit: 'binary', maxLength: 4000 }),
  );

  it('never throws on any string, and returns null or rows it could have written', () => {
    fc.assert(
      fc.property(arbitraryCode, fc.integer({ min: 1, max: 4 }), (code, columns) => {
        const decoded = decodeRows(code, columns, { minRows: 0 });
        if (decoded === null) return;
        for (const row of decoded) {
          expect(row).toHaveLength(columns);
          for (const v of row) expect(Number.isFinite(v) && !Object.is(v, -0)).toBe(true);
          if (columns === 3) expect([0, 1]).toContain(row[2]);
        }
        // Whatever decodes is canonical: encoding it gives the same code back.
        expect(encodeRows(decoded, columns)).toBe(code);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses any code over the length limit, well formed or not', () => {
    // At least 6 characters a row ("*10_10"), so 1400 rows always pass the limit.
    const small = fc.oneof(fc.integer({ min: -99, max: -10 }), fc.integer({ min: 10, max: 99 }));
    const longRows = fc.array(fc.tuple(small, small), { minLength: 1400, maxLength: 2000 });
    fc.assert(
      fc.property(longRows, fc.string({ unit: codeAlphabet, minLength: MAX_CODE_LENGTH - 2, maxLength: MAX_CODE_LENGTH + 1000 }), (rows, tail) => {
        const code = `p1${rows.map(([a, b]) => `*${a}_${b}`).join('')}`;
        expect(code.length).toBeGreaterThan(MAX_CODE_LENGTH);
        expect(decodeRows(code, 2, { maxRows: 10_000 })).toBeNull();
        expect(decodeRows(`p1*${tail}`, 2, { maxRows: 10_000 })).toBeNull();
        expect(encodeRows(rows, 2)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});
