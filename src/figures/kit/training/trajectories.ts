import { createNetwork, createDataset, train, type ActivationName, type Init, type TrainOptions, type Trajectory } from '../../../nn/index.ts';

/**
 * Training for figures, once per configuration. A figure describes what to train as a TrainingJob; its model
 * reads the trajectory with `trajectoryFor(job)` (synchronous: trains on a cache miss, as the build does),
 * and scrubbing only indexes into it. In the browser the figure element first calls `prepare(job)`: a job too
 * big for one frame trains in a Web Worker while the old drawing stays and the figure says "Training…", so
 * the page never freezes.
 */
export interface TrainingJob {
  /** Unique per configuration (figure name and every setting that changes the result). */
  key: string;
  sizes: number[];
  activation: ActivationName;
  output?: ActivationName;
  seed?: number;
  init?: Init;
  /** Starting parameters, if not the seeded random ones. */
  params?: number[];
  inputs: ArrayLike<number>;
  targets: ArrayLike<number>;
  inputSize: number;
  outputSize: number;
  options: TrainOptions;
}

/** Trains a job from scratch (in whichever thread calls it). */
export function runJob(job: TrainingJob): Trajectory {
  const net = createNetwork({
    sizes: job.sizes,
    activation: job.activation,
    output: job.output ?? 'identity',
    seed: job.seed ?? 1,
    init: job.init,
    params: job.params,
  });
  const data = createDataset(Array.from(job.inputs), Array.from(job.targets), job.inputSize, job.outputSize);
  return train(net, data, job.options);
}

const cache = new Map<string, Trajectory>();
/** Shared by every training figure on a page; sized so a page of them never retrains what it has seen. */
const CACHE_SIZE = 64;

function remember(key: string, trajectory: Trajectory): Trajectory {
  cache.delete(key);
  cache.set(key, trajectory);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return trajectory;
}

/** The trajectory of a job: from the cache, or trained now. */
export function trajectoryFor(job: TrainingJob): Trajectory {
  const hit = cache.get(job.key);
  // A hit moves to the back of the queue, so the least recently used trajectory is the one dropped.
  return remember(job.key, hit ?? runJob(job));
}

export function isTrained(job: TrainingJob): boolean {
  return cache.has(job.key);
}

/** Multiply-adds a job needs, roughly: steps × examples per step × parameters × 3 (forward and backward). */
export function jobCost(job: TrainingJob): number {
  let params = 0;
  for (let l = 1; l < job.sizes.length; l++) params += job.sizes[l] * (job.sizes[l - 1] + 1);
  const count = job.inputs.length / job.inputSize;
  return job.options.steps * (job.options.batchSize ?? count) * params * 3;
}

/** Jobs below this train on the main thread: about 2 ms here, far less than a frame. */
export const MAIN_THREAD_BUDGET = 1.5e6;

let worker: Worker | undefined;
const waiting = new Map<string, Promise<void>>();

/**
 * Makes sure a job's trajectory is cached. Small jobs train at once; large ones in a Web Worker (one shared
 * worker, jobs queued in order). Resolves when `trajectoryFor(job)` will return without training.
 */
export function prepare(job: TrainingJob): Promise<void> {
  if (cache.has(job.key)) return Promise.resolve();
  if (typeof Worker === 'undefined' || jobCost(job) <= MAIN_THREAD_BUDGET) {
    trajectoryFor(job);
    return Promise.resolve();
  }
  const pending = waiting.get(job.key);
  if (pending) return pending;
  worker ??= new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' });
  const promise = new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent<{ key: string; trajectory?: Trajectory; error?: string }>) => {
      if (event.data.key !== job.key) return;
      worker!.removeEventListener('message', onMessage);
      waiting.delete(job.key);
      // A worker failure falls back to training here: slower, but the figure still answers.
      if (event.data.trajectory) remember(job.key, event.data.trajectory);
      else trajectoryFor(job);
      resolve();
    };
    worker!.addEventListener('message', onMessage);
    worker!.postMessage({ ...job, inputs: Array.from(job.inputs), targets: Array.from(job.targets) });
  });
  waiting.set(job.key, promise);
  return promise;
}
