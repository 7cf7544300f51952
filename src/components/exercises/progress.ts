/**
 * What the reader did in each exercise, kept in this browser only (localStorage; nothing is sent anywhere):
 * whether they tried, whether they got it right, and their last answer, by exercise id (`ex-<chapter>-<n>`).
 * Storage can be missing or full (private windows, an embed in a locked-down frame): then nothing is kept and
 * nothing breaks.
 */

export interface Attempt {
  right: boolean;
  /** The option index or the number typed, as the control holds it. */
  pick: string;
}

export type Progress = Record<string, Attempt>;

/** One key per site, so two courses served from one origin under different paths keep apart. */
const KEY = `bending-lines:exercises:${import.meta.env.BASE_URL}`;

export function readProgress(): Progress {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const progress: Progress = {};
    for (const [id, attempt] of Object.entries(parsed as Record<string, unknown>)) {
      const a = attempt as Partial<Attempt> | null;
      if (a && typeof a.right === 'boolean' && typeof a.pick === 'string') progress[id] = { right: a.right, pick: a.pick };
    }
    return progress;
  } catch {
    return {};
  }
}

export function saveAttempt(id: string, attempt: Attempt): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readProgress(), [id]: attempt }));
  } catch {
    /* not kept: see above */
  }
  dispatchEvent(new CustomEvent('bl-exercises-change'));
}

/** Forgets every answer on this site. */
export function forgetAnswers(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing kept to forget */
  }
  dispatchEvent(new CustomEvent('bl-exercises-change'));
}

/** How many of a chapter's exercises the reader has tried. */
export function triedIn(chapter: string, progress: Progress = readProgress()): number {
  // The number ends the id, so chapter "one" does not count chapter "one-neuron"'s exercises.
  return Object.keys(progress).filter((id) => id.startsWith(`ex-${chapter}-`) && /^\d+$/.test(id.slice(chapter.length + 4))).length;
}
