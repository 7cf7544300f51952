/**
 * A `page` that watches itself: any console error, failed request, HTTP error or request to another origin
 * fails the test that caused it. Every browser test uses this page, so every page inherits the checks.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { slugOf } from '../../src/lib/slug.ts';
import { join, relative } from 'node:path';

export interface PageProblems {
  problems: string[];
}

export const test = base.extend<PageProblems>({
  problems: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`off-origin request: ${url}`);
    });
    page.on('requestfailed', (request) => {
      // A request cut short because the test navigated on is not a failure of the page.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await use(problems);
    expect(problems, 'the page had problems').toEqual([]);
  },
});

export { expect };

/** Every chapter with a <Slide>, by slug: a deck the tests cover, found from content/chapters (a new one is tested unedited). */
export function deckSlugs(): string[] {
  const dir = new URL('../../content/chapters/', import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx') && /<Slide[\s>]/.test(readFileSync(new URL(file, dir), 'utf8')))
    .map(slugOf);
}

/** Brings a figure into view and under the pointer, as a reader reaching it would, and waits for its first live drawing. */
export async function wakeFigure(figure: Locator): Promise<Locator> {
  await figure.scrollIntoViewIfNeeded();
  await figure.hover();
  await expect(figure).toHaveAttribute('data-ready', '');
  return figure;
}

/** Loads the catalog (with an optional query, such as a shared state) and wakes one figure's script. */
export async function openCatalogFigure(page: Page, name: string, query = ''): Promise<Locator> {
  await page.goto(`figures/${query}#${name}`);
  const figure = page.locator(`#catalog-${name}`);
  await wakeFigure(figure);
  return figure;
}

/**
 * axe-core with WCAG 2.x A/AA rules and best practices; returns violations as readable lines.
 * Plot drawings are left out: each sits in a role="img" container with a name and a generated description
 * (which axe does check), and walking thousands of SVG nodes made axe take minutes on figure-heavy pages.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .exclude('.bl-ssr')
    .exclude('.bl-layered')
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/**
 * The embed pages (`embed/<figure-id>/`) that the expensive page gates (axe in two themes, the JavaScript budget)
 * visit, out of every one the cheap gates visit. An embed's JavaScript depends only on its figure's folder, and
 * the catalog's embeds hold one of each, so the budget visits those; every embed page has the same frame around
 * its figure (which figures.spec checks in every state it tests), so axe visits three, spread across the list.
 */
export function embedSample(pages: string[], purpose: 'budget' | 'axe'): string[] {
  const embeds = pages.filter((p) => p.startsWith('embed/'));
  if (purpose === 'budget') return embeds.filter((p) => p.startsWith('embed/catalog-'));
  const chosen = new Set([0, Math.floor(embeds.length / 2), embeds.length - 1]);
  return embeds.filter((_, i) => chosen.has(i));
}

/** Every page the build produced, as site-relative paths (`chapters/one-neuron/`). */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        pages.push(relative(dist, dir).split('\\').join('/').replace(/^(.+)$/, '$1/'));
      }
    }
  };
  walk(dist);
  return pages.sort();
}
