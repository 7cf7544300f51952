/**
 * Axis limits on a 1–2–3–5 ladder. A figure whose range follows its data keys its cached axes on these, so the
 * axes (a full Plot render) are redrawn only when the range jumps a rung, not for every configuration.
 */
const LADDER = [1, 2, 3, 5];

/** The smallest rung ≥ value (value > 0). */
export function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of LADDER) if (m * power >= value) return m * power;
  return 10 * power;
}
