import { test, expect, axeViolations, builtPages } from './fixtures.ts';

/** Every built page, in light and dark: loads cleanly, stays on its origin, and axe finds nothing. */
for (const path of builtPages()) {
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

test('pages have a language, a title and a description', async ({ page, problems }) => {
  for (const path of builtPages()) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
    expect((await page.title()).length).toBeGreaterThan(3);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  }
  expect(problems).toEqual([]);
});

test('the theme toggle cycles and is remembered across pages', async ({ page, problems }) => {
  await page.goto('');
  const toggle = page.getByRole('button', { name: /Theme/ });
  await expect(toggle).toHaveText('Theme: system');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(builtPages().find((p) => p.startsWith('chapters/'))!);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(251, 250, 246)');
  expect(problems).toEqual([]);
});
