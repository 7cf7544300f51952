import type { FigureDefinition } from '../contract/definition.ts';
import { onlyPointsDiffer, type Spec, type StateOf } from '../contract/spec.ts';
import { hasStandIn, isTrained, standIn, trajectoryFor, type TrainingJob } from '../training/trajectories.ts';
import { warmStart } from '../training/warm-start.ts';

/**
 * A trained figure following a dragged data point. When the only change since the last drawing is the
 * reader's points, each job the new state needs gets a stand-in warm-started from the parameters on screen
 * (training/warm-start.ts), so this frame can draw the fit for the new data; the real runs train once the
 * reader pauses. Returns false (nothing done) for any other change, which trains as before.
 */
export function standInsForEdit<S extends Spec>(figure: FigureDefinition<S, unknown>, state: StateOf<S>, drawn: StateOf<S>): boolean {
  if (!figure.jobs || !onlyPointsDiffer(figure.spec, state, drawn)) return false;
  const before = figure.jobs(drawn);
  const after = figure.jobs(state);
  // Jobs pair up by position: the same figure in the same configuration asks for them in the same order.
  const pairs = after.map((job, i) => ({ job, from: before[i] })).filter(({ job }) => !isTrained(job));
  if (pairs.some(({ job, from }) => !from || !sameNetwork(job, from) || !(isTrained(from) || hasStandIn(from)))) return false;
  const step = shownStep(figure.spec, drawn);
  for (const { job, from } of pairs) {
    const trajectory = trajectoryFor(from);
    standIn(job, warmStart(job, trajectory, step ?? trajectory.stoppedAt));
  }
  return true;
}

const sameNetwork = (a: TrainingJob, b: TrainingJob) =>
  a.activation === b.activation && a.output === b.output && a.sizes.length === b.sizes.length && a.sizes.every((n, i) => n === b.sizes[i]);

/** The step the scrubber shows, if the figure has one. */
function shownStep(spec: Spec, state: Record<string, unknown>): number | undefined {
  const key = Object.keys(spec).find((k) => {
    const prop = spec[k];
    return prop.kind === 'number' && prop.control === 'scrubber';
  });
  return key === undefined ? undefined : (state[key] as number);
}
