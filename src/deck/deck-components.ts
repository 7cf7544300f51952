/** How the slide components read in the deck: a Slide is one slide, EssayOnly vanishes, SlideOnly shows. */
import Slide from './slide/Slide.astro';
import Notes from './slide/Notes.astro';
import Step from './slide/Step.astro';
import Nothing from './slide/Nothing.astro';
import Passthrough from './slide/Passthrough.astro';
import Choice from './exercise/Choice.astro';
import Option from './exercise/Option.astro';
import Answer from './exercise/Answer.astro';
import Sketch from './exercise/Sketch.astro';
import type { SlideComponentName } from './slide-components.ts';

export const deckComponents = {
  Slide,
  Notes,
  Step,
  EssayOnly: Nothing,
  SlideOnly: Passthrough,
} satisfies Record<SlideComponentName, unknown>;

/** Exercises on a slide: large, with the answer as the slide's next step (DeckSlides.astro checks the names). */
export const deckExerciseComponents = { Choice, Option, Answer, Sketch };
