import T from 'virtual:text/activation-gallery';
import type { ActivationName } from '../../nn/index.ts';

/**
 * Each activation's formula, hand-written as MathML (KaTeX does not run in the browser; MathML does, and
 * screen readers read it), with the same thing said in words. Keyed by src/nn's names; the `tex` field there
 * is the source these follow.
 */
export interface Formula {
  f: string;
  df: string;
  words: string;
}

import { localNumber } from '../kit/draw/format.ts';

const mi = (x: string) => `<mi>${x}</mi>`;
const mn = (x: string) => `<mn>${x}</mn>`;
const mo = (x: string) => `<mo>${x}</mo>`;
const fz = `${mi('f')}${mo('(')}${mi('z')}${mo(')')}`;
const dfz = `${mi('f')}${mo('′')}${mo('(')}${mi('z')}${mo(')')}`;
const math = (body: string) => `<math display="block"><mrow>${body}</mrow></math>`;
const eMinusZ = `<msup>${mi('e')}<mrow>${mo('−')}${mi('z')}</mrow></msup>`;
const eZ = `<msup>${mi('e')}${mi('z')}</msup>`;
const cases = (a: string, b: string) =>
  `${mo('{')}<mtable columnalign="left"><mtr><mtd>${a}</mtd></mtr><mtr><mtd>${b}</mtd></mtr></mtable>`;

export const formulas: Record<ActivationName, Formula> = {
  identity: {
    f: math(`${fz}${mo('=')}${mi('z')}`),
    df: math(`${dfz}${mo('=')}${mn('1')}`),
    words: T.words.identity,
  },
  relu: {
    f: math(`${fz}${mo('=')}${mi('max')}${mo('(')}${mn('0')}${mo(',')}${mi('z')}${mo(')')}`),
    df: math(`${dfz}${mo('=')}${cases(`${mn('1')}<mtext>&#x2003;${T.formula.if}&#xA0;</mtext>${mi('z')}${mo('>')}${mn('0')}`, `${mn('0')}<mtext>&#x2003;${T.formula.otherwise}</mtext>`)}`),
    words: T.words.relu,
  },
  leakyRelu: {
    f: math(`${fz}${mo('=')}${mi('max')}${mo('(')}${mn(localNumber('0.01'))}${mi('z')}${mo(',')}${mi('z')}${mo(')')}`),
    df: math(`${dfz}${mo('=')}${cases(`${mn('1')}<mtext>&#x2003;${T.formula.if}&#xA0;</mtext>${mi('z')}${mo('>')}${mn('0')}`, `${mn(localNumber('0.01'))}<mtext>&#x2003;${T.formula.otherwise}</mtext>`)}`),
    words: T.words.leakyRelu,
  },
  sigmoid: {
    f: math(`${fz}${mo('=')}<mfrac>${mn('1')}<mrow>${mn('1')}${mo('+')}${eMinusZ}</mrow></mfrac>`),
    df: math(`${dfz}${mo('=')}${fz}${mo('(')}${mn('1')}${mo('−')}${fz}${mo(')')}`),
    words: T.words.sigmoid,
  },
  tanh: {
    f: math(`${fz}${mo('=')}${mi('tanh')}${mi('z')}${mo('=')}<mfrac><mrow>${eZ}${mo('−')}${eMinusZ}</mrow><mrow>${eZ}${mo('+')}${eMinusZ}</mrow></mfrac>`),
    df: math(`${dfz}${mo('=')}${mn('1')}${mo('−')}<msup>${mi('tanh')}${mn('2')}</msup>${mi('z')}`),
    words: T.words.tanh,
  },
  softplus: {
    f: math(`${fz}${mo('=')}${mi('ln')}${mo('(')}${mn('1')}${mo('+')}${eZ}${mo(')')}`),
    df: math(`${dfz}${mo('=')}<mfrac>${mn('1')}<mrow>${mn('1')}${mo('+')}${eMinusZ}</mrow></mfrac>`),
    words: T.words.softplus,
  },
  gelu: {
    f: math(
      `${fz}${mo('≈')}<mfrac>${mn('1')}${mn('2')}</mfrac>${mi('z')}${mo('(')}${mn('1')}${mo('+')}${mi('tanh')}${mo('(')}<msqrt><mfrac>${mn('2')}${mi('π')}</mfrac></msqrt>${mo('(')}${mi('z')}${mo('+')}${mn(localNumber('0.044715'))}<msup>${mi('z')}${mn('3')}</msup>${mo(')')}${mo(')')}${mo(')')}`,
    ),
    df: `<p>${T.formula.geluSlope}</p>`,
    words: T.words.gelu,
  },
};
