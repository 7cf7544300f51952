/**
 * Checks a build of a course in a language other than English (the fork fixture's German course): every page
 * says its language in `<html lang>`, passes axe, logs no error, and shows no English, neither in its HTML nor
 * once its figures have drawn live (their text, readouts, descriptions, tables and accessible names).
 * Usage: CONTENT_DIR=<course> node scripts/check-language.ts --dist <dir>   (port: LANGUAGE_CHECK_PORT, 4395)
 * Needs a Chromium (scripts/chromium.ts) for the live half; without one it checks the HTML only and says so.
 */
import { chromium, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './built-pages.ts';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';
import { courseText, readLocale, REFERENCE } from '../src/build/locales.ts';
import { axeViolations } from './axe.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { around, englishIn, englishPhrases } from './english-left.ts';
import { startPreview } from './preview-server.ts';

const distFlag = process.argv.indexOf('--dist');
const dist = distFlag > 0 ? process.argv[distFlag + 1] : 'dist';
const port = Number(process.env.LANGUAGE_CHECK_PORT ?? 4395);
const course = courseText(CONTENT_DIR, CONTENT_DIR);
if (course.locale === REFERENCE) {
  console.error(`language check: ${CONTENT_DIR} is an English course; this check is for the other languages.`);
  process.exit(2);
}
const phrases = englishPhrases(readLocale(REFERENCE), course.strings);


/** The words a reader sees or hears in static HTML: text outside scripts and styles, and accessible names. */
function wordsOfHtml(html: string): string {
  const body = html.replace(/<(script|style|svg)[\s\S]*?<\/\1>/gi, ' ').replace(/<code[\s\S]*?<\/code>/gi, ' ');
  const attributes = [...body.matchAll(/\s(?:aria-label|aria-roledescription|aria-valuetext|title|alt|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return [title, description, ...attributes, body.replace(/<[^>]+>/g, ' ')].join('\n').replace(/&[a-z#0-9]+;/gi, ' ');
}

/** The same, live: after every figure has drawn in the browser, with what the SVGs say too. */
async function wordsOfPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const named = Array.from(document.querySelectorAll('[aria-label], [aria-roledescription], [aria-valuetext], [title], [alt], [placeholder]'));
    const attributes = named.flatMap((el) => ['aria-label', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
    const svgText = Array.from(document.querySelectorAll('svg text, svg title, svg desc'), (el) => el.textContent ?? '');
    // Everything the page holds as text, shown or folded away, but not code an author copies (MDX snippets).
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('code, pre, script, style, noscript')) el.replaceWith(' ');
    for (const el of body.querySelectorAll('p, li, dt, dd, div, td, th, h1, h2, h3, button, label, option, output, span')) el.append(' ');
    return [document.title, ...attributes, ...svgText, body.textContent ?? ''].join('\n');
  });
}

const problems: string[] = [];
const all = builtPages(dist);
for (const path of all) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (lang !== course.language) problems.push(`/${path}: <html lang="${lang}">, the course says "${course.language}"`);
  const words = wordsOfHtml(html);
  for (const english of englishIn(words, phrases)) problems.push(`/${path} (HTML): ${english} in “${around(words, english)}”`);
}

const executablePath = chromiumPath();
if (executablePath === 'missing') {
  console.log('language check: no Chromium here, so the pages were checked as HTML only (see scripts/chromium.ts)');
} else {
  const stop = await startPreview(port, process.cwd(), dist === 'dist' ? undefined : dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    for (const path of all) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`/${path}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`/${path}: uncaught ${error.message}`));
      await page.goto(`http://localhost:${port}/${path}`, { waitUntil: 'networkidle' });
      for (const figure of await page.locator('[data-bl-figure]').all()) {
        await figure.scrollIntoViewIfNeeded();
        await figure.hover().catch(() => {});
        await figure.evaluate((el) => new Promise<void>((done) => {
          const ready = () => el.hasAttribute('data-ready') && !el.hasAttribute('data-training');
          if (ready()) return done();
          const watch = new MutationObserver(() => ready() && (watch.disconnect(), done()));
          watch.observe(el, { attributes: true });
          setTimeout(() => (watch.disconnect(), done()), 20_000);
        }));
      }
      const live = await wordsOfPage(page);
      for (const english of englishIn(live, phrases)) problems.push(`/${path} (live): ${english} in “${around(live, english)}”`);
      for (const violation of await axeViolations(page)) problems.push(`/${path}: axe ${violation}`);
      await context.close();
    }
  } finally {
    await browser.close();
    stop();
  }
}

const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`language check (${course.language}): ${unique.length} problem(s) on ${all.length} pages\n  ${unique.join('\n  ')}`);
  process.exit(1);
}
console.log(`language check (${course.language}): ${all.length} pages in ${course.language}, no English found, axe and console clean`);
