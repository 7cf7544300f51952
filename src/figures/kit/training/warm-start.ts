import { paramsAt, type Trajectory } from '../../../nn/index.ts';
import { runJob } from './run-job.ts';
import { jobCost, type TrainingJob } from './trajectories.ts';

/**
 * A stand-in while a job trains: while a reader drags a data point, each frame's data is new and its real
 * trajectory (up to thousands of steps, in the worker) is not there yet. Starting from the parameters on
 * screen, a few optimizer steps on the new data give a fit that follows the point on this frame. It is
 * shaped like a finished trajectory (every step up to `steps` reads the warm parameters), so the figure's model
 * reads it unchanged. Its loss curve is the one on screen, kept until the real run replaces it: a curve for
 * the new data needs the whole run, and redrawing a chart's axes every frame would cost more than the frame.
 * The kit never caches it as the job's own.
 */

/** Roughly this many multiply-adds per frame (well under a millisecond here). */
const FRAME_BUDGET = 3e5;
const MIN_STEPS = 4;
const MAX_STEPS = 60;

export function warmStart(job: TrainingJob, shown: Trajectory, step: number): Trajectory {
  const from = paramsAt(shown, Math.min(step, shown.stoppedAt));
  const perStep = jobCost({ ...job, options: { ...job.options, steps: 1 } });
  const steps = Math.max(MIN_STEPS, Math.min(MAX_STEPS, Math.floor(FRAME_BUDGET / Math.max(1, perStep))));
  const short = runJob({ ...job, params: Array.from(from), options: { ...job.options, steps, record: steps } });
  // A step that blew up stops training at the last good one: its parameters are finite, as a figure needs.
  const params = paramsAt(short, short.stoppedAt);
  const total = job.options.steps;
  const loss = shown.loss.length === total + 1 ? shown.loss : new Float64Array(total + 1).fill(short.loss[short.stoppedAt]);
  return {
    params: Float64Array.from([...params, ...params]),
    recordedSteps: Uint32Array.from([0, total]),
    loss,
    diverged: false,
    stoppedAt: total,
    recordEvery: Math.max(1, total),
    paramCount: params.length,
  };
}
