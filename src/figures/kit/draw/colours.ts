/**
 * Colours as CSS custom properties (defined in src/styles/tokens.css), so every figure follows the theme
 * and print without re-rendering. One meaning per colour across the essay.
 */
export const colour = {
  data: 'var(--c-data)',
  output: 'var(--c-output)',
  best: 'var(--c-best)',
  loss: 'var(--c-loss)',
  positive: 'var(--c-positive)',
  negative: 'var(--c-negative)',
  grid: 'var(--c-grid)',
  muted: 'var(--ink-muted)',
  ink: 'var(--ink)',
  paper: 'var(--bg-raised)',
} as const;

export const HIDDEN_COLOURS = 8;

/** Hidden neuron i (0-based) → its colour; the palette repeats past eight neurons. */
export function hiddenColour(i: number): string {
  return `var(--c-hidden-${(i % HIDDEN_COLOURS) + 1})`;
}

/** The token name (for a control's `color` in a Spec) of hidden neuron i. */
export function hiddenToken(i: number): string {
  return `hidden-${(i % HIDDEN_COLOURS) + 1}`;
}
