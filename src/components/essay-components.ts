/** The prose components every chapter gets on the essay page, without import lines. */
import TryThis from './TryThis.astro';
import Recap from './Recap.astro';
import Term from './Term.astro';
import FurtherReading from './FurtherReading.astro';
import { essaySlideComponents } from '../deck/essay-components.ts';
import Choice from './exercises/Choice.astro';
import Option from './exercises/Option.astro';
import Answer from './exercises/Answer.astro';
import Sketch from './exercises/Sketch.astro';
import type { ProseComponentName } from './prose-components.ts';
import type { ExerciseComponentName } from './exercises/exercise-components.ts';

const proseComponents = { TryThis, Recap, Term, FurtherReading } satisfies Record<ProseComponentName, unknown>;
const exerciseComponents = { Choice, Option, Answer, Sketch } satisfies Record<ExerciseComponentName, unknown>;

export const essayComponents = { ...essaySlideComponents, ...proseComponents, ...exerciseComponents };
