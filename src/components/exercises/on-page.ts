/**
 * Everything exercises need when a page opens, as one small script the page's own script imports (the essay
 * layout, the home page): answers closed and Check buttons shown (exercise-boot.ts, which loads the rest on
 * demand), and the reader's progress written where the contents and the chapter head show it.
 */
import { bootExercises } from './exercise-boot.ts';
import { showProgress } from './progress-view.ts';

bootExercises(document);
showProgress(document);
