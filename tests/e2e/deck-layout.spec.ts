/**
 * Decks as a room sees them, at a laptop's 1280×720 and a projector's 1920×1080: on every slide with a figure the
 * figures cover at least half the slide and no word in them renders below 18 px at 1080p (12 px at 720p: the
 * same share of the screen), and on every slide nothing runs off the canvas. The measuring is the build's slide
 * check's (scripts/slide-layout.ts). Printing lays slides out as the screen does, so a printed slide is not cut.
 */
import { test, expect, deckSlugs } from './fixtures.ts';
import { measureDeck, slideProblems } from '../../scripts/slide-layout.ts';

const decks = deckSlugs();

for (const slug of decks) {
  test.describe(`deck ${slug}`, () => {
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      test(`figures fill their slides and read from the back at ${width}×${height}`, async ({ page, problems }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height });
        const slides = await measureDeck(page, `slides/${slug}/`);
        const wrong = slides.flatMap((layout) => slideProblems(layout, height).map((p) => `slide ${layout.slide} "${layout.title}": ${p}`));
        expect(wrong).toEqual([]);
        expect(problems).toEqual([]);
      });
    }

    test('a printed slide keeps its screen layout: nothing cut at the page edge', async ({ page, problems }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`slides/${slug}/`);
      await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
      await page.emulateMedia({ media: 'print' });
      const cut = await page.evaluate(() => {
        const below = (el: Element, edge: Element) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().bottom > edge.getBoundingClientRect().bottom + 1;
        return Array.from(document.querySelectorAll<HTMLElement>('[data-slide]')).flatMap((slide) => [
          ...Array.from(slide.querySelectorAll('.slide__title, .slide__body > *')).filter((el) => below(el, slide)),
          // A figure's column of controls clips what runs past its end.
          ...Array.from(slide.querySelectorAll('.bl-figure__side')).flatMap((side) => Array.from(side.querySelectorAll('.bl-figure__side > *, .bl-controls > *')).filter((el) => below(el, side))),
        ].map((el) => `slide ${slide.dataset.slide}: ${el.className || el.tagName}`));
      });
      expect(cut).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
