/**
 * Props every figure takes besides its own Spec. `id`, `title` and `controls` are the author's;
 * `source`, `figureNumber` and `figure` (which folder's figure the tag is) are added by the MDX check
 * (src/mdx/remark-figures.ts) at compile time.
 */
export const SHELL_PROPS = ['id', 'title', 'controls', 'link', 'source', 'figureNumber', 'figure'] as const;

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
  figure?: string;
}

/** Figure ids go into URLs and element ids: keep them to a safe alphabet. */
export const FIGURE_ID = /^[a-z][a-z0-9-]{0,63}$/;
