/**
 * `npm run lighthouse`: Lighthouse's mobile audit (its default: a mid-range phone, simulated slow 4G) of every
 * page of the build, served by `astro preview`. A report, not a test: scores move with the machine. Prints one
 * row per page and writes each full report to reports/lighthouse/<page>.json (open it in the Lighthouse viewer).
 * Run `npm run build` first. Targets (issue #8): performance ≥ 98; accessibility, best practices, SEO 100.
 *
 * Each page is audited LH_RUNS times (default 5, the number Lighthouse's guidance on variability suggests) and the
 * median run is reported, chosen by Lighthouse's own computeMedianRun (closest to the median FCP and TTI): on a
 * shared machine one run's score moves by a few points, and now and then a run's first paint is held back by
 * seconds for reasons outside the page. The row also gives the lowest and highest performance score.
 */
import { mkdirSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launch } from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { startPreview } from './preview-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const PORT = 4349;
const ORIGIN = `http://localhost:${PORT}`;
const OUT = 'reports/lighthouse';
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 5));

/** Every built page (index.html files under dist/), as paths; presenter windows are tools, not pages to rank. */
function pages(dir = 'dist'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') found.push(...pages(path));
    else if (entry.name === 'index.html') found.push(`/${relative('dist', dir)}/`.replace(/\/+/g, '/'));
  }
  return found.filter((p) => !p.includes('/presenter/')).sort();
}

if (!existsSync('dist/index.html')) {
  console.error('No build found in dist/: run `npm run build` first.');
  process.exit(1);
}
const chromePath = chromiumPath() ?? chromium.executablePath();
if (chromePath === 'missing') {
  console.error('No Chromium found: install one (on Debian: `apt-get install chromium`) or set CHROMIUM_PATH.');
  process.exit(1);
}

const only = process.argv[2];
const list = pages().filter((p) => !only || p.includes(only));
const stop = await startPreview(PORT);
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
mkdirSync(OUT, { recursive: true });
const rows: Record<string, Record<string, number | string>> = {};
const score = (value: number | null | undefined) => (value == null ? '–' : Math.round(value * 100));
try {
  for (const path of list) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(ORIGIN + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      runs.push(result);
    }
    const median = computeMedianRun(runs.map((r) => r.lhr));
    const result = runs.find((r) => r.lhr === median) ?? runs[0];
    const performances = runs.map((r) => r.lhr.categories.performance?.score ?? 0);
    const { categories, audits } = result.lhr;
    writeFileSync(join(OUT, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '--') || 'index'}.json`), result.report as string);
    rows[path] = {
      performance: score(categories.performance?.score),
      'runs (min–max)': `${score(Math.min(...performances))}–${score(Math.max(...performances))}`,
      accessibility: score(categories.accessibility?.score),
      'best practices': score(categories['best-practices']?.score),
      SEO: score(categories.seo?.score),
      'FCP (s)': ((audits['first-contentful-paint']?.numericValue ?? NaN) / 1000).toFixed(2),
      'LCP (s)': ((audits['largest-contentful-paint']?.numericValue ?? NaN) / 1000).toFixed(2),
      'TBT (ms)': Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      CLS: (audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3),
    };
    // What cost points, so a report says where to look.
    const failing = Object.values(result.lhr.categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]))
      .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
      .map((audit) => audit.id);
    if (failing.length) console.log(`${path}: below 0.9 on ${failing.join(', ')}`);
  }
} finally {
  chrome.kill();
  stop();
}
console.log(`\nLighthouse, mobile (default settings), per page: the median of ${RUNS} run(s) (computeMedianRun).`);
console.table(rows);
console.log(`Full reports in ${OUT}/.`);
