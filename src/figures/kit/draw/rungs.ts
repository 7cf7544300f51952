/**
 * Axis limits on a 1–2–3–5 ladder, for a figure whose range follows its data (collapse-stack's output range).
 * Two things come of it: the axes stand still while the data moves within a rung, so the reader's eye has a
 * fixed frame; and since a cached base is keyed by its options, a laddered range means one base per rung, so
 * the axes (a full Plot render) are redrawn only when the range jumps one, not for every configuration.
 */
const LADDER = [1, 2, 3, 5];

/** The smallest rung ≥ value (value > 0). */
export function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of LADDER) if (m * power >= value) return m * power;
  return 10 * power;
}

/** 1–3–10 ticks within [low, high] (low > 0): a few labelled values on a log axis instead of a dense grid. */
export function logTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let k = Math.floor(Math.log10(low)); k <= Math.ceil(Math.log10(high)); k++) {
    for (const m of [1, 3]) if (m * 10 ** k >= low && m * 10 ** k <= high) ticks.push(Number((m * 10 ** k).toPrecision(1)));
  }
  return ticks;
}
