/**
 * The reader's progress where the contents shows it ("2 of 3 tried") and the one button that forgets it all.
 * Both follow changes made on the same page (an exercise checked, the answers forgotten).
 */
import text from 'virtual:text/exercise-progress';
import { fill } from '../../text/fill.ts';
import { forgetAnswers, readProgress, triedIn } from './progress.ts';

let listening = false;

export function showProgress(root: Document): void {
  const update = () => {
    const progress = readProgress();
    for (const slot of root.querySelectorAll<HTMLElement>('[data-exercise-progress]')) {
      const tried = triedIn(slot.dataset.chapter!, progress);
      slot.textContent = fill(text.tried, { tried, count: slot.dataset.count ?? '' });
      slot.hidden = tried === 0;
    }
    for (const box of root.querySelectorAll<HTMLElement>('[data-forget-answers]')) {
      if (Object.keys(progress).length > 0) box.hidden = false;
    }
  };
  for (const box of root.querySelectorAll<HTMLElement>('[data-forget-answers]:not([data-live])')) {
    box.dataset.live = '';
    box.querySelector('button')!.addEventListener('click', () => {
      forgetAnswers();
      // Exercises on this page start afresh too.
      box.querySelector('[role=status]')!.textContent = text.forgotten;
      for (const section of root.querySelectorAll<HTMLElement>('[data-exercise]')) section.dispatchEvent(new CustomEvent('bl-exercise-forget'));
    });
  }
  if (!listening) addEventListener('bl-exercises-change', update);
  listening = true;
  update();
}
