/**
 * The exercise components a chapter may use. essay-components.ts and deck-components.ts map each name to their
 * own reading of it, typed against this list; the MDX check accepts these tags and remark-exercises checks
 * their props.
 */
export const EXERCISE_COMPONENTS = ['Choice', 'Option', 'Answer'] as const;

export type ExerciseComponentName = (typeof EXERCISE_COMPONENTS)[number];
