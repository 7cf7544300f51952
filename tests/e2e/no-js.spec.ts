import { test, expect, builtPages } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

/** Readers without JavaScript get the text, the math and every figure's build-time SVG. */
for (const path of builtPages().filter((p) => p.startsWith('chapters/'))) {
  test(`/${path} reads without JavaScript`, async ({ page, problems }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const paragraphs = await page.locator('article p').count();
    expect(paragraphs).toBeGreaterThan(2);
    const math = page.locator('.katex');
    if ((await math.count()) > 0) await expect(math.first()).toBeVisible();
    const figures = page.locator('[data-bl-figure]');
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      await expect(figure.locator('[data-plot] svg').first()).toBeVisible();
      await expect(figure.locator('[data-description]')).not.toBeEmpty();
    }
    expect(problems).toEqual([]);
  });
}
