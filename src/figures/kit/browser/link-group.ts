import type { FigureChangeDetail } from './change-event.ts';

/**
 * Figures with the same `link` follow each other's changes. The latest state of each group is kept here,
 * for the whole page, so a linked figure that loads late starts where its partners are.
 */
const latest = new Map<string, Record<string, unknown>>();

/** Where a figure joining `link` should start from: its partners' latest state, if any has changed yet. */
export function latestStateOf(link: string): Record<string, unknown> | undefined {
  return latest.get(link);
}

/** Calls `follow` with each change of state a partner in `link` draws (not mere redraws, not its own). */
export function followPartners(figure: HTMLElement, link: string, follow: (state: Record<string, unknown>) => void): void {
  document.addEventListener('bl-figure-change', (event) => {
    const { detail } = event as CustomEvent<FigureChangeDetail>;
    if (event.target !== figure && detail.link === link && detail.changed) follow(detail.state);
  });
}

/** Records a drawn change as its group's latest state. */
export function recordInGroup(detail: FigureChangeDetail): void {
  if (detail.link && detail.changed) latest.set(detail.link, detail.state);
}
