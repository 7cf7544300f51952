/**
 * Number formatting shared by readouts, descriptions, tables and axes, so a value reads the same everywhere, in
 * the course's language: its decimal mark, its grouping of thousands, and a true minus sign.
 */
import { NUMBER } from 'virtual:text/language';

/**
 * A number JavaScript wrote ("-1234.50", "1.5e-7") in the language's marks ("−1.234,50" in German). Done by hand
 * rather than with Intl.NumberFormat, so the build (Node's ICU) and every browser print the same characters.
 */
export function localNumber(text: string, marks: typeof NUMBER = NUMBER): string {
  const [mantissa, exponent] = text.split('e');
  const negative = mantissa.startsWith('-');
  const [int, frac] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const grouped = int.length >= marks.groupFrom ? int.replace(/\B(?=(\d{3})+$)/g, marks.group) : int;
  const body = frac === undefined ? grouped : `${grouped}${marks.decimal}${frac}`;
  const power = exponent === undefined ? '' : `e${exponent.replace('-', '\u2212')}`;
  return `${negative ? '\u2212' : ''}${body}${power}`;
}

/** Fixed decimals with a true minus sign; never prints NaN (a non-finite value reads as "—"). */
export function fmt(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  return localNumber(Math.abs(value) < 0.5 * 10 ** -digits ? (0).toFixed(digits) : value.toFixed(digits));
}

/** Signed, for algebra like "y = 0.50x − 1.20": the sign is separated so it can sit between terms. */
export function signed(value: number, digits = 2): string {
  const v = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  return `${v < 0 ? '\u2212' : '+'} ${fmt(Math.abs(v), digits)}`;
}

/** Loss values span orders of magnitude; keep three significant figures, switch to exponent when huge. */
export function fmtLoss(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) return localNumber(value.toExponential(2));
  return localNumber(value.toPrecision(3));
}
