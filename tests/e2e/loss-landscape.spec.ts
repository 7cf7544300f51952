/**
 * Pointer input on the loss landscape, and its link with the neuron's line: the two figures share w and b,
 * so moving either one moves the other. The catalog shows each figure once, unlinked; the test links the two
 * by giving them the same data-link before their scripts wake, exactly as a chapter's `link` prop would.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, wakeFigure } from './fixtures.ts';

/** Client coordinates of the centre of an element. */
async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function open(page: Page, link?: string): Promise<Locator> {
  await page.goto('figures/');
  if (link) {
    await page.evaluate((group) => {
      for (const id of ['catalog-neuron-line', 'catalog-loss-landscape']) document.getElementById(id)!.dataset.link = group;
    }, link);
  }
  const figure = page.locator('#catalog-loss-landscape');
  await wakeFigure(figure);
  return figure;
}

test('clicking the star moves the point to the lowest loss, and dragging moves it along', async ({ page, problems }) => {
  const figure = await open(page);
  const w = figure.getByRole('slider', { name: /weight w/ });
  const b = figure.getByRole('slider', { name: /bias b/ });
  const star = figure.locator('[data-plot] [aria-label="minimum"] path').first();
  const target = await centre(star);
  await page.mouse.click(target.x, target.y);
  await expect.poll(async () => Math.abs(Number(await w.inputValue()) - 1.19)).toBeLessThan(0.06);
  await expect.poll(async () => Math.abs(Number(await b.inputValue()) - 2.19)).toBeLessThan(0.15);
  await expect(figure.locator('[data-readout="loss"]')).toHaveText(/^0\.2\d\d$/);

  // Drag left and up: w falls, b rises, frame by frame.
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(target.x - 12 * k, target.y - 8 * k);
  await page.mouse.up();
  await expect.poll(async () => Number(await w.inputValue())).toBeLessThan(1);
  await expect.poll(async () => Number(await b.inputValue())).toBeGreaterThan(2.5);
  const dot = await centre(figure.locator('[aria-label="your line"] circle'));
  expect(Math.abs(dot.x - (target.x - 120))).toBeLessThan(12);
  expect(Math.abs(dot.y - (target.y - 80))).toBeLessThan(12);

  // A press on the axis labels is not a choice of point.
  const before = await w.inputValue();
  const label = await centre(figure.locator('[data-plot] [aria-label="x-axis tick label"] text').first());
  await page.mouse.click(label.x, label.y);
  await page.waitForTimeout(100);
  expect(await w.inputValue()).toBe(before);
  expect(problems).toEqual([]);
});

test('linked with the neuron line, the two share w and b both ways', async ({ page, problems }) => {
  const landscape = await open(page, 'one-neuron');
  const line = page.locator('#catalog-neuron-line');
  await expect(line).toHaveAttribute('data-ready', '');

  await line.getByRole('slider', { name: /weight/ }).fill('1.5');
  await expect(landscape.getByRole('slider', { name: /weight w/ })).toHaveValue('1.5');
  await expect(landscape.locator('[data-readout="w"]')).toHaveText('1.50');

  await landscape.scrollIntoViewIfNeeded();
  const star = await centre(landscape.locator('[data-plot] [aria-label="minimum"] path').first());
  await page.mouse.click(star.x, star.y);
  await expect.poll(async () => Math.abs(Number(await line.getByRole('slider', { name: /weight/ }).inputValue()) - 1.19)).toBeLessThan(0.06);
  await expect.poll(async () => Math.abs(Number(await line.getByRole('slider', { name: /bias/ }).inputValue()) - 2.19)).toBeLessThan(0.15);
  expect(problems).toEqual([]);
});

test('a state given before the first drawing reaches the partner, and redraws at a new width push nothing stale', async ({ page, problems }) => {
  // As in a deck window: a step or another window gives the line a state the moment its code arrives.
  await page.goto('chapters/one-neuron/');
  const line = page.locator('[data-bl-figure="neuron-line"]');
  const landscape = page.locator('[data-bl-figure="loss-landscape"]');
  await page.evaluate(async () => {
    const el = document.querySelector<HTMLElement>('[data-bl-figure="neuron-line"]')!;
    el.dispatchEvent(new Event('focusin'));
    await customElements.whenDefined('bl-neuron-line');
    (el as HTMLElement & { setState(s: Record<string, unknown>): void }).setState({ w: 2.2 });
  });
  await expect(line).toHaveAttribute('data-ready', '');
  await expect(landscape).toHaveAttribute('data-ready', '');
  const w = (figure: Locator) => figure.evaluate((el) => (el as HTMLElement & { state: { w: number } }).state.w);
  await expect.poll(() => w(landscape)).toBe(2.2);
  // Both redraw at the new width; neither may send its partner an older state.
  await page.setViewportSize({ width: 420, height: 800 });
  await page.waitForTimeout(500);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForTimeout(500);
  expect(await w(line)).toBe(2.2);
  expect(await w(landscape)).toBe(2.2);
  expect(problems).toEqual([]);
});

test('a partner whose code arrives late does not undo a newer change with the state it woke to', async ({ page, problems }) => {
  // The deck race: a step gives the line a state, the landscape (woken with it, but slower to load) starts
  // from that state, and the next step changes the line again before the landscape's first drawing. That
  // drawing is older news than the line's, and must not pull the line back.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/landscape.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('chapters/one-neuron/');
  const line = page.locator('[data-bl-figure="neuron-line"]');
  const landscape = page.locator('[data-bl-figure="loss-landscape"]');
  await page.evaluate(async () => {
    const el = document.querySelector<HTMLElement & { setState(s: Record<string, unknown>): void }>('[data-bl-figure="neuron-line"]')!;
    el.dispatchEvent(new Event('focusin'));
    await customElements.whenDefined('bl-neuron-line');
    const drawn = new Promise((resolve) => el.addEventListener('bl-figure-change', resolve, { once: true }));
    el.setState({ w: 2.2 });
    await drawn;
    // The moment the landscape is defined (its connectedCallback has run, its first drawing is a frame away),
    // the line moves on.
    void customElements.whenDefined('bl-loss-landscape').then(() => el.setState({ w: 0.5 }));
  });
  release();
  await expect(landscape).toHaveAttribute('data-ready', '');
  const w = (figure: Locator) => figure.evaluate((el) => (el as HTMLElement & { state: { w: number } }).state.w);
  await expect.poll(() => w(landscape)).toBe(0.5);
  await page.waitForTimeout(300);
  expect(await w(line)).toBe(0.5);
  expect(await w(landscape)).toBe(0.5);
  expect(problems).toEqual([]);
});
