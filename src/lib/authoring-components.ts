/**
 * Components a chapter may use besides figures. The chapter pages provide them (chapters never import),
 * and the MDX check in src/figures/kit/remark-figures.ts rejects any other capitalised tag by name.
 */
export const AUTHORING_COMPONENTS = [
  'Slide',
  'Notes',
  'Step',
  'EssayOnly',
  'SlideOnly',
  'Term',
  'TryThis',
  'Recap',
  'FurtherReading',
] as const;
