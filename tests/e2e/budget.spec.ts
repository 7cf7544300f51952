/**
 * The JavaScript budget, per page: at most 15 KB (gzip) fetched on load, before the reader scrolls or touches
 * anything, and at most 110 KB once every figure on a chapter has loaded; a deck, which loads the figures of the
 * slide it opens on, at most 110 KB from the start, and still at most 110 KB once every figure of the chapter has
 * loaded (its handout view draws them all, with the handout's own code on top); an embed page, which is its one
 * figure and wakes it at once, at most 110 KB from the start (one embed per figure folder: fixtures.ts, embedSample).
 * Fails when exceeded.
 */
import { gzipBytes, watchScripts } from '../../scripts/js-weight.ts';
import { test, expect, builtPages, embedSample } from './fixtures.ts';

const ON_LOAD = 15 * 1024;
const ALL_FIGURES = 110 * 1024;

const pages = builtPages();
for (const path of [...pages.filter((p) => !p.includes('presenter') && !p.startsWith('embed/')), ...embedSample(pages, 'budget')]) {
  test(`/${path} stays within the JavaScript budget`, async ({ page, problems }) => {
    const bodies = watchScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const onLoad = gzipBytes(bodies);
    // A deck loads the figures of the slide it opens on, so the presenter's first scrub answers: its whole budget
    // applies from the start. Every other page opens on 15 KB.
    const deck = path.startsWith('slides/');
    const embed = path.startsWith('embed/');
    expect(onLoad, `JS on load: ${(onLoad / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(deck || embed ? ALL_FIGURES : ON_LOAD);
    if (embed) {
      await expect(page.locator('[data-bl-figure]')).toHaveAttribute('data-ready', '', { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const all = gzipBytes(bodies);
      expect(all, `JS with its figure loaded: ${(all / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(ALL_FIGURES);
      test.info().annotations.push({ type: 'js', description: `${(all / 1024).toFixed(1)} KB with its figure` });
    }
    if (path.startsWith('chapters/')) {
      for (const figure of await page.locator('[data-bl-figure]').all()) {
        await figure.scrollIntoViewIfNeeded();
        await figure.hover();
        await expect(figure).toHaveAttribute('data-ready', '', { timeout: 30_000 });
      }
      await page.waitForLoadState('networkidle');
      const all = gzipBytes(bodies);
      expect(all, `JS with every figure loaded: ${(all / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(ALL_FIGURES);
      test.info().annotations.push({ type: 'js', description: `${(onLoad / 1024).toFixed(1)} KB on load, ${(all / 1024).toFixed(1)} KB with all figures` });
    }
    if (deck) {
      const handout = await page.context().newPage();
      const handoutBodies = watchScripts(handout);
      await handout.goto(`${path}?handout`, { waitUntil: 'networkidle' });
      await expect(handout.locator('[data-handout-ready]')).toHaveCount(1, { timeout: 60_000 });
      await handout.waitForLoadState('networkidle');
      const all = gzipBytes(handoutBodies);
      expect(all, `JS with every figure of the deck loaded: ${(all / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(ALL_FIGURES);
      test.info().annotations.push({ type: 'js', description: `${(onLoad / 1024).toFixed(1)} KB on load, ${(all / 1024).toFixed(1)} KB with all figures` });
    }
    expect(problems).toEqual([]);
  });
}
