/**
 * Exercises come alive: the reader picks an option or types a number and presses Check; the verdict and its
 * hint or explanation are announced politely, the answer opens up once they have tried, and what they did is
 * remembered in this browser (progress.ts). Loaded on demand by exercise-boot.ts, which has already closed the
 * answers and shown the Check buttons.
 */
import text from 'virtual:text/exercise-live';
import { fill } from '../../text/fill.ts';
import { fmt, localNumber } from '../../figures/kit/draw/format.ts';
import { checkNumber, type NumberAnswer } from './answer-check.ts';
import { CLOSE, scoreSketch } from './sketch-score.ts';
import { sketchPad } from './sketch-pad.ts';
import { readProgress, saveAttempt, type Attempt } from './progress.ts';

interface Verdict {
  right: boolean;
  text: string;
}

export function wireExercises(root: Document): void {
  const progress = readProgress();
  for (const section of root.querySelectorAll<HTMLElement>('[data-exercise]:not([data-wired])')) {
    section.dataset.wired = '';
    const kind = section.dataset.kind;
    const judge = kind === 'answer' ? numberJudge(section) : kind === 'sketch' ? sketchJudge(section) : choiceJudge(section);
    wire(section, judge, progress[section.dataset.exercise!]);
  }
}

interface Judge {
  /** The reader's current answer, or null with what to say when there is none yet. */
  pick(): { pick: string } | { missing: string };
  verdict(pick: string): Verdict;
  /** Puts a remembered answer back into the control. */
  restore(pick: string): void;
}

function wire(section: HTMLElement, judge: Judge, saved: Attempt | undefined): void {
  const check = section.querySelector<HTMLButtonElement>('[data-check]')!;
  const feedback = section.querySelector<HTMLElement>('[data-feedback]')!;
  const details = section.querySelector<HTMLDetailsElement>('[data-answer-details]')!;
  const figure = section.querySelector<HTMLButtonElement>('[data-show-figure]');

  const show = (verdict: Verdict) => {
    feedback.dataset.verdict = verdict.right ? 'right' : 'wrong';
    feedback.textContent = verdict.text;
    details.hidden = false;
    if (figure) figure.hidden = false;
  };
  check.addEventListener('click', () => {
    const answer = judge.pick();
    if ('missing' in answer) {
      delete feedback.dataset.verdict;
      feedback.textContent = answer.missing;
      return;
    }
    const verdict = judge.verdict(answer.pick);
    show(verdict);
    saveAttempt(section.dataset.exercise!, { right: verdict.right, pick: answer.pick });
  });
  figure?.addEventListener('click', () => void showInFigure(figure));
  // "Forget my answers": back to a question not yet tried.
  section.addEventListener('bl-exercise-forget', () => {
    judge.restore('');
    delete feedback.dataset.verdict;
    feedback.textContent = '';
    details.hidden = true;
    details.open = false;
    if (figure) figure.hidden = true;
  });
  if (saved) {
    judge.restore(saved.pick);
    show(judge.verdict(saved.pick));
  }
}

function choiceJudge(section: HTMLElement): Judge {
  const options = Array.from(section.querySelectorAll<HTMLElement>('[data-option]'));
  const input = (option: HTMLElement) => option.querySelector<HTMLInputElement>('input')!;
  return {
    pick: () => {
      const chosen = options.find((o) => input(o).checked);
      return chosen ? { pick: chosen.dataset.option! } : { missing: text.pickFirst };
    },
    verdict: (pick) => {
      const chosen = options.find((o) => o.dataset.option === pick);
      for (const o of options) delete o.dataset.verdict;
      if (!chosen) return { right: false, text: text.pickFirst };
      const right = chosen.hasAttribute('data-correct');
      chosen.dataset.verdict = right ? 'right' : 'wrong';
      if (right) return { right, text: fill(text.rightChoice, { explain: section.dataset.explain ?? '' }).trim() };
      return { right, text: fill(text.notThisOne, { hint: chosen.dataset.hint ?? text.lookAgain }) };
    },
    restore: (pick) => {
      for (const o of options) {
        input(o).checked = o.dataset.option === pick;
        if (!pick) delete o.dataset.verdict;
      }
    },
  };
}

function numberJudge(section: HTMLElement): Judge {
  const answer = JSON.parse(section.dataset.answer ?? '{}') as NumberAnswer;
  const field = section.querySelector<HTMLInputElement>('input')!;
  // Enter checks, as in a form.
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') section.querySelector<HTMLButtonElement>('[data-check]')?.click();
  });
  const unit = answer.unit ? ` ${answer.unit}` : '';
  return {
    pick: () => (field.value.trim() ? { pick: field.value.trim() } : { missing: text.typeFirst }),
    verdict: (pick) => {
      const verdict = checkNumber(pick, answer);
      field.removeAttribute('aria-invalid');
      if (verdict.kind === 'unreadable') {
        field.setAttribute('aria-invalid', 'true');
        return { right: false, text: fill(text.notANumber, { pick }) };
      }
      if (verdict.kind === 'right') return { right: true, text: fill(text.right, { value: `${localNumber(String(answer.value))}${unit}`, explain: answer.explain ?? '' }).trim() };
      return { right: false, text: fill(text.wrong, { value: `${localNumber(String(verdict.value))}${unit}`, hint: verdict.hint ?? (verdict.direction === 'higher' ? text.higher : text.lower) }) };
    },
    restore: (pick) => {
      field.value = pick;
    },
  };
}

interface Curve {
  what: string;
  xDomain: [number, number];
  yDomain: [number, number];
  xs: number[];
  ys: number[];
}

function sketchJudge(section: HTMLElement): Judge {
  const curve = JSON.parse(section.dataset.curve ?? '{}') as Curve;
  const clear = section.querySelector<HTMLButtonElement>('[data-sketch-clear]');
  const pad = sketchPad(section.querySelector<HTMLElement>('[data-sketch-pad]')!, section.querySelector('[data-sketch-status]'), curve.yDomain, () => {});
  const where = { left: text.atLeft, middle: text.inMiddle, right: text.atRight } as const;
  const digits = (v: number) => fmt(v, Math.abs(v) >= 10 ? 0 : Math.abs(v) >= 1 ? 1 : 2);
  clear?.addEventListener('click', () => {
    pad.clear();
    clear.hidden = true;
    const feedback = section.querySelector<HTMLElement>('[data-feedback]')!;
    delete feedback.dataset.verdict;
    feedback.textContent = text.drawAgain;
  });
  return {
    pick: () =>
      pad.handles.some((h) => h !== null)
        ? { pick: pad.handles.map((h) => (h === null ? '' : h.toFixed(3))).join(',') }
        : { missing: text.drawFirst },
    verdict: (pick) => {
      const score = scoreSketch({ handles: pick.split(',').map((v) => (v === '' ? null : Number(v))), xDomain: curve.xDomain }, curve, curve.yDomain);
      if (!score) return { right: false, text: text.drawFirst };
      pad.showCurve(curve.xs, curve.ys);
      if (clear) clear.hidden = false;
      const right = score.share <= CLOSE;
      const gap = fill(text.gap, { gap: digits(score.meanGap), what: curve.what, where: where[score.worst] });
      return { right, text: right ? fill(text.close, { gap }) : gap };
    },
    restore: (pick) => {
      pad.clear();
      if (!pick) return;
      pick.split(',').forEach((v, i) => (pad.handles[i] = v === '' ? null : Number(v)));
      pad.redraw();
    },
  };
}

/** Gives the chapter's figure the state the exercise names, and brings it into view. */
async function showInFigure(button: HTMLButtonElement): Promise<void> {
  const id = button.dataset.showFigure!;
  const element = document.getElementById(id);
  if (!element) return;
  // Its title at the top of the window (centring hid the title and the top of a tall figure), and the keyboard
  // with it: the title takes focus, so Tab goes on into the figure's controls.
  const title = document.getElementById(`${id}-title`);
  const target = title ?? element;
  target.style.scrollMarginTop = '1rem';
  target.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' });
  if (title) {
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
  }
  const { setFigureState } = await import('../../figures/remote-state.ts');
  await setFigureState(id, JSON.parse(button.dataset.state ?? '{}'));
}
