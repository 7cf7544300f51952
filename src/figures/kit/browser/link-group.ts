import type { FigureChangeDetail } from './change-event.ts';

/**
 * Figures with the same `link` follow each other's changes. The latest state of each group is kept here,
 * for the whole page, so a linked figure that loads late starts where its partners are.
 *
 * Every change a figure takes from its reader or from outside (a slide step, another window) gets a number
 * from one page-wide clock; a partner that follows it takes that number with the state. A figure follows
 * only news newer than the state it has: a partner whose code arrived late draws, for the first time, the
 * state it woke to, and by then the figure may have moved on (the next slide step, one frame later).
 */
let clock = 0;

/** The number for a change made here and now. */
export const nextVersion = (): number => ++clock;

export interface GroupState {
  state: Record<string, unknown>;
  version: number;
}

const latest = new Map<string, GroupState>();

/** Where a figure joining `link` should start from: its partners' latest state, if any has changed yet. */
export function latestStateOf(link: string): GroupState | undefined {
  return latest.get(link);
}

/** Calls `follow` with each change of state a partner in `link` draws (not mere redraws, not its own). */
export function followPartners(figure: HTMLElement, link: string, follow: (news: GroupState) => void): void {
  document.addEventListener('bl-figure-change', (event) => {
    const { detail } = event as CustomEvent<FigureChangeDetail>;
    if (event.target !== figure && detail.link === link && detail.changed) follow(detail);
  });
}

/** Records a drawn change as its group's latest state, unless the group already knows a newer one. */
export function recordInGroup(detail: FigureChangeDetail): void {
  if (!detail.link || !detail.changed) return;
  const known = latest.get(detail.link);
  if (!known || detail.version >= known.version) latest.set(detail.link, { state: detail.state, version: detail.version });
}
