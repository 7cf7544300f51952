/**
 * How a slide arranges its content (deck.css reads `data-layout`). "stack": words above, a figure filling the
 * rest (the default). "split": a figure on the left, the slide's words in a column on the right.
 */
export const SLIDE_LAYOUTS = ['stack', 'split'] as const;
export type SlideLayout = (typeof SLIDE_LAYOUTS)[number];
