/**
 * `npm run pdf`: handouts from the build in dist/, into handouts/. For every chapter with a deck,
 * `<slug>-slides.pdf`: one slide a page, every figure drawn live in the state of its slide's last step (the deck's
 * `?handout`, client/handout.ts, which marks the page ready once every figure has drawn); and for every chapter,
 * `<slug>-essay.pdf`, the essay on A4. Run `npm run build` first.
 *
 *   npm run pdf                      every chapter
 *   npm run pdf -- --notes           speaker notes under each slide
 *   npm run pdf -- one-neuron        only chapters whose slug contains this
 *   HANDOUTS_PORT=4452               the port `astro preview` serves the build on
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startPreview } from './preview-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const PORT = Number(process.env.HANDOUTS_PORT ?? 4452);
const ORIGIN = `http://localhost:${PORT}`;
const OUT = 'handouts';

const dirsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);

export interface Handout {
  slug: string;
  kind: 'slides' | 'essay';
  file: string;
  pages: number;
  ms: number;
}

/** Prints one deck as a handout and returns the PDF. `base` is the site's address, ending in a slash. */
export async function deckPdf(browser: Browser, base: string, slug: string, notes: boolean): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  try {
    await page.goto(`${base}slides/${slug}/?handout${notes ? '&notes' : ''}`);
    await page.locator('html[data-handout-ready]').waitFor({ state: 'attached', timeout: 120_000 });
    await page.emulateMedia({ media: 'print' });
    // What a browser's own Print does first, and page.pdf does not: the deck refits its slides to the print layout.
    await page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

/** Prints one chapter's essay on A4. */
export async function essayPdf(browser: Browser, base: string, slug: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}chapters/${slug}/`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } });
  } finally {
    await page.close();
  }
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.error('No build found in dist/: run `npm run build` first.');
    process.exit(1);
  }
  const executablePath = chromiumPath();
  if (executablePath === 'missing') {
    console.error('No Chromium found: install one (on Debian: `apt-get install chromium`) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const notes = args.includes('--notes');
  const only = args.find((a) => !a.startsWith('--'));
  const decks = dirsIn('dist/slides').filter((s) => !only || s.includes(only));
  const essays = dirsIn('dist/chapters').filter((s) => existsSync(join('dist/chapters', s, 'index.html')) && (!only || s.includes(only)));
  mkdirSync(OUT, { recursive: true });
  const started = performance.now();
  const stop = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const done: Handout[] = [];
  try {
    const jobs = [
      ...decks.map((slug) => ({ slug, kind: 'slides' as const, make: () => deckPdf(browser, `${ORIGIN}/`, slug, notes) })),
      ...essays.map((slug) => ({ slug, kind: 'essay' as const, make: () => essayPdf(browser, `${ORIGIN}/`, slug) })),
    ];
    // Two at a time: a deck's figures draw on the page's main thread, and this machine may be shared.
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const t = performance.now();
        const pdf = await job.make();
        const file = join(OUT, `${job.slug}-${job.kind}.pdf`);
        writeFileSync(file, pdf);
        done.push({ slug: job.slug, kind: job.kind, file, pages: pageCount(pdf), ms: performance.now() - t });
        console.log(`${file.padEnd(44)} ${String(pageCount(pdf)).padStart(3)} pages  ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
    stop();
  }
  console.log(`${done.length} PDFs in ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.main) await main();
