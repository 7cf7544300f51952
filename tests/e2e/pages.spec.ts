import { test, expect, axeViolations, builtPages, embedSample } from './fixtures.ts';

/** Every built page (of the embed pages, a sample: fixtures.ts), in light and dark: loads cleanly, stays on its origin, and axe finds nothing. */
const pages = builtPages();
for (const path of [...pages.filter((p) => !p.startsWith('embed/')), ...embedSample(pages, 'axe')]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/${path} loads cleanly and passes axe (${colorScheme})`, async ({ page, problems }) => {
      // axe over a page of a dozen live figures takes a while on a shared two-core machine.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}

const embeds = pages.filter((p) => p.startsWith('embed/'));
const site = pages.filter((p) => !p.startsWith('embed/'));

test('pages have a language, a title and a description', async ({ page, problems }) => {
  for (const path of site) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
    expect((await page.title()).length).toBeGreaterThan(3);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  }
  expect(problems).toEqual([]);
});

test('the theme toggle cycles and is remembered across pages', async ({ page, problems }) => {
  // The page background is the root's --bg (src/styles/base.css, tokens.css: light-dark(#fbfaf6, #16171a)); the
  // body's own background is transparent, so reading it could never tell the themes apart.
  const LIGHT = 'rgb(251, 250, 246)';
  const DARK = 'rgb(22, 23, 26)';
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const chapter = builtPages().find((p) => p.startsWith('chapters/'))!;
  // The system asks for dark, so a light page proves the reader's choice wins over it.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  const toggle = page.getByRole('button', { name: /Theme/ });
  await expect(toggle).toHaveText('Theme: system');
  expect(await background()).toBe(DARK);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveText('Theme: light');
  expect(await background()).toBe(LIGHT);
  await page.goto(chapter);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(LIGHT);
  await page.emulateMedia({ colorScheme: 'light' });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveText('Theme: dark');
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveText('Theme: dark');
  expect(await background()).toBe(DARK);
  // Third click: back to the system's choice, which is forgotten too (the next page follows the system).
  await toggle.click();
  await expect(toggle).toHaveText('Theme: system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background()).toBe(LIGHT);
  await page.goto(chapter);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(toggle).toHaveText('Theme: system');
  expect(problems).toEqual([]);
});

test('no page is wider than a phone: the header wraps rather than pushing the theme toggle off screen', async ({ page, problems }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const wide: string[] = [];
  for (const path of site.filter((p) => !p.startsWith('slides/'))) {
    await page.goto(path);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (scroll > client) wide.push(`/${path}: ${scroll} px wide in ${client}`);
    await expect(page.getByRole('button', { name: /Theme/ })).toBeInViewport({ ratio: 1 });
  }
  expect(wide).toEqual([]);
  expect(problems).toEqual([]);
});

// Every embed page, in a test of its own so the site's pages and the embeds' run side by side: the same checks
// as the two above (an embed has no header, so no theme toggle to find), at a phone's width.
test('every embed page has a language, a title and a description, and is no wider than a phone', async ({ page, problems }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const wide: string[] = [];
  for (const path of embeds) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
    expect((await page.title()).length).toBeGreaterThan(3);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (scroll > client) wide.push(`/${path}: ${scroll} px wide in ${client}`);
  }
  expect(embeds.length).toBeGreaterThan(0);
  expect(wide).toEqual([]);
  expect(problems).toEqual([]);
});

test('search says what it matched: a query of markup finds chapters by the words inside it, and says so', async ({ page, problems }) => {
  await page.goto('search/');
  const input = page.getByRole('searchbox');
  const status = page.getByRole('status');
  await input.fill('bias');
  await expect(status).toHaveText(/^\d+ chapters? mentions? “bias”\.$/);
  await expect(page.locator('.search__results li').first()).toBeVisible();
  await input.fill('<img src=x onerror=alert(1)>');
  await expect(status).toHaveText(/^Nothing matches “<img src=x onerror=alert\(1\)>” exactly; \d+ chapters? mentions? “[a-z]+”/);
  // Nothing in the query became markup.
  await expect(page.locator('main img')).toHaveCount(0);
  expect(problems).toEqual([]);
});
