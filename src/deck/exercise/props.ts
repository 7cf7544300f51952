/** What remark-exercises and remark-slides give an exercise on a slide: its id, its answer, its step. */
export interface DeckExerciseProps {
  exercise: string;
  /** JSON: the answer as remark-exercises wrote it for the essay's component of the same name. */
  answer: string;
  /** The slide's step that reveals the answer. */
  stepNumber?: number;
}
