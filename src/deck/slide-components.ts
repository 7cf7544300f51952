/**
 * The components a chapter uses to be both an essay and a deck. Each route maps every name to its own component
 * (essay-components.ts, deck-components.ts), typed against this list: a name added here and not there, or there
 * and not here, is a type error. The MDX check accepts these tags (src/mdx/authoring-components.ts).
 */
export const SLIDE_COMPONENTS = ['Slide', 'Notes', 'Step', 'EssayOnly', 'SlideOnly'] as const;

export type SlideComponentName = (typeof SLIDE_COMPONENTS)[number];
