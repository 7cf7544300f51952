/**
 * User Timing for the figures' own work (`bl-render:<name>`, `bl-rehearse:<name>`), so a profile or
 * `npm run bench -- figures` can tell it from the browser's.
 *
 * Each name keeps only its latest entry in the performance buffer: one measure per frame, never cleared,
 * grew the buffer without end (6,293 entries after 4,000 slider changes). A PerformanceObserver still sees
 * every entry as it is made, which is how the bench collects them.
 */
export function measureSince(name: string, start: number): void {
  performance.clearMeasures(name);
  performance.measure(name, { start });
}
