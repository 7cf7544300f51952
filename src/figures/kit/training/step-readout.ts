/**
 * The "step" readout of every training figure. A run that diverged stops at its last good step, so asking for a
 * later step shows that one: the readout says so ("120 (diverged)"), and only then — the steps before the
 * blow-up are ordinary steps.
 */
import text from 'virtual:text/plot';
import { fill } from '../../../text/fill.ts';

export interface TrainingRun {
  /** Whether training blew up (by the network's rule or the figure's own). */
  diverged: boolean;
  /** The last good step: the last step there is to show. */
  stoppedAt: number;
}

/** The step shown for a requested one: the request itself, or the last good step when it lies past it. */
export function shownStep(requested: number, run: TrainingRun): number {
  return Math.min(requested, run.stoppedAt);
}

export function stepReadout(requested: number, run: TrainingRun): string {
  const shown = shownStep(requested, run);
  return run.diverged && requested > run.stoppedAt ? fill(text.training.diverged, { step: shown }) : String(shown);
}
