/**
 * The presenter window's panels: the next slide drawn as it will arrive, the current step's notes picked out, and
 * a live count of the audience windows watching.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const hash = (page: Page) => page.evaluate(() => location.hash);

/** Watches a second page the way the `problems` fixture watches the first. */
function watch(page: Page, problems: string[]) {
  page.on('console', (m) => m.type() === 'error' && problems.push(`second page console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`second page uncaught: ${e.message}`));
}

async function openPresenter(page: Page, slug: string, place: string) {
  await page.goto(`slides/${slug}/presenter/${place}`);
  await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
}

async function goTo(page: Page, slide: number) {
  await page.keyboard.press(String(slide));
  await page.keyboard.press('Enter');
  await expect.poll(() => hash(page)).toBe(`#/${slide}/0`);
}

test('the next-slide preview shows the next slide’s figures drawn live, in the state they will arrive in', async ({ page, problems }) => {
  await openPresenter(page, 'one-neuron', '#/4/0');
  const preview = page.locator('[data-next-canvas]');
  // Slide 5's landscape, woken in the live deck and copied once drawn (the build's markup has no data-live).
  await expect(preview.locator('.bl-figure[data-live]')).toHaveCount(1);
  await expect(preview.locator('[data-readout="w"]')).toHaveText('0.40');

  // The presenter moves the landscape by hand on slide 5 …
  await goTo(page, 5);
  const w = page.locator('#fig-one-neuron-2 input[data-prop="w"]');
  await expect(w).toBeEnabled();
  await w.focus();
  for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#fig-one-neuron-2 [data-readout="w"]')).toHaveText('0.70');
  await page.keyboard.press('Escape');
  // … then slide 1's step sets the linked line to w 1.2, which the live landscape follows for now.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => hash(page)).toBe('#/1/1');
  await expect.poll(() => page.evaluate(() => (document.getElementById('fig-one-neuron-2') as HTMLElement & { state?: { w: number } }).state?.w)).toBe(1.2);
  // From slide 4, the preview shows slide 5 as it will be on arrival: the presenter's 0.70, not 1.20 or the build's 0.40.
  await goTo(page, 4);
  await expect(preview.locator('[data-readout="w"]')).toHaveText('0.70');
  await goTo(page, 5);
  await expect(page.locator('#fig-one-neuron-2 [data-readout="w"]')).toHaveText('0.70');
  expect(problems).toEqual([]);
});

test('the notes of the step just reached are marked current', async ({ page, problems }) => {
  await openPresenter(page, 'how-many-bends', '#/1/0');
  // Notes inside <Step>s belong to them. No chapter has any yet, so write some into the slide with four steps.
  const slide = await page.evaluate(() => {
    const el = document.getElementById('fig-how-many-bends-1')!.closest<HTMLElement>('[data-slide]')!;
    for (const n of [1, 3]) {
      const note = document.createElement('aside');
      note.dataset.notes = '';
      note.textContent = `Note of step ${n}.`;
      el.querySelector(`[data-step="${n}"]`)!.append(note);
    }
    return Number(el.dataset.slide);
  });
  const notes = page.locator('[data-presenter-notes]');
  const current = notes.locator('[aria-current="step"]');
  await goTo(page, slide);
  // Before any step: the slide's own notes are the current ones, the steps' not shown yet.
  await expect(current).toHaveCount(1);
  await expect(current).not.toContainText('Note of step');
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveText(/Note of step 1\./);
  // The slide's own notes come first, no longer current.
  await expect(notes.locator('.presenter-note').first()).not.toHaveAttribute('data-step');
  await expect(notes.locator('.presenter-note').first()).not.toHaveAttribute('aria-current');
  await page.keyboard.press('ArrowRight'); // step 2 has no notes: step 1's stay current
  await expect(current).toHaveText(/Note of step 1\./);
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveText(/Note of step 3\./);
  await expect(notes.getByText('Note of step 1.')).toBeVisible();
  await expect(notes.locator('.presenter-note--current')).toHaveCount(1);
  // It is shown, not only marked: the current note has the accent bar, the earlier ones none.
  const bar = (text: string) => notes.locator('.presenter-note', { hasText: text }).evaluate((el) => getComputedStyle(el).borderLeftColor);
  expect(await bar('Note of step 3.')).not.toBe(await bar('Note of step 1.'));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(current).toHaveText(/Note of step 1\./);
  expect(problems).toEqual([]);
});

test('the presenter bar counts the audience windows, live', async ({ page, context, problems }) => {
  await openPresenter(page, 'one-neuron', '#/1/0');
  const count = page.locator('[data-audience]');
  await expect(count).toHaveText(/Audience windows:\s*0 connected/);
  const first = await context.newPage();
  watch(first, problems);
  await first.goto('slides/one-neuron/');
  await expect(count).toHaveText(/1 connected/);
  const second = await context.newPage();
  watch(second, problems);
  await second.goto('slides/one-neuron/');
  await expect(count).toHaveText(/2 connected/);
  // Leaving says goodbye (pagehide): counted out at once, well before a silent window would be.
  await second.goto('about:blank');
  await expect(count).toHaveText(/1 connected/, { timeout: 1000 });
  // A window that goes silent without a goodbye (crashed, asleep) drops out within a few seconds.
  await first.evaluate(() => {
    BroadcastChannel.prototype.postMessage = () => {};
  });
  await expect(count).toHaveText(/0 connected/, { timeout: 6000 });
  await expect(count).toHaveAttribute('data-none', '');
  // A handout page is a document, not an audience window.
  await second.goto('slides/one-neuron/?handout');
  await expect(second.locator('html[data-handout-ready]')).toBeAttached({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await expect(count).toHaveText(/0 connected/);
  expect(problems).toEqual([]);
});
