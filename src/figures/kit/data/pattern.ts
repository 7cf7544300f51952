/**
 * Pattern formulas: the rule a dataset's points were made from, written as text in course JSON, e.g.
 * `"pattern": "9 - 0.55*(x - 7.5)^2"`. Content is data, so a formula is never handed to `eval` or
 * `new Function` (a strict CSP may forbid both anyway): this tiny compiler parses it once into a tree of
 * closures and checks it, with a message and a 1-based column for every mistake.
 *
 * Grammar, loosest binding first:
 *   sum     := product (("+" | "-") product)*
 *   product := unary (("*" | "/") unary)*
 *   unary   := ("-" | "+") unary | power
 *   power   := postfix ("^" unary)?        right-associative: 2^3^2 = 2^9; -x^2 = -(x^2); 2^-1 = 0.5
 *   postfix := primary ("²" | "³")*         x² is x^2
 *   primary := number | x | pi | e | name "(" sum ("," sum)? ")" | "(" sum ")"
 *
 * Functions: sin cos tan exp log (natural) sqrt abs of one argument, min max of two. Pasted prose
 * characters are read as their ASCII meaning: − (minus sign), × · ⋅ (times), ÷, ², ³, π.
 * There is no implicit multiplication: `2x` is an error that suggests `2*x`.
 *
 * The compiled function returns a finite number, or NaN where the formula has no finite value
 * (log or sqrt of a negative number, division by zero, overflow); it never throws.
 */

export type Pattern = (x: number) => number;

/** A formula that cannot be compiled; `column` is the 1-based character position of the problem. */
export class PatternError extends Error {
  readonly column: number;
  constructor(message: string, column: number) {
    super(message);
    this.name = 'PatternError';
    this.column = column;
  }
}

export const MAX_PATTERN_LENGTH = 200;
export const MAX_PATTERN_DEPTH = 32;

/** One sentence listing what a formula may use; error messages and docs both quote it. */
export function describePatternGrammar(): string {
  return (
    'The formula may use x, numbers such as 2, 0.55 or 1e-3, + - * / and ^, parentheses, ' +
    'the functions sin, cos, tan, exp, log, sqrt and abs of one argument, ' +
    'min and max of two arguments separated by a comma, and the constants pi and e.'
  );
}

const UNARY_FUNCTIONS: ReadonlyMap<string, (a: number) => number> = new Map([
  ['sin', Math.sin],
  ['cos', Math.cos],
  ['tan', Math.tan],
  ['exp', Math.exp],
  ['log', Math.log],
  ['sqrt', Math.sqrt],
  ['abs', Math.abs],
]);

const BINARY_FUNCTIONS: ReadonlyMap<string, (a: number, b: number) => number> = new Map([
  ['min', (a: number, b: number) => Math.min(a, b)],
  ['max', (a: number, b: number) => Math.max(a, b)],
]);

const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
]);

/** Operator characters, with the Unicode forms authors paste from prose. */
const OPERATORS: ReadonlyMap<string, Operator> = new Map([
  ['+', '+'],
  ['-', '-'],
  ['\u2212', '-'], // − minus sign
  ['*', '*'],
  ['\u00d7', '*'], // × multiplication sign
  ['\u00b7', '*'], // · middle dot
  ['\u22c5', '*'], // ⋅ dot operator
  ['/', '/'],
  ['\u00f7', '/'], // ÷ division sign
  ['^', '^'],
  ['(', '('],
  [')', ')'],
  [',', ','],
]);

const SUPERSCRIPTS: ReadonlyMap<string, number> = new Map([
  ['\u00b2', 2], // ²
  ['\u00b3', 3], // ³
]);

type Operator = '+' | '-' | '*' | '/' | '^' | '(' | ')' | ',';
type Binary = '+' | '-' | '*' | '/' | '^';

type Token =
  | { kind: 'number'; value: number; shown: string; column: number }
  | { kind: 'name'; name: string; shown: string; column: number }
  | { kind: 'op'; op: Operator; shown: string; column: number }
  | { kind: 'sup'; exponent: number; shown: string; column: number }
  | { kind: 'end'; shown: string; column: number };

type Node =
  | { kind: 'num'; value: number }
  | { kind: 'x' }
  | { kind: 'neg'; arg: Node }
  | { kind: 'bin'; op: Binary; left: Node; right: Node }
  | { kind: 'call1'; fn: (a: number) => number; arg: Node }
  | { kind: 'call2'; fn: (a: number, b: number) => number; left: Node; right: Node };

function fail(message: string, column: number): never {
  throw new PatternError(message, column);
}

const grammarNote = () => {
  const sentence = describePatternGrammar();
  return `(${sentence.charAt(0).toLowerCase()}${sentence.slice(1, -1)})`;
};

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isSign = (c: string | undefined) => c === '+' || c === '-' || c === '\u2212';

function tokenize(chars: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    const column = i + 1;
    if (/\s/u.test(c)) {
      i++;
    } else if (isDigit(c) || c === '.') {
      let j = i;
      while (isDigit(chars[j]) || chars[j] === '.') j++;
      const mantissa = chars.slice(i, j).join('');
      if (mantissa === '.') fail(`"." at column ${column} is not a number; write 0.5 or .5`, column);
      if (mantissa.indexOf('.') !== mantissa.lastIndexOf('.')) {
        fail(`malformed number "${mantissa}" at column ${column}: a number has at most one "."`, column);
      }
      if ((chars[j] === 'e' || chars[j] === 'E') && (isDigit(chars[j + 1]) || (isSign(chars[j + 1]) && isDigit(chars[j + 2])))) {
        j += isSign(chars[j + 1]) ? 2 : 1;
        while (isDigit(chars[j])) j++;
      }
      const shown = chars.slice(i, j).join('');
      const value = Number(shown.replace('\u2212', '-'));
      if (!Number.isFinite(value)) fail(`number "${shown}" at column ${column} is too large`, column);
      tokens.push({ kind: 'number', value, shown, column });
      i = j;
    } else if (isLetter(c)) {
      let j = i;
      while (isLetter(chars[j])) j++;
      const name = chars.slice(i, j).join('');
      tokens.push({ kind: 'name', name, shown: name, column });
      i = j;
    } else if (c === '\u03c0') {
      tokens.push({ kind: 'name', name: 'pi', shown: c, column });
      i++;
    } else if (OPERATORS.has(c)) {
      tokens.push({ kind: 'op', op: OPERATORS.get(c)!, shown: c, column });
      i++;
    } else if (SUPERSCRIPTS.has(c)) {
      tokens.push({ kind: 'sup', exponent: SUPERSCRIPTS.get(c)!, shown: c, column });
      i++;
    } else if (c === '=') {
      fail(`"=" at column ${column}: write only the right-hand side, e.g. 1.2*x + 2.1`, column);
    } else if (c === '\u2013' || c === '\u2014') {
      fail(`dash "${c}" at column ${column}: write - for minus`, column);
    } else {
      fail(`unexpected character "${c}" at column ${column} ${grammarNote()}`, column);
    }
  }
  tokens.push({ kind: 'end', shown: '', column: chars.length + 1 });
  return tokens;
}

// Building nodes folds constants, so `9 - 0.55*(x - 7.5)^2` keeps no work for 9 or 0.55 beyond a read.

const BINARY_OPS: Readonly<Record<Binary, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => Math.pow(a, b),
};

const num = (value: number): Node => ({ kind: 'num', value });
const neg = (arg: Node): Node => (arg.kind === 'num' ? num(-arg.value) : { kind: 'neg', arg });
const bin = (op: Binary, left: Node, right: Node): Node =>
  left.kind === 'num' && right.kind === 'num' ? num(BINARY_OPS[op](left.value, right.value)) : { kind: 'bin', op, left, right };
const call1 = (fn: (a: number) => number, arg: Node): Node => (arg.kind === 'num' ? num(fn(arg.value)) : { kind: 'call1', fn, arg });
const call2 = (fn: (a: number, b: number) => number, left: Node, right: Node): Node =>
  left.kind === 'num' && right.kind === 'num' ? num(fn(left.value, right.value)) : { kind: 'call2', fn, left, right };

function parse(tokens: readonly Token[]): Node {
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos]!;
  const isOp = (token: Token, op: Operator) => token.kind === 'op' && token.op === op;
  const take = () => tokens[pos++]!;

  const endsOperand = (t: Token | undefined) =>
    t !== undefined && (t.kind === 'number' || t.kind === 'name' || t.kind === 'sup' || (t.kind === 'op' && t.op === ')'));
  const startsOperand = (t: Token) => t.kind === 'number' || t.kind === 'name' || (t.kind === 'op' && t.op === '(');

  /** The next token cannot follow what came before; say why as precisely as we can. */
  function unexpected(t: Token, context: string): never {
    const before = tokens[pos - 1];
    if (before !== undefined && startsOperand(t) && endsOperand(before)) {
      // After a superscript, quote its base too when that is one token: "x²", not "²".
      const base = tokens[pos - 2];
      const left =
        before.kind === 'sup' && base !== undefined && (base.kind === 'number' || base.kind === 'name')
          ? `${base.shown}${before.shown}`
          : before.shown;
      fail(`expected an operator between "${left}" and "${t.shown}" at column ${t.column}; write ${left}*${t.shown}`, t.column);
    }
    if (isOp(t, ')')) fail(`unmatched ")" at column ${t.column}`, t.column);
    if (isOp(t, ',')) fail(`"," at column ${t.column} only separates the two arguments of min and max`, t.column);
    fail(`unexpected "${t.shown}" at column ${t.column}: ${context}`, t.column);
  }

  function open(paren: Token) {
    depth++;
    if (depth > MAX_PATTERN_DEPTH) {
      fail(`parentheses nest deeper than ${MAX_PATTERN_DEPTH} levels at column ${paren.column}`, paren.column);
    }
  }

  /** Expect the ")" matching `paren`; `owner` names the function whose parentheses these are. */
  function close(paren: Token, owner?: string) {
    const t = peek();
    if (isOp(t, ')')) {
      take();
      depth--;
      return;
    }
    const what = owner === undefined ? `"(" at column ${paren.column}` : `the "(" of ${owner} at column ${paren.column}`;
    if (t.kind === 'end') fail(`unclosed ${what}: add ")"`, paren.column);
    unexpected(t, `expected ")" to close ${what}`);
  }

  /** One level of left-associative operators: `operand (op operand)*`, as `+ -` over products and `* /` over factors. */
  function leftAssociative(ops: readonly Binary[], operand: () => Node): Node {
    let left = operand();
    for (let t = peek(); t.kind === 'op' && (ops as readonly Operator[]).includes(t.op); t = peek()) {
      take();
      left = bin(t.op as Binary, left, operand());
    }
    return left;
  }
  const sum = (): Node => leftAssociative(['+', '-'], product);
  const product = (): Node => leftAssociative(['*', '/'], unary);

  function unary(): Node {
    const t = peek();
    if (isOp(t, '-')) {
      take();
      return neg(unary());
    }
    if (isOp(t, '+')) {
      take();
      return unary();
    }
    return power();
  }

  function power(): Node {
    const base = postfix();
    if (isOp(peek(), '^')) {
      take();
      return bin('^', base, unary());
    }
    return base;
  }

  function postfix(): Node {
    let node = primary();
    for (let t = peek(); t.kind === 'sup'; t = peek()) {
      take();
      node = bin('^', node, num(t.exponent));
    }
    return node;
  }

  function primary(): Node {
    const t = peek();
    if (t.kind === 'number') {
      take();
      return num(t.value);
    }
    if (t.kind === 'name') {
      take();
      if (t.name === 'x') return { kind: 'x' };
      const constant = CONSTANTS.get(t.name);
      if (constant !== undefined) return num(constant);
      const fn1 = UNARY_FUNCTIONS.get(t.name);
      const fn2 = BINARY_FUNCTIONS.get(t.name);
      if (fn1 !== undefined || fn2 !== undefined) return call(t, fn1, fn2);
      fail(`unknown name "${t.shown}" at column ${t.column}${nameHint(t.name)} ${grammarNote()}`, t.column);
    }
    if (isOp(t, '(')) {
      take();
      open(t);
      const inner = sum();
      close(t);
      return inner;
    }
    // Here t is "*", "/", "^", ")", ",", a superscript or the end: none can start an operand.
    const before = tokens[pos - 1];
    const expected = `expected a number, x, a function or "("${before === undefined ? '' : ` after "${before.shown}"`}`;
    if (t.kind === 'end') fail(`the formula ends too soon at column ${t.column}: ${expected}`, t.column);
    if (t.kind === 'sup') fail(`"${t.shown}" at column ${t.column} must follow a number, x or ")"`, t.column);
    if (isOp(t, ')') && before !== undefined && isOp(before, '(')) {
      fail(`empty parentheses at column ${before.column}: put an expression inside`, before.column);
    }
    if (isOp(t, '*') && before !== undefined && isOp(before, '*')) {
      fail(`"**" at column ${before.column} is not an operator; write ^ for powers, e.g. x^2`, before.column);
    }
    fail(`unexpected "${t.shown}" at column ${t.column}: ${expected}`, t.column);
  }

  function call(
    name: Token & { kind: 'name' },
    fn1: ((a: number) => number) | undefined,
    fn2: ((a: number, b: number) => number) | undefined,
  ): Node {
    const paren = peek();
    const example = fn2 ? `${name.name}(x, 0)` : `${name.name}(x)`;
    if (!isOp(paren, '(')) fail(`${name.name} at column ${name.column} needs parentheses: write ${example}`, name.column);
    take();
    open(paren);
    const first = sum();
    const comma = peek();
    if (fn1 !== undefined) {
      if (isOp(comma, ',')) fail(`${name.name} takes one argument; unexpected "," at column ${comma.column}`, comma.column);
      close(paren, name.name);
      return call1(fn1, first);
    }
    if (!isOp(comma, ',')) {
      if (isOp(comma, ')')) {
        fail(`${name.name} takes two arguments separated by a comma, e.g. ${example}; found ")" at column ${comma.column}`, comma.column);
      }
      if (comma.kind === 'end') close(paren, name.name);
      unexpected(comma, `expected "," between the two arguments of ${name.name}`);
    }
    take();
    const second = sum();
    const extra = peek();
    if (isOp(extra, ',')) fail(`${name.name} takes two arguments; unexpected "," at column ${extra.column}`, extra.column);
    close(paren, name.name);
    return call2(fn2!, first, second);
  }

  const tree = sum();
  const rest = peek();
  if (rest.kind !== 'end') unexpected(rest, 'expected an operator or the end of the formula');
  return tree;
}

function nameHint(name: string): string {
  const lower = name.toLowerCase();
  if (lower !== name && (lower === 'x' || CONSTANTS.has(lower) || UNARY_FUNCTIONS.has(lower) || BINARY_FUNCTIONS.has(lower))) {
    return `; names are lower case: write ${lower}`;
  }
  if (name === 'ln') return '; write log for the natural logarithm';
  for (const fn of [...UNARY_FUNCTIONS.keys(), ...BINARY_FUNCTIONS.keys()]) {
    const rest = name.slice(fn.length);
    if (name.startsWith(fn) && (rest === 'x' || CONSTANTS.has(rest))) return `; write ${fn}(${rest})`;
  }
  return '';
}

function build(node: Node): Pattern {
  switch (node.kind) {
    case 'num': {
      const value = node.value;
      return () => value;
    }
    case 'x':
      return (x) => x;
    case 'neg': {
      const arg = build(node.arg);
      return (x) => -arg(x);
    }
    case 'call1': {
      const { fn } = node;
      const arg = build(node.arg);
      return (x) => fn(arg(x));
    }
    case 'call2': {
      const { fn } = node;
      const left = build(node.left);
      const right = build(node.right);
      return (x) => fn(left(x), right(x));
    }
    case 'bin': {
      const left = build(node.left);
      const right = build(node.right);
      switch (node.op) {
        case '+':
          return (x) => left(x) + right(x);
        case '-':
          return (x) => left(x) - right(x);
        case '*':
          return (x) => left(x) * right(x);
        case '/':
          return (x) => left(x) / right(x);
        case '^':
          return (x) => Math.pow(left(x), right(x));
      }
    }
  }
}

/**
 * Compile a pattern formula once into a function of x. Throws PatternError, with a message naming the
 * column, for empty text, over 200 characters, unknown names or characters, a missing operator (`2x`),
 * unbalanced parentheses, wrong argument counts, trailing text, or parentheses nested deeper than 32.
 */
export function compilePattern(text: string): Pattern {
  if (typeof text !== 'string') fail('a pattern must be a text formula, e.g. "1.2*x + 2.1"', 1);
  const chars = Array.from(text);
  if (chars.length > MAX_PATTERN_LENGTH) {
    fail(`the formula is ${chars.length} characters long; at most ${MAX_PATTERN_LENGTH} are allowed`, MAX_PATTERN_LENGTH + 1);
  }
  if (text.trim() === '') fail('the formula is empty; write one such as 1.2*x + 2.1', 1);
  const evaluate = build(parse(tokenize(chars)));
  return (x) => {
    const y = evaluate(x);
    return Number.isFinite(y) ? y : NaN;
  };
}
