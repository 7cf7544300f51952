/**
 * The build's slide check (the last step of `npm run build`): opens every deck of the build in dist/ at the
 * reference size (1920×1080) and warns, naming the chapter file and the slide's line, about a slide whose
 * content runs off its canvas, whose figures cover less than half of it, or whose figure text is too small to
 * read from the back of a room. Warnings do not fail the build (`--strict` makes them fail it); the browser
 * tests hold the course's own decks to the same rules at two sizes.
 * Needs a Chromium (scripts/chromium.ts); without one it says so and skips.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { REFERENCE, measureDeck, slideProblems } from './slide-layout.ts';
import { CONTENT_DIR, contentPath } from '../src/lib/content-dir.ts';
import { slugOf } from '../src/lib/slug.ts';

const strict = process.argv.includes('--strict');
// `--dist <dir>`: another build (the fork fixture checks its course's); CONTENT_DIR names that build's chapters.
const distFlag = process.argv.indexOf('--dist');
const dist = distFlag > 0 ? process.argv[distFlag + 1] : 'dist';
const port = Number(process.env.CHECK_SLIDES_PORT ?? 4390);
const executablePath = chromiumPath();
if (executablePath === 'missing') {
  console.log('slide check: skipped (no Chromium here; see scripts/chromium.ts)');
  process.exit(0);
}
if (!existsSync(join(dist, 'slides'))) {
  console.log(`slide check: no decks in ${dist}/`);
  process.exit(0);
}

/** The chapter file of a deck, and the line of each of its <Slide>s in order (the deck numbers them so). */
function sourceOf(slug: string): { file: string; lines: number[] } {
  const name = readdirSync(join(CONTENT_DIR, 'chapters')).find((f) => /\.mdx?$/.test(f) && slugOf(f) === slug);
  if (!name) return { file: `(deck ${slug})`, lines: [] };
  const lines = readFileSync(join(CONTENT_DIR, 'chapters', name), 'utf8').split('\n');
  return { file: contentPath('chapters', name), lines: lines.flatMap((line, i) => (/^\s*<Slide[\s>]/.test(line) ? [i + 1] : [])) };
}

const stop = await startPreview(port, process.cwd(), dist === 'dist' ? undefined : dist);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
let warnings = 0;
try {
  const page = await (await browser.newContext({ viewport: REFERENCE })).newPage();
  const base = process.env.BASE_PATH || '/';
  for (const slug of readdirSync(join(dist, 'slides')).sort()) {
    const { file, lines } = sourceOf(slug);
    for (const layout of await measureDeck(page, `http://localhost:${port}${base}slides/${slug}/`)) {
      for (const problem of slideProblems(layout, REFERENCE.height)) {
        warnings += 1;
        console.warn(`⚠ ${file}:${lines[layout.slide - 1] ?? '?'}: slide ${layout.slide} "${layout.title}" at ${REFERENCE.width}×${REFERENCE.height}: ${problem}`);
      }
    }
  }
} finally {
  await browser.close();
  stop();
}
console.log(warnings ? `slide check: ${warnings} warning(s)` : 'slide check: every slide fits and reads at 1920×1080');
process.exit(strict && warnings ? 1 : 0);
