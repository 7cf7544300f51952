/**
 * Props every figure takes besides its own Spec. `id`, `title` and `controls` are the author's;
 * `source` and `figureNumber` are added by the remark-figures plugin at MDX compile time.
 */
export const SHELL_PROPS = ['id', 'title', 'controls', 'link', 'source', 'figureNumber'] as const;

export interface ShellProps {
  id?: string;
  title?: string;
  /** Comma-separated props to hide from the reader's controls (a slide may fix them). */
  controls?: string;
  /**
   * Figures with the same `link` on a page share the props they have in common: dragging w in one moves w in
   * the other (e.g. a neuron's line and its point on the loss landscape).
   */
  link?: string;
  source?: string;
  figureNumber?: number;
}

/** Figure ids go into URLs and element ids: keep them to a safe alphabet. */
export const FIGURE_ID = /^[a-z][a-z0-9-]{0,63}$/;
