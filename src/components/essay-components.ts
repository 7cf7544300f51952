/** The prose components every chapter gets on the essay page, without import lines. */
import TryThis from './TryThis.astro';
import Recap from './Recap.astro';
import Term from './Term.astro';
import FurtherReading from './FurtherReading.astro';
import { essaySlideComponents } from '../deck/essay-components.ts';

export const essayComponents: Record<string, unknown> = { ...essaySlideComponents, TryThis, Recap, Term, FurtherReading };
