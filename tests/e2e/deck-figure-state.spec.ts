/**
 * A slide's figures show the state its slide and step imply, however the deck got there: stepping forward,
 * opening the place directly, or coming back from a later slide. In the one-neuron deck, slide 1's step sets the
 * line figure to w 1.2, b 2.2, and the landscape on slide 5 is linked to it; the landscape must still arrive in its
 * own authored state (w 0.4, b 1), not in whatever its partner was last given. A change the presenter makes by hand
 * is on purpose, and stays when they leave the slide and come back.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const LANDSCAPE = '#fig-one-neuron-2';
const hash = (page: Page) => page.evaluate(() => location.hash);
type Deck = HTMLElement & { go(place: { slide: number; step: number }, source: string): boolean };

/** The landscape's readouts once it has drawn live and its state has stopped changing. */
async function readout(page: Page): Promise<{ w: string; b: string; state: unknown }> {
  const figure = page.locator(LANDSCAPE);
  await expect(figure).toHaveAttribute('data-ready', '');
  const read = () =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement & { state?: Record<string, unknown> };
      const text = (key: string) => el.querySelector(`[data-readout="${key}"]`)!.textContent!;
      return { w: text('w'), b: text('b'), state: el.state ?? null };
    }, LANDSCAPE);
  // Figures load and take states asynchronously: read until two reads a moment apart agree.
  let last = JSON.stringify(await read());
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await read());
    if (now === last) break;
    last = now;
  }
  return JSON.parse(last);
}

async function open(page: Page, place: string) {
  await page.goto(`slides/one-neuron/${place}`);
  await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
}

async function forwardTo(page: Page, target: string) {
  for (let i = 0; i < 30 && (await hash(page)) !== target; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(120);
  }
  await expect.poll(() => hash(page)).toBe(target);
}

test('the linked landscape shows the same state arriving forward, directly or from a later slide', async ({ page, problems }) => {
  await open(page, '#/1/0');
  await expect(page.locator('#fig-one-neuron-1')).toHaveAttribute('data-ready', '');
  // Forward through slide 1's step (it sets the linked line figure) to the landscape's slide.
  await forwardTo(page, '#/5/0');
  const forward = await readout(page);

  // Back from the slide after it.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => hash(page)).toBe('#/6/0');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => hash(page)).toMatch(/^#\/5\//);
  const back = await readout(page);

  // Back to the first slide's last step (the line at 1.2, 2.2 again), then jump straight to the landscape.
  await page.evaluate(() => (document.querySelector('bl-deck') as Deck).go({ slide: 1, step: 1 }, 'local'));
  await expect.poll(() => page.evaluate(() => (document.getElementById('fig-one-neuron-1') as HTMLElement & { state?: { w: number } }).state?.w)).toBe(1.2);
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expect.poll(() => hash(page)).toBe('#/5/0');
  const jumped = await readout(page);

  // Opened there directly, in a fresh page.
  await open(page, '#/5/0');
  const direct = await readout(page);

  expect(direct).toMatchObject({ w: '0.40', b: '1.00' });
  expect(forward, 'arriving by stepping forward').toEqual(direct);
  expect(back, 'coming back from a later slide').toEqual(direct);
  expect(jumped, 'jumping there by number').toEqual(direct);
  expect(problems).toEqual([]);
});

test('a change made by hand on a slide survives leaving it and coming back', async ({ page, problems }) => {
  await open(page, '#/1/0');
  await forwardTo(page, '#/5/0');
  await readout(page);
  const w = page.locator(`${LANDSCAPE} input[data-prop="w"]`);
  await expect(w).toBeEnabled();
  const before = Number(await w.inputValue());
  await w.focus();
  for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
  await expect(w).toHaveValue(String(Math.round((before + 0.3) * 100) / 100));
  await page.keyboard.press('Escape'); // hands the keys back to the deck
  const dragged = await readout(page);
  expect(dragged.w).toBe((before + 0.3).toFixed(2));

  // Away (past slide 1's step, which sets the linked line figure) and back by every road.
  await page.keyboard.press('PageDown');
  await expect.poll(() => hash(page)).toBe('#/6/0');
  await page.keyboard.press('PageUp');
  await expect.poll(() => hash(page)).toMatch(/^#\/5\//);
  expect(await readout(page), 'back from the next slide').toEqual(dragged);
  await page.keyboard.press('Home');
  await forwardTo(page, '#/5/0');
  expect(await readout(page), 'forward again from the start').toEqual(dragged);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect.poll(() => hash(page)).toBe('#/1/0');
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expect.poll(() => hash(page)).toBe('#/5/0');
  expect(await readout(page), 'jumping back by number').toEqual(dragged);
  expect(problems).toEqual([]);
});

test('a hand change in the presenter window is kept by every audience window, one that joins later too', async ({ page, context, problems }) => {
  const presenter = page;
  await presenter.goto('slides/one-neuron/presenter/#/5/0');
  await expect(presenter.locator('bl-deck[data-ready]')).toBeAttached();
  const first = await context.newPage();
  first.on('pageerror', (e) => problems.push(`audience uncaught: ${e.message}`));
  await first.goto('slides/one-neuron/');
  await expect.poll(() => hash(first)).toBe('#/5/0');
  await readout(first);
  // The presenter moves w by hand. (Its window in front: a page in the background draws, and so tells, late.)
  await presenter.bringToFront();
  const w = presenter.locator(`${LANDSCAPE} input[data-prop="w"]`);
  await expect(w).toBeEnabled();
  await w.focus();
  for (let k = 0; k < 4; k++) await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('Escape');
  const dragged = await readout(presenter);
  // Audience windows sit in the background here, where drawing waits: compare their states, not their readouts.
  const stateOf = (p: Page) => p.evaluate((sel) => (document.querySelector(sel) as HTMLElement & { state?: unknown }).state, LANDSCAPE);
  await expect.poll(() => stateOf(first)).toEqual(dragged.state);
  // A window that opens now hears of it with the room's state.
  const late = await context.newPage();
  late.on('pageerror', (e) => problems.push(`late audience uncaught: ${e.message}`));
  await late.goto('slides/one-neuron/');
  await expect.poll(() => hash(late)).toBe('#/5/0');
  await presenter.bringToFront();
  // Away past slide 1's step (which moves the linked line) and back: every window shows the hand change again.
  await presenter.keyboard.press('Home');
  await presenter.keyboard.press('ArrowRight');
  for (const p of [presenter, first, late]) await expect.poll(() => hash(p)).toBe('#/1/1');
  await presenter.keyboard.press('5');
  await presenter.keyboard.press('Enter');
  expect(await readout(presenter)).toEqual(dragged);
  for (const p of [first, late]) {
    await expect.poll(() => hash(p)).toBe('#/5/0');
    await expect.poll(() => stateOf(p)).toEqual(dragged.state);
    // … and stays so (a late partner's news must not undo it).
    await p.waitForTimeout(300);
    expect(await stateOf(p)).toEqual(dragged.state);
  }
  expect(problems).toEqual([]);
});
