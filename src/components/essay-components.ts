/** The prose components every chapter gets on the essay page, without import lines. */
import TryThis from './TryThis.astro';
import Recap from './Recap.astro';
import Term from './Term.astro';
import FurtherReading from './FurtherReading.astro';
import { essaySlideComponents } from '../deck/essay-components.ts';
import type { ProseComponentName } from './prose-components.ts';

const proseComponents = { TryThis, Recap, Term, FurtherReading } satisfies Record<ProseComponentName, unknown>;

export const essayComponents = { ...essaySlideComponents, ...proseComponents };
