import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { compilePattern, describePatternGrammar, PatternError } from '../../../../src/figures/kit/data/pattern.ts';

const at = (text: string, x: number) => compilePattern(text)(x);

/** The error compilePattern throws for `text`, failing the test if it throws nothing or something else. */
function errorOf(text: string): PatternError {
  try {
    compilePattern(text);
  } catch (error) {
    expect(error).toBeInstanceOf(PatternError);
    return error as PatternError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('precedence and associativity', () => {
  test.each([
    ['2^3^2', 512],
    ['(2^3)^2', 64],
    ['-2^2', -4],
    ['(-2)^2', 4],
    ['2^-1', 0.5],
    ['2^-1^2', 0.5],
    ['1-2-3', -4],
    ['1-(2-3)', 2],
    ['8/4/2', 1],
    ['8/(4/2)', 4],
    ['2+3*4', 14],
    ['(2+3)*4', 20],
    ['2*3^2', 18],
    ['-3*-2', 6],
    ['--3', 3],
    ['+3', 3],
    ['-+-3', 3],
    ['6/2*3', 9],
    ['2-3+4', 3],
    ['1 - -1', 2],
    ['2^3²', 512],
    ['-2²', -4],
  ])('%s = %d', (text, expected) => {
    expect(at(text, 0)).toBe(expected);
  });

  it('reads -x^2 as -(x^2) and x^2 with x negative as a square', () => {
    expect(at('-x^2', 3)).toBe(-9);
    expect(at('-x^2', -3)).toBe(-9);
    expect(at('x^2', -3)).toBe(9);
    expect(at('-x²', 3)).toBe(-9);
  });
});

describe('functions and constants', () => {
  const xs = [-2.5, -1, 0, 0.3, 1, 4];
  test.each([
    ['sin(x)', Math.sin],
    ['cos(x)', Math.cos],
    ['tan(x)', Math.tan],
    ['exp(x)', Math.exp],
    ['abs(x)', Math.abs],
    ['min(x, 0.5)', (x: number) => Math.min(x, 0.5)],
    ['max(x, 0.5)', (x: number) => Math.max(x, 0.5)],
    ['min(0.5,x)', (x: number) => Math.min(0.5, x)],
    ['max(2*x, -x)', (x: number) => Math.max(2 * x, -x)],
  ] as const)('%s', (text, reference) => {
    const f = compilePattern(text);
    for (const x of xs) expect(f(x)).toBe(reference(x));
  });

  it('log is the natural logarithm and sqrt the square root, NaN where undefined', () => {
    const log = compilePattern('log(x)');
    const sqrt = compilePattern('sqrt(x)');
    for (const x of [0.25, 1, 2, 10]) {
      expect(log(x)).toBe(Math.log(x));
      expect(sqrt(x)).toBe(Math.sqrt(x));
    }
    expect(log(-1)).toBeNaN();
    expect(sqrt(-4)).toBeNaN();
    expect(at('log(e)', 0)).toBe(1);
  });

  it('knows pi and e', () => {
    expect(at('pi', 0)).toBe(Math.PI);
    expect(at('e', 0)).toBe(Math.E);
    expect(at('2*pi*x', 0.5)).toBe(Math.PI);
    expect(at('e^x', 2)).toBe(Math.pow(Math.E, 2));
  });

  it('nests calls', () => {
    expect(at('sqrt(abs(min(x, -4)))', 1)).toBe(2);
    expect(at('max(min(x, 1), -1)', 5)).toBe(1);
    expect(at('exp(log(x))', 3)).toBeCloseTo(3, 12);
  });
});

describe('numbers', () => {
  test.each([
    ['2', 2],
    ['0.55', 0.55],
    ['.5', 0.5],
    ['5.', 5],
    ['1e-3', 0.001],
    ['1E3', 1000],
    ['2.5e+2', 250],
    ['1e−3', 0.001],
    ['007', 7],
  ])('%s', (text, expected) => {
    expect(at(text, 0)).toBe(expected);
  });

  it('does not swallow a following e as an exponent', () => {
    expect(errorOf('2e').message).toContain('write 2*e');
    expect(at('2*e', 0)).toBe(2 * Math.E);
    expect(at('2e1-e', 0)).toBe(20 - Math.E);
  });
});

describe('Unicode forms pasted from prose', () => {
  test.each([
    ['3 − x', '3 - x'],
    ['2 × x', '2 * x'],
    ['2·x', '2*x'],
    ['2⋅x', '2*x'],
    ['x ÷ 4', 'x / 4'],
    ['x²', 'x^2'],
    ['x³', 'x^3'],
    ['(x − 1)²', '(x - 1)^2'],
    ['π·x', 'pi*x'],
    ['9 − 0.55 × (x − 7.5)²', '9 - 0.55*(x - 7.5)^2'],
    ['x\u00a0+\u20091', 'x + 1'],
  ])('%s reads as %s', (unicode, ascii) => {
    const f = compilePattern(unicode);
    const g = compilePattern(ascii);
    for (const x of [-3, 0, 0.5, 2, 7.5]) expect(f(x)).toBe(g(x));
  });
});

describe('the dataset examples', () => {
  const xs = [0, 0.5, 1, 2.5, 6, 7.5, -3];
  test.each([
    ['1.2*x + 2.1', (x: number) => 1.2 * x + 2.1],
    ['9 - 0.55*(x - 7.5)^2', (x: number) => 9 - 0.55 * (x - 7.5) ** 2],
    ['0.5*x^2', (x: number) => 0.5 * x ** 2],
    ['abs(x)', (x: number) => Math.abs(x)],
    ['sin(2*x)', (x: number) => Math.sin(2 * x)],
  ] as const)('%s', (text, reference) => {
    const f = compilePattern(text);
    for (const x of xs) expect(f(x)).toBe(reference(x));
  });

  it('gives the expected values at chosen points', () => {
    expect(at('1.2*x + 2.1', 5)).toBeCloseTo(8.1, 12);
    expect(at('9 - 0.55*(x - 7.5)^2', 7.5)).toBe(9);
    expect(at('9 - 0.55*(x - 7.5)^2', 5.5)).toBeCloseTo(6.8, 12);
    expect(at('0.5*x^2', -4)).toBe(8);
    expect(at('abs(x)', -2.25)).toBe(2.25);
    expect(at('sin(2*x)', Math.PI / 4)).toBeCloseTo(1, 12);
  });
});

describe('values outside the domain', () => {
  it('are NaN, never a throw or an infinity', () => {
    expect(at('log(x)', -1)).toBeNaN();
    expect(at('log(x)', 0)).toBeNaN();
    expect(at('1/x', 0)).toBeNaN();
    expect(at('sqrt(x - 2)', 1)).toBeNaN();
    expect(at('x^0.5', -1)).toBeNaN();
    expect(at('exp(x)', 1000)).toBeNaN();
    expect(at('x', NaN)).toBeNaN();
    expect(at('x', Infinity)).toBeNaN();
  });
  it('keep the rest of the curve', () => {
    const f = compilePattern('log(x)');
    expect(f(-1)).toBeNaN();
    expect(f(1)).toBe(0);
  });
});

describe('errors: message and column', () => {
  test.each([
    // [formula, column, part of the message]
    ['', 1, 'the formula is empty'],
    ['   \t ', 1, 'the formula is empty'],
    ['2x', 2, 'expected an operator between "2" and "x" at column 2; write 2*x'],
    ['3 + 2 x', 7, 'between "2" and "x" at column 7; write 2*x'],
    ['2pi', 2, 'write 2*pi'],
    ['2π', 2, 'write 2*π'],
    ['x(x + 1)', 2, 'between "x" and "(" at column 2; write x*('],
    ['(x)(x)', 4, 'write )*('],
    ['2 sin(x)', 3, 'write 2*sin'],
    ['x²x', 3, 'write x²*x'],
    ['x + y', 5, 'unknown name "y" at column 5 (the formula may use x, numbers'],
    ['Sin(x)', 1, 'names are lower case: write sin'],
    ['X', 1, 'names are lower case: write x'],
    ['ln(x)', 1, 'write log for the natural logarithm'],
    ['sinx', 1, 'write sin(x)'],
    ['constructor(x)', 1, 'unknown name "constructor"'],
    ['toString', 1, 'unknown name "toString"'],
    ['x % 2', 3, 'unexpected character "%" at column 3 (the formula may use'],
    ['y = 1.2*x', 3, 'write only the right-hand side'],
    ['3 – x', 3, 'write - for minus'],
    ['(x + 1', 1, 'unclosed "(" at column 1'],
    ['((x + 1)', 1, 'unclosed "(" at column 1'],
    ['(x + (1)', 1, 'unclosed "(" at column 1'],
    ['2*(x + (1)', 3, 'unclosed "(" at column 3'],
    ['sin(x', 4, 'unclosed the "(" of sin at column 4'],
    ['x + 1)', 6, 'unmatched ")" at column 6'],
    ['(x))', 4, 'unmatched ")" at column 4'],
    [')', 1, 'unexpected ")" at column 1'],
    ['()', 1, 'empty parentheses at column 1'],
    ['x +', 4, 'the formula ends too soon at column 4'],
    ['x^', 3, 'after "^"'],
    ['-', 2, 'the formula ends too soon at column 2'],
    ['*x', 1, 'unexpected "*" at column 1'],
    ['x */ 2', 4, 'unexpected "/" at column 4'],
    ['x**2', 2, '"**" at column 2 is not an operator; write ^ for powers'],
    ['²', 1, '"²" at column 1 must follow a number, x or ")"'],
    ['x + ²', 5, 'must follow a number'],
    ['sin', 1, 'sin at column 1 needs parentheses: write sin(x)'],
    ['2 * cos x', 5, 'cos at column 5 needs parentheses'],
    ['max', 1, 'write max(x, 0)'],
    ['sin(x, 1)', 6, 'sin takes one argument; unexpected "," at column 6'],
    ['min(x)', 6, 'min takes two arguments separated by a comma'],
    ['max(x, 1, 2)', 9, 'max takes two arguments; unexpected "," at column 9'],
    ['min(x 1)', 7, 'between "x" and "1" at column 7'],
    ['min(x, 1', 4, 'unclosed the "(" of min at column 4'],
    ['x, 1', 2, '"," at column 2 only separates the two arguments of min and max'],
    ['(x, 1)', 3, '"," at column 3'],
    ['1.2.3', 1, 'malformed number "1.2.3" at column 1'],
    ['x + .', 5, '"." at column 5 is not a number'],
    ['1e999', 1, 'number "1e999" at column 1 is too large'],
    ['x 1', 3, 'between "x" and "1"'],
    ['x + 1 )', 7, 'unmatched ")" at column 7'],
    ['√x', 1, 'unexpected character "√" at column 1'],
    ['😀 + x', 1, 'unexpected character "😀" at column 1'],
    ['x + 😀', 5, 'unexpected character "😀" at column 5'],
    ['x·π·y', 5, 'unknown name "y" at column 5'],
  ])('%j: column %i', (text, column, message) => {
    const error = errorOf(text);
    expect(error.column).toBe(column);
    expect(error.message).toContain(message);
  });

  it('gives the exact messages the authoring guide quotes', () => {
    expect(errorOf('x + y').message).toBe(
      `unknown name "y" at column 5 (the formula may use${describePatternGrammar().slice('The formula may use'.length, -1)})`,
    );
    expect(errorOf('2x').message).toBe('expected an operator between "2" and "x" at column 2; write 2*x');
  });

  it('rejects formulas over 200 characters, counting characters rather than UTF-16 units', () => {
    const longest = `x${' +1'.repeat(66)} `; // 200 characters
    expect(longest).toHaveLength(200);
    expect(() => compilePattern(longest)).not.toThrow();
    const error = errorOf(`${longest}+`);
    expect(error.column).toBe(201);
    expect(error.message).toContain('201 characters long; at most 200');
    expect(errorOf(`x${' '.repeat(199)}😀`).column).toBe(201); // 202 UTF-16 units, 201 characters
    expect(errorOf(`${'π+'.repeat(100)}x`).column).toBe(201);
  });

  it('rejects parentheses nested deeper than 32, counting function calls', () => {
    const nested = (depth: number) => `${'('.repeat(depth)}x${')'.repeat(depth)}`;
    expect(at(nested(32), 3)).toBe(3);
    const error = errorOf(nested(33));
    expect(error.column).toBe(33);
    expect(error.message).toContain('deeper than 32 levels at column 33');
    expect(at(`${'abs('.repeat(32)}x${')'.repeat(32)}`, -3)).toBe(3);
    expect(errorOf(`${'abs('.repeat(33)}x${')'.repeat(33)}`).column).toBe(33 * 4);
    expect(errorOf(`${'abs('.repeat(16)}${'('.repeat(17)}x${')'.repeat(33)}`).column).toBe(16 * 4 + 17);
  });

  it('counts depth, not the number of groups', () => {
    expect(at(Array(40).fill('(x)').join('+'), 1)).toBe(40);
    expect(at(Array(20).fill('abs(x)').join('+'), -1)).toBe(20);
  });

  it('rejects a non-string pattern from JSON', () => {
    expect(errorOf(12 as unknown as string).message).toContain('text formula');
    expect(errorOf(null as unknown as string).column).toBe(1);
  });
});

describe('PatternError and describePatternGrammar', () => {
  it('PatternError is an Error with a name and a column', () => {
    const error = new PatternError('bad', 7);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PatternError');
    expect(error.message).toBe('bad');
    expect(error.column).toBe(7);
  });

  it('describePatternGrammar is one sentence naming everything a formula may use', () => {
    const sentence = describePatternGrammar();
    expect(sentence).toMatch(/^[A-Z][^.]*(\.\d[^.]*)*\.$/); // one full stop, at the end (the decimal 0.55 aside)
    for (const word of [
      'x',
      '+',
      '-',
      '*',
      '/',
      '^',
      'parentheses',
      'sin',
      'cos',
      'tan',
      'exp',
      'log',
      'sqrt',
      'abs',
      'min',
      'max',
      'pi',
      ' e.',
      'comma',
    ]) {
      expect(sentence).toContain(word);
    }
  });
});

describe('properties', () => {
  it('any short string over the formula alphabet compiles or throws a PatternError', () => {
    const alphabet = [...new Set('x0123456789.+-*/^() sinabsexp,')];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 }), (text) => {
        let f: ((x: number) => number) | undefined;
        try {
          f = compilePattern(text);
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
          expect(Number.isInteger(error.column)).toBe(true);
          expect(error.column).toBeGreaterThanOrEqual(1);
          expect(error.column).toBeLessThanOrEqual(text.length + 1);
          return;
        }
        for (const x of [-2, 0, 0.5, 3]) {
          const y = f(x);
          expect(Number.isFinite(y) || Number.isNaN(y)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('any string at all compiles or throws a PatternError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 250 }), (text) => {
        try {
          compilePattern(text);
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });

  // A random expression tree, printed as text with only the parentheses the grammar needs (plus some
  // spares), random spacing and random Unicode spellings, must compile to what the tree evaluates to.
  type Style = { spare: boolean; space: boolean }; // spare parentheses around the node; spaces inside it
  type Node = Style &
    (
      | { kind: 'num'; value: number; leadingDot: boolean }
      | { kind: 'x' }
      | { kind: 'const'; name: 'pi' | 'π' | 'e' }
      | { kind: 'unary'; op: string; arg: Node }
      | { kind: 'binary'; op: '+' | '-' | '*' | '/' | '^'; spelling: string; left: Node; right: Node }
      | { kind: 'sup'; exponent: 2 | 3; arg: Node }
      | { kind: 'call1'; name: 'sin' | 'cos' | 'tan' | 'exp' | 'log' | 'sqrt' | 'abs'; arg: Node }
      | { kind: 'call2'; name: 'min' | 'max'; left: Node; right: Node }
    );

  const SPELLINGS = { '+': ['+'], '-': ['-', '\u2212'], '*': ['*', '×', '·', '⋅'], '/': ['/', '÷'], '^': ['^'] } as const;
  const FUNCTIONS_1 = { sin: Math.sin, cos: Math.cos, tan: Math.tan, exp: Math.exp, log: Math.log, sqrt: Math.sqrt, abs: Math.abs };

  const style = { spare: fc.nat(5).map((n) => n === 0), space: fc.boolean() };
  const leaf: fc.Arbitrary<Node> = fc.oneof(
    fc.record({
      kind: fc.constant('num' as const),
      value: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1e6, noNaN: true }).map(Math.abs)),
      leadingDot: fc.boolean(),
      ...style,
    }),
    fc.record({ kind: fc.constant('x' as const), ...style }),
    fc.record({ kind: fc.constant('x' as const), ...style }),
    fc.record({ kind: fc.constant('const' as const), name: fc.constantFrom('pi' as const, 'π' as const, 'e' as const), ...style }),
  );
  const trees: fc.Arbitrary<Node>[] = [leaf];
  for (let depth = 1; depth <= 5; depth++) {
    const child = trees[depth - 1]!;
    trees.push(
      fc.oneof(
        leaf,
        fc.record({ kind: fc.constant('unary' as const), op: fc.constantFrom('-', '\u2212', '+'), arg: child, ...style }),
        fc
          .record({
            kind: fc.constant('binary' as const),
            op: fc.constantFrom('+', '-', '*', '/', '^'),
            pick: fc.nat(3),
            left: child,
            right: child,
            ...style,
          })
          .map(({ pick, ...node }) => {
            const spellings = SPELLINGS[node.op];
            return { ...node, spelling: spellings[pick % spellings.length]! };
          }),
        fc.record({ kind: fc.constant('sup' as const), exponent: fc.constantFrom(2 as const, 3 as const), arg: child, ...style }),
        fc.record({
          kind: fc.constant('call1' as const),
          name: fc.constantFrom(...(Object.keys(FUNCTIONS_1) as (keyof typeof FUNCTIONS_1)[])),
          arg: child,
          ...style,
        }),
        fc.record({
          kind: fc.constant('call2' as const),
          name: fc.constantFrom('min' as const, 'max' as const),
          left: child,
          right: child,
          ...style,
        }),
      ),
    );
  }

  function evaluate(node: Node, x: number): number {
    switch (node.kind) {
      case 'num':
        return node.value;
      case 'x':
        return x;
      case 'const':
        return node.name === 'e' ? Math.E : Math.PI;
      case 'unary':
        return node.op === '+' ? evaluate(node.arg, x) : -evaluate(node.arg, x);
      case 'sup':
        return Math.pow(evaluate(node.arg, x), node.exponent);
      case 'call1':
        return FUNCTIONS_1[node.name](evaluate(node.arg, x));
      case 'call2':
        return (node.name === 'min' ? Math.min : Math.max)(evaluate(node.left, x), evaluate(node.right, x));
      case 'binary': {
        const a = evaluate(node.left, x);
        const b = evaluate(node.right, x);
        if (node.op === '+') return a + b;
        if (node.op === '-') return a - b;
        if (node.op === '*') return a * b;
        if (node.op === '/') return a / b;
        return Math.pow(a, b);
      }
    }
  }

  // Binding levels: 1 sum, 2 product, 3 unary, 4 power, 5 postfix and atoms.
  function print(node: Node): { text: string; level: number } {
    const printed = printBare(node);
    return node.spare ? { text: `(${printed.text})`, level: 5 } : printed;
  }
  function wrap(node: Node, level: number): string {
    const printed = print(node);
    return printed.level >= level ? printed.text : `(${printed.text})`;
  }
  function printBare(node: Node): { text: string; level: number } {
    const gap = node.space ? ' ' : '';
    switch (node.kind) {
      case 'num': {
        const text = String(node.value);
        return { text: node.leadingDot && text.startsWith('0.') ? text.slice(1) : text, level: 5 };
      }
      case 'x':
        return { text: 'x', level: 5 };
      case 'const':
        return { text: node.name, level: 5 };
      case 'unary':
        return { text: `${node.op}${gap}${wrap(node.arg, 3)}`, level: 3 };
      case 'sup':
        return { text: `${wrap(node.arg, 5)}${node.exponent === 2 ? '²' : '³'}`, level: 5 };
      case 'call1':
        return { text: `${node.name}(${gap}${print(node.arg).text}${gap})`, level: 5 };
      case 'call2':
        return { text: `${node.name}(${print(node.left).text},${gap}${print(node.right).text})`, level: 5 };
      case 'binary': {
        const [level, leftLevel, rightLevel] = { '+': [1, 1, 2], '-': [1, 1, 2], '*': [2, 2, 3], '/': [2, 2, 3], '^': [4, 5, 3] }[node.op];
        return { text: `${wrap(node.left, leftLevel!)}${gap}${node.spelling}${gap}${wrap(node.right, rightLevel!)}`, level: level! };
      }
    }
  }

  const finiteOrNaN = (y: number) => (Number.isFinite(y) ? y : NaN);

  it('a random expression tree, printed and compiled, agrees with evaluating the tree', () => {
    const printable = trees[5]!.map((tree) => ({ tree, text: print(tree).text })).filter(({ text }) => text.length <= 200);
    const xs = fc.array(fc.oneof(fc.constantFrom(0, 1, -1, 2.5), fc.double({ min: -10, max: 10, noNaN: true })), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(printable, xs, ({ tree, text }, points) => {
        const f = compilePattern(text);
        for (const x of points) {
          expect(Object.is(f(x), finiteOrNaN(evaluate(tree, x))), `${text} at x = ${x}: ${f(x)} vs ${evaluate(tree, x)}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  // Keep the printer honest: if it left out parentheses the grammar needs, the property above could pass
  // only by accident; these fixed trees pin what it prints.
  it('the test printer adds exactly the parentheses the grammar needs', () => {
    const n = (value: number): Node => ({ kind: 'num', value, leadingDot: false, spare: false, space: false });
    const b = (op: '+' | '-' | '*' | '/' | '^', left: Node, right: Node): Node => ({
      kind: 'binary',
      op,
      spelling: op,
      left,
      right,
      spare: false,
      space: false,
    });
    const neg = (arg: Node): Node => ({ kind: 'unary', op: '-', arg, spare: false, space: false });
    expect(print(b('-', n(1), b('-', n(2), n(3)))).text).toBe('1-(2-3)');
    expect(print(b('-', b('-', n(1), n(2)), n(3))).text).toBe('1-2-3');
    expect(print(b('^', b('^', n(2), n(3)), n(2))).text).toBe('(2^3)^2');
    expect(print(b('^', n(2), b('^', n(3), n(2)))).text).toBe('2^3^2');
    expect(print(neg(b('^', n(2), n(2)))).text).toBe('-2^2');
    expect(print(b('^', neg(n(2)), n(2))).text).toBe('(-2)^2');
    expect(print(b('*', n(2), b('+', n(1), n(1)))).text).toBe('2*(1+1)');
  });
});
