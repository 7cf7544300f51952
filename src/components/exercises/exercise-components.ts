/**
 * The exercise components a chapter may use. essay-components.ts and deck-components.ts map each name to their
 * own reading of it, typed against this list; the MDX check accepts these tags and remark-exercises checks
 * their props.
 */
export const EXERCISE_COMPONENTS = ['Choice', 'Option', 'Answer', 'Sketch'] as const;

export type ExerciseComponentName = (typeof EXERCISE_COMPONENTS)[number];

/** What remark-exercises gives every exercise component, besides what the author wrote. */
export interface ExerciseProps {
  /** Its id, `ex-<chapter>-<n>`: what the reader's progress is kept under. */
  exercise: string;
  /** Where the author wrote it, for messages. */
  source: string;
  title?: string;
  /** A figure of the chapter the reader can open to check, and the state to show it in. */
  figure?: string;
  state?: Record<string, unknown>;
}
