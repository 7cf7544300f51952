/// <reference lib="webworker" />
/**
 * Trains figure jobs off the main thread, so a large configuration never blocks scrolling or input.
 * Receives a TrainingJob, answers with its trajectory (typed arrays transferred, not copied).
 */
import { runJob, type TrainingJob } from './trajectories.ts';

self.addEventListener('message', (event: MessageEvent<TrainingJob>) => {
  const job = event.data;
  try {
    const trajectory = runJob(job);
    self.postMessage({ key: job.key, trajectory }, [trajectory.params.buffer, trajectory.loss.buffer, trajectory.recordedSteps.buffer] as Transferable[]);
  } catch (error) {
    self.postMessage({ key: job.key, error: String(error) });
  }
});
