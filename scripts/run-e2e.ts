/**
 * Runs the Playwright suite with a Chromium that exists. Playwright's own browser is used when installed;
 * otherwise CHROMIUM_PATH or /usr/bin/chromium. If none is found, it tries once to fetch Playwright's
 * Chromium; where that is impossible it stops with one sentence saying how to get one.
 * Extra arguments go to `playwright test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.ts';

if (!existsSync('dist/index.html')) {
  console.error('No build found in dist/: run `npm run build` first (npm test does both).');
  process.exit(1);
}

if (chromiumPath() === 'missing') {
  console.log('No Chromium found; trying `playwright install chromium` …');
  spawnSync('playwright', ['install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  if (chromiumPath() === 'missing') {
    console.error(
      'No Chromium is available and Playwright could not download one: install one (on Debian: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary, then run npm test again.',
    );
    process.exit(1);
  }
}

const result = spawnSync('playwright', ['test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
