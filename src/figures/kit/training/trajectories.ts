import type { ActivationName, Data, Init, TrainOptions, Trajectory } from '../../../nn/index.ts';
import { runJob } from './run-job.ts';
import { keyOf } from '../speed/key.ts';
import { Lru } from '../speed/lru.ts';

export { runJob };

/**
 * Training for figures, once per configuration. A figure describes what to train as a TrainingJob; its model
 * reads the trajectory with `trajectoryFor(job)` (synchronous: trains on a cache miss, as the build does),
 * and scrubbing only indexes into it. In the browser the figure element first calls `prepare(job)`: a job too
 * big for one frame trains in a Web Worker while the old drawing stays and the figure says "Training…", so
 * the page never freezes.
 *
 * A job is plain data and its cache key is derived from all of it (`jobKey`), so two jobs that would train
 * differently can never share a trajectory. A job is not changed once made: its key is computed once and kept
 * beside it, so a model that hands back the same job object every frame (memoized) pays nothing for the key.
 */
export interface TrainingJob {
  sizes: readonly number[];
  activation: ActivationName;
  /** One activation per hidden layer, when they differ (src/nn's `hiddenActivations`). */
  hiddenActivations?: readonly ActivationName[];
  output?: ActivationName;
  seed?: number;
  init?: Init;
  /** Starting parameters, if not the seeded random ones. */
  params?: ArrayLike<number>;
  inputs: ArrayLike<number>;
  targets: ArrayLike<number>;
  inputSize: number;
  outputSize: number;
  options: TrainOptions;
}

/** The data fields of a job, from a src/nn dataset: what every training figure's job trains on. */
export function trainingData(data: Data): Pick<TrainingJob, 'inputs' | 'targets' | 'inputSize' | 'outputSize'> {
  return { inputs: data.inputs, targets: data.targets, inputSize: data.inputSize, outputSize: data.outputSize };
}

const keys = new WeakMap<TrainingJob, string>();

/** The cache key of a job: every field of it, arrays hashed (kit/speed/key.ts). */
export function jobKey(job: TrainingJob): string {
  let key = keys.get(job);
  if (key === undefined) keys.set(job, (key = keyOf(job)));
  return key;
}

/** Shared by every training figure on a page; sized so a page of them never retrains what it has seen. */
const CACHE_SIZE = 64;
const cache = new Lru<Trajectory>(CACHE_SIZE);

/** Stand-ins for jobs still training (training/warm-start.ts), by key; dropped when the real one lands. */
const standIns = new Lru<Trajectory>(CACHE_SIZE);

/** The trajectory of a job: from the cache, its stand-in while it trains, or trained now. */
export function trajectoryFor(job: TrainingJob): Trajectory {
  const key = jobKey(job);
  const standingIn = cache.has(key) ? undefined : standIns.get(key);
  return standingIn ?? cache.getOrBuild(key, () => runJob(job));
}

/** Shows `trajectory` for a job until its real one is trained (never cached as the job's own). */
export function standIn(job: TrainingJob, trajectory: Trajectory): void {
  standIns.set(jobKey(job), trajectory);
}

export function hasStandIn(job: TrainingJob): boolean {
  return standIns.has(jobKey(job));
}

export function isTrained(job: TrainingJob): boolean {
  return cache.has(jobKey(job));
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

/** Whether a job trains here and now rather than in the worker: small enough for a frame, or no worker. */
export function trainsInFrame(job: TrainingJob): boolean {
  return typeof Worker === 'undefined' || jobCost(job) <= MAIN_THREAD_BUDGET;
}

/** What the page and the worker say to each other: the key travels with the job, so the worker never derives it. */
export interface WorkerRequest {
  key: string;
  job: TrainingJob;
}
export interface WorkerAnswer {
  key: string;
  trajectory?: Trajectory;
  error?: string;
}

let worker: Worker | undefined;
const waiting = new Map<string, Promise<void>>();

/**
 * Makes sure a job's trajectory is cached. Small jobs train at once; large ones in a Web Worker (one shared
 * worker, jobs queued in order), so a small job is trained when this returns. Resolves when `trajectoryFor(job)`
 * will return without training.
 */
export function prepare(job: TrainingJob): Promise<void> {
  const key = jobKey(job);
  if (cache.has(key)) return Promise.resolve();
  if (trainsInFrame(job)) {
    // Trained now, whether or not a stand-in shows meanwhile: when this returns, the job is trained.
    cache.getOrBuild(key, () => runJob(job));
    return Promise.resolve();
  }
  const pending = waiting.get(key);
  if (pending) return pending;
  worker ??= new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' });
  const promise = new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent<WorkerAnswer>) => {
      if (event.data.key !== key) return;
      worker!.removeEventListener('message', onMessage);
      waiting.delete(key);
      // A worker failure falls back to training here: slower, but the figure still answers.
      if (event.data.trajectory) cache.set(key, event.data.trajectory);
      else trajectoryFor(job);
      resolve();
    };
    worker!.addEventListener('message', onMessage);
    const request: WorkerRequest = { key, job: { ...job, inputs: Array.from(job.inputs), targets: Array.from(job.targets) } };
    worker!.postMessage(request);
  });
  waiting.set(key, promise);
  return promise;
}
