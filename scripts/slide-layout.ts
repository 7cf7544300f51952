/**
 * What a slide looks like from the back of the room, measured in a browser: how much of the slide its figures
 * cover, the smallest text in them as rendered, and whether anything runs off the canvas. Shared by the build's
 * slide check (check-slides.ts) and the browser tests (tests/e2e/deck-layout.spec.ts), so they judge alike.
 */
import type { Page } from '@playwright/test';

/** The projector the thresholds are stated for. At another size they scale with the window's height. */
export const REFERENCE = { width: 1920, height: 1080 };
/** No word in a figure or its controls smaller than this at the reference size (CSS px as rendered). */
export const MIN_TEXT_PX = 18;
/** A slide with a figure gives its figures at least this share of the slide's area. */
export const MIN_FIGURE_SHARE = 0.5;

export interface SlideLayout {
  slide: number;
  title: string;
  figures: number;
  /** The figures' boxes over the slide's, 0–1. */
  figureShare: number;
  /** The smallest visible text in a figure, in CSS px as rendered, and the text itself. */
  smallest: { px: number; text: string } | null;
  /** What deck/client/fit.ts found overflowing, or content past the slide's edges. */
  overflow: string | null;
}

/** Runs in the page: measures the current slide. Self-contained, since Playwright sends it as source. */
function measureCurrent(): Omit<SlideLayout, 'slide'> {
  const slide = document.querySelector<HTMLElement>('[data-slide][data-current]')!;
  const box = slide.getBoundingClientRect();
  const figures = Array.from(slide.querySelectorAll<HTMLElement>('.bl-figure'));
  const covered = figures.reduce((sum, f) => {
    const r = f.getBoundingClientRect();
    return sum + r.width * r.height;
  }, 0);
  let smallest: { px: number; text: string } | null = null;
  for (const figure of figures) {
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (el.closest('.bl-figure__desc, .visually-hidden, title, desc, option')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      let scale: number;
      if (el instanceof SVGGraphicsElement) {
        const ctm = el.getScreenCTM();
        if (!ctm) continue;
        scale = Math.hypot(ctm.a, ctm.b);
      } else {
        // Rendered width over layout width: the figure's zoom and the canvas's scale together.
        if (el.offsetWidth === 0) continue;
        scale = el.getBoundingClientRect().width / el.offsetWidth;
      }
      const px = size * scale;
      if (!smallest || px < smallest.px) smallest = { px: Math.round(px * 10) / 10, text: text.slice(0, 40) };
    }
  }
  const edges: string[] = [];
  for (const el of slide.querySelectorAll<HTMLElement>('.slide__title, .slide__body > *')) {
    const r = el.getBoundingClientRect();
    if (r.height > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1)) edges.push(el.id || el.className || el.tagName.toLowerCase());
  }
  const overflow = [slide.dataset.overflow, ...edges.map((e) => `${e} runs off the slide`)].filter(Boolean).join('; ');
  return { title: slide.dataset.title ?? '', figures: figures.length, figureShare: covered / (box.width * box.height), smallest, overflow: overflow || null };
}

/** Every slide of the deck at `url`, measured once its figures have drawn live and the slide has been fitted. */
export async function measureDeck(page: Page, url: string): Promise<SlideLayout[]> {
  await page.goto(url);
  await page.waitForSelector('bl-deck[data-ready]');
  const total = await page.locator('[data-slide]').count();
  const slides: SlideLayout[] = [];
  for (let slide = 1; slide <= total; slide++) {
    // The last step: every step's content shown (steps keep their space, so the slide is as full as it gets).
    await page.evaluate((n) => (location.hash = `#/${n}/99`), slide);
    await page.waitForFunction((n) => document.querySelector(`[data-slide="${n}"][data-current]`), slide);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-current] [data-bl-figure]')).every((f) => f.hasAttribute('data-ready') && !f.hasAttribute('data-training')));
    // Fonts, then (on a figure slide) the figure's fitted redraw and the column fit that waits for it to settle (fit.ts).
    await page.evaluate(() => document.fonts.ready);
    if (await page.locator('[data-current] [data-bl-figure]').count()) await page.waitForTimeout(350);
    slides.push({ slide, ...(await page.evaluate(measureCurrent)) });
  }
  return slides;
}

/** What is wrong with a slide at a window `height` px tall, in words; empty when nothing is. */
export function slideProblems(layout: SlideLayout, height: number): string[] {
  const problems: string[] = [];
  if (layout.overflow) problems.push(`content does not fit: ${layout.overflow}`);
  if (layout.figures === 0) return problems;
  const min = (MIN_TEXT_PX * height) / REFERENCE.height;
  if (layout.figureShare < MIN_FIGURE_SHARE) problems.push(`its figures cover ${Math.round(layout.figureShare * 100)} % of the slide (at least ${MIN_FIGURE_SHARE * 100} %)`);
  if (layout.smallest && layout.smallest.px < min - 0.05) problems.push(`text "${layout.smallest.text}" renders at ${layout.smallest.px} px (at least ${min.toFixed(1)})`);
  return problems;
}
