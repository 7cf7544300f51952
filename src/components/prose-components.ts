/**
 * The prose components a chapter may use besides figures and slides. essay-components.ts maps each name to its
 * component, typed against this list, and the MDX check accepts these tags (src/mdx/authoring-components.ts).
 */
export const PROSE_COMPONENTS = ['Term', 'TryThis', 'Recap', 'FurtherReading'] as const;

export type ProseComponentName = (typeof PROSE_COMPONENTS)[number];
