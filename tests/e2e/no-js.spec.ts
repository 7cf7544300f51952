import { readdirSync, readFileSync } from 'node:fs';
import { figureFolders } from '../../src/figures/folders.ts';
import { test, expect, builtPages } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

const figureTags = new RegExp(`<(${figureFolders().map((f) => f.component).join('|')})[\\s/>]`, 'g');

/** What a chapter's source promises its page: how many figures, and whether it has math. */
function promised(path: string): { figures: number; math: boolean } {
  const slug = path.replace(/^chapters\/|\/$/g, '');
  const file = readdirSync('content/chapters').find((f) => f.replace(/^\d+-/, '') === `${slug}.mdx`);
  if (!file) throw new Error(`no content/chapters/*-${slug}.mdx for /${path}`);
  const source = readFileSync(`content/chapters/${file}`, 'utf8');
  // A figure inside <SlideOnly> belongs to the deck, not the essay page.
  const essay = source.replace(/<SlideOnly>[\s\S]*?<\/SlideOnly>/g, '');
  return { figures: essay.match(figureTags)?.length ?? 0, math: /\$[^$\n]+\$/.test(source) };
}

/** Readers without JavaScript get the text, the math and every figure's build-time SVG. */
for (const path of builtPages().filter((p) => p.startsWith('chapters/'))) {
  test(`/${path} reads without JavaScript`, async ({ page, problems }) => {
    const { figures: figureCount, math: hasMath } = promised(path);
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const paragraphs = await page.locator('article p').count();
    expect(paragraphs).toBeGreaterThan(2);
    const math = page.locator('.katex');
    if (hasMath) await expect(math.first()).toBeVisible();
    else await expect(math).toHaveCount(0);
    // Every figure the chapter writes is on the page, each with its drawing and its sentence.
    const figures = page.locator('[data-bl-figure]');
    await expect(figures).toHaveCount(figureCount);
    for (let i = 0; i < figureCount; i++) {
      const figure = figures.nth(i);
      await expect(figure.locator('[data-plot] svg').first()).toBeVisible();
      await expect(figure.locator('[data-description]')).not.toBeEmpty();
    }
    expect(problems).toEqual([]);
  });
}

test('the harness found chapters, and chapters that promise figures and math', () => {
  const chapters = builtPages().filter((p) => p.startsWith('chapters/'));
  expect(chapters.length).toBeGreaterThan(0);
  expect(chapters.some((path) => promised(path).figures > 0)).toBe(true);
  expect(chapters.some((path) => promised(path).math)).toBe(true);
});
