/**
 * Components a chapter may use besides figures. The chapter pages provide them (chapters never import), and the
 * MDX check (remark-figures.ts) rejects any other capitalised tag by name.
 */
import { PROSE_COMPONENTS } from '../components/prose-components.ts';
import { SLIDE_COMPONENTS } from '../deck/slide-components.ts';
import { EXERCISE_COMPONENTS } from '../components/exercises/exercise-components.ts';

export const AUTHORING_COMPONENTS = [...SLIDE_COMPONENTS, ...PROSE_COMPONENTS, ...EXERCISE_COMPONENTS] as const;
