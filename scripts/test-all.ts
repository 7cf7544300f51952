/**
 * `npm test`: everything, in the order that fails fastest — types, unit tests, a production build and its site
 * checks, the fork fixture (tests/fork), then the browser tests against a preview of that build. Stops at the
 * first failing stage.
 */
import { spawnSync } from 'node:child_process';

const stages: [string, string[]][] = [
  ['Types (astro check)', ['astro', 'check']],
  ['Unit tests (vitest)', ['vitest', 'run']],
  ['Build (astro build, then the Pagefind search index)', ['npm', 'run', 'build']],
  ['Site checks (valid HTML, internal links and anchors)', ['node', 'scripts/check-site.ts']],
  ['Fork fixture (a course from its own content builds; broken chapters fail precisely)', ['node', 'scripts/test-fork.ts']],
  ['Browser tests (Playwright)', ['node', 'scripts/run-e2e.ts']],
];

for (const [title, [command, ...args]] of stages) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed${result.error ? `: ${result.error.message}` : ''}.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
