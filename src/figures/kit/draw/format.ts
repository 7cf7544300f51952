/** Number formatting shared by readouts, descriptions and tables, so a value reads the same everywhere. */

/** Fixed decimals with a true minus sign; never prints NaN (a non-finite value reads as "—"). */
export function fmt(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const text = Math.abs(value) < 0.5 * 10 ** -digits ? (0).toFixed(digits) : value.toFixed(digits);
  return text.replace('-', '\u2212');
}

/** Signed, for algebra like "y = 0.50x − 1.20": the sign is separated so it can sit between terms. */
export function signed(value: number, digits = 2): string {
  const v = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  return `${v < 0 ? '\u2212' : '+'} ${fmt(Math.abs(v), digits)}`;
}

/** Loss values span orders of magnitude; keep three significant figures, switch to exponent when huge. */
export function fmtLoss(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) return value.toExponential(2).replace('-', '\u2212');
  return value.toPrecision(3).replace('-', '\u2212');
}
