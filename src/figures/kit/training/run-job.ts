import { createNetwork, createDataset, train, type Trajectory } from '../../../nn/index.ts';
import type { TrainingJob } from './trajectories.ts';

/**
 * Training one job, on its own so the worker bundles only this and src/nn, not the page's caches and keys.
 */
/** Trains a job from scratch (in whichever thread calls it). */
export function runJob(job: TrainingJob): Trajectory {
  const net = createNetwork({
    sizes: job.sizes,
    activation: job.activation,
    hiddenActivations: job.hiddenActivations,
    output: job.output ?? 'identity',
    seed: job.seed ?? 1,
    init: job.init,
    params: job.params === undefined ? undefined : Array.from(job.params),
  });
  const data = createDataset(Array.from(job.inputs), Array.from(job.targets), job.inputSize, job.outputSize);
  return train(net, data, job.options);
}
