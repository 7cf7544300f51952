/// <reference lib="webworker" />
/**
 * Trains figure jobs off the main thread, so a large configuration never blocks scrolling or input.
 * Receives a job with its key, answers with its trajectory (typed arrays transferred, not copied).
 */
import { runJob } from './run-job.ts';
import type { WorkerAnswer, WorkerRequest } from './trajectories.ts';

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { key, job } = event.data;
  try {
    const trajectory = runJob(job);
    const answer: WorkerAnswer = { key, trajectory };
    self.postMessage(answer, [trajectory.params.buffer, trajectory.loss.buffer, trajectory.recordedSteps.buffer] as Transferable[]);
  } catch (error) {
    const answer: WorkerAnswer = { key, error: String(error) };
    self.postMessage(answer);
  }
});
