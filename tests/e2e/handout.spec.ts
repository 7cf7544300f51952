/**
 * Handouts (`?handout`, client/handout.ts; `npm run pdf`, scripts/handouts.ts): one slide a page, each slide's
 * figures drawn live in the state of that slide's last step. In learning-by-descent the training figure is authored
 * at step 25 and its slide's last step moves it to step 300, so "step 300" on the printed plot comes only from the
 * last step's state. The help dialog's "Handout (PDF)…" opens such a page, which prints itself.
 */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect } from './fixtures.ts';
import { deckPdf } from '../../scripts/handouts.ts';

/** A PDF's page count and each page's text. */
async function readPdf(pdf: Buffer): Promise<{ pages: number; text: string[] }> {
  const task = getDocument({ data: new Uint8Array(pdf) });
  const doc = await task.promise;
  const text: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  const pages = doc.numPages;
  await task.destroy();
  return { pages, text };
}

const slideCount = (page: Page) => page.locator('[data-slide]').count();

test('a deck handout has a page per slide, each figure in its slide’s last-step state', async ({ page, browser, baseURL, problems }) => {
  await page.goto('slides/learning-by-descent/');
  await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
  const slides = await slideCount(page);
  const figureSlide = await page.locator('[data-slide]:has(#fig-learning-by-descent-1)').getAttribute('data-slide');
  const lastStep = await page.evaluate(() => {
    const steps = Array.from(document.querySelectorAll<HTMLElement>('[data-step][data-figure="fig-learning-by-descent-1"]'));
    return JSON.parse(steps.at(-1)!.dataset.state!) as { step: number };
  });
  expect(lastStep.step).toBe(300);

  // The deck printed as it opens (Ctrl+P on slide 1): the figure shows its authored state, not the last step's.
  await page.emulateMedia({ media: 'print' });
  const plain = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(plain.text.join(' ')).not.toContain('step 300');

  const handout = await readPdf(await deckPdf(browser, baseURL!, 'learning-by-descent', false));
  expect(handout.pages, `pages for ${slides} slides`).toBe(slides);
  expect(handout.text[Number(figureSlide) - 1]).toContain('step 300');

  // With notes, each slide's notes print under it, still one page a slide.
  const withNotes = await readPdf(await deckPdf(browser, baseURL!, 'learning-by-descent', true));
  expect(withNotes.pages).toBe(slides);
  expect(withNotes.text.join(' ')).toContain('Notes');
  expect(problems).toEqual([]);
});

test('every figure of a handout has drawn live before it is marked ready, links apart', async ({ page, problems }) => {
  await page.goto('slides/one-neuron/?handout');
  await expect(page.locator('html[data-handout-ready]')).toBeAttached({ timeout: 30_000 });
  const figures = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement & { state?: Record<string, unknown> }>('[data-bl-figure]'), (el) => ({
      id: el.id,
      ready: el.hasAttribute('data-ready'),
      w: el.state?.w,
    })),
  );
  expect(figures.length).toBeGreaterThan(0);
  expect(figures.every((f) => f.ready)).toBe(true);
  // Slide 1's line at its last step (w 1.2); the landscape of slide 5, linked to it on screen, at its own (0.4).
  expect(figures.find((f) => f.id === 'fig-one-neuron-1')?.w).toBe(1.2);
  expect(figures.find((f) => f.id === 'fig-one-neuron-2')?.w).toBe(0.4);
  expect(problems).toEqual([]);
});

test('"Handout (PDF)…" in the presenter’s help opens the handout, which prints itself', async ({ page, context, problems }) => {
  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await page.goto('slides/one-neuron/presenter/#/5/0');
  await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
  // A change made by hand goes into the handout too (in the query, as "Present from here" carries it).
  const w = page.locator('#fig-one-neuron-2 input[data-prop="w"]');
  await expect(w).toBeEnabled();
  await w.focus();
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#fig-one-neuron-2 [data-readout="w"]')).toHaveText('0.60');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keys' });
  await dialog.getByLabel(/speaker notes/).check();
  const [popup] = await Promise.all([context.waitForEvent('page'), dialog.getByRole('button', { name: 'Handout (PDF)…' }).click()]);
  await expect(popup).toHaveURL(/\/slides\/one-neuron\/\?handout=print&notes/);
  await expect(popup.locator('html[data-handout-ready][data-printed][data-print-notes]')).toBeAttached({ timeout: 30_000 });
  expect(popup.url()).toContain('fig-one-neuron-2=w%3A0.6');
  await expect(popup.locator('#fig-one-neuron-2 [data-readout="w"]')).toHaveText('0.60');
  // Slide 1's line shows its own last step, not the landscape's hand change (on a handout links are apart).
  expect(await popup.evaluate(() => (document.getElementById('fig-one-neuron-1') as HTMLElement & { state?: { w: number } }).state?.w)).toBe(1.2);
  // The handout is not a window of the room: the presenter stays where it was.
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/5/0');
  expect(problems).toEqual([]);
});
