/** How the slide components read on the essay page: slides are sections, notes and slide-only parts vanish. */
import Slide from './essay/Slide.astro';
import Hidden from './essay/Hidden.astro';
import Passthrough from './essay/Passthrough.astro';
import type { SlideComponentName } from './slide-components.ts';

export const essaySlideComponents = {
  Slide,
  Notes: Hidden,
  SlideOnly: Hidden,
  EssayOnly: Passthrough,
  Step: Passthrough,
} satisfies Record<SlideComponentName, unknown>;
