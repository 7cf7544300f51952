import type { Trajectory } from '../../../nn/index.ts';

/**
 * How far above its starting value the loss may climb before a figure calls the run diverged. Floating point
 * would take a thousand more steps to overflow (src/nn stops only then); a loss ten thousand times its
 * starting value has already said everything, and drawing it would flatten the rest of the curve.
 */
export const DIVERGENCE_FACTOR = 1e4;

/** The last step before the run blew up by that rule (or by src/nn's), or null for a run that did not. */
export function divergedAfter(trajectory: Trajectory): number | null {
  const blowUp = trajectory.loss.findIndex((loss) => loss > DIVERGENCE_FACTOR * trajectory.loss[0]);
  return blowUp > 0 ? blowUp - 1 : trajectory.diverged ? trajectory.stoppedAt : null;
}
