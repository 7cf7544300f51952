/**
 * A `page` that watches itself: any console error, failed request, HTTP error or request to another origin
 * fails the test that caused it. Every browser test uses this page, so every page inherits the checks.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { slugOf } from '../../src/lib/slug.ts';

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

export { axeViolations } from '../../scripts/axe.ts';

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

export { builtPages } from '../../scripts/built-pages.ts';
