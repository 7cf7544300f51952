/**
 * Fired (bubbling) as `bl-figure-change` whenever a figure draws: a reader's change, setState, or a redraw of the
 * same state (the first live drawing, a new width, a finished training job). The deck refits slides on every
 * one; linked figures follow only changes, and windows sync only the reader's changes.
 */
export interface FigureChangeDetail {
  id: string;
  name: string;
  state: Record<string, unknown>;
  /** True when the change came from setState (another window, a slide step), not from this page's reader. */
  remote: boolean;
  /**
   * False when the state drawn is the one drawn before (for the first drawing: the authored state): a figure
   * that loads late or redraws at a new width must not push a stale state onto its partners or onto other
   * windows that have moved on meanwhile.
   */
  changed: boolean;
  /** The figure's link group, if any. */
  link?: string;
  /** When the state drawn was decided, on the page's clock (see link-group.ts): how linked figures tell old news. */
  version: number;
}

