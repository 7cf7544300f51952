/** The prose components every chapter gets on the essay page, without import lines. */
import TryThis from './TryThis.astro';
import Recap from './Recap.astro';

export const essayComponents: Record<string, unknown> = { TryThis, Recap };
