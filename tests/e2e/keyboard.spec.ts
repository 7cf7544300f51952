/**
 * A keyboard reader's figure: controls in the Tab order before the figure's code has loaded, no key lost while
 * it loads, network diagram edges that always have names, and User Timing that does not grow without end.
 */
import type { Page } from '@playwright/test';
import { test, expect, openCatalogFigure } from './fixtures.ts';

/** Holds back every script fetched from now on, so a figure's code is certainly not there yet. */
async function slowFigureCode(page: Page, ms = 800): Promise<void> {
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** What has keyboard focus, as `<figure id>:<prop or action>` inside a figure, else its tag and text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'none';
    const figure = el.closest<HTMLElement>('[data-bl-figure]');
    const what = el.dataset.prop ?? el.dataset.action ?? el.dataset.scrub ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
    return figure ? `${figure.id}:${what}` : `${el.tagName}:${what}`;
  });
}

test.use({ viewport: { width: 1280, height: 900 } });

test('Tab reaches every control of a figure whose code has not loaded', async ({ page, problems }) => {
  await page.goto('chapters/one-neuron/');
  await slowFigureCode(page);
  const id = await page.locator('bl-neuron-line').first().getAttribute('id');
  const stops: string[] = [];
  // Quickly, as a reader who knows where they are going: the figure's code is still on its way.
  for (let i = 0; i < 40 && !stops.includes(`${id}:Data behind this figure`); i++) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
  }
  const inFigure = stops.filter((stop) => stop.startsWith(`${id}:`));
  expect(inFigure).toEqual([`${id}:w`, `${id}:b`, `${id}:residuals`, `${id}:paste-data`, `${id}:download-data`, `${id}:reset-data`, `${id}:reset`, `${id}:copy-link`, `${id}:share`, `${id}:Open in the playground`, `${id}:Data behind this figure`]);
  expect(problems).toEqual([]);
});

test('the first key pressed on a control before the figure loads is not lost', async ({ page, problems }) => {
  await page.goto('chapters/one-neuron/');
  await slowFigureCode(page);
  const figure = page.locator('bl-neuron-line').first();
  const weight = figure.getByRole('slider', { name: /weight/ });
  const gaps = figure.getByRole('checkbox', { name: 'Show the gaps' });
  const before = Number(await weight.inputValue());
  const shown = await gaps.isChecked();
  await weight.focus();
  await page.keyboard.press('ArrowRight');
  await gaps.focus();
  await page.keyboard.press('Space');
  expect(await figure.getAttribute('data-ready'), 'the keys should land before the figure loads').toBeNull();
  await expect(figure).toHaveAttribute('data-ready', '');
  const moved = before + 0.05;
  await expect.poll(() => figure.evaluate((el) => (el as unknown as { state: { w: number } }).state.w)).toBeCloseTo(moved, 9);
  await expect(weight).toHaveValue(String(Math.round(moved * 100) / 100));
  await expect(gaps).toBeChecked({ checked: !shown });
  expect(await figure.evaluate((el) => (el as unknown as { state: { residuals: boolean } }).state.residuals)).toBe(!shown);
  // Drawn, not only stored: the readout is that of the new weight, and the gaps are drawn or gone as toggled.
  await expect(figure.locator('[data-readout="line"]')).toHaveText(new RegExp(`y = ${moved.toFixed(2)}x`));
  await expect(figure.locator('[data-plot] [aria-label="residuals"]')).toHaveCount(shown ? 0 : 1);
  expect(problems).toEqual([]);
});

test('network diagram edges are never without a name, at wake-up or when the shape changes', async ({ page, problems }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __blank: string[] };
    w.__blank = [];
    addEventListener('DOMContentLoaded', () => {
      const diagram = document.querySelector('#catalog-collapse-stack [data-diagram]')!;
      const check = () => {
        const blank = diagram.querySelectorAll('.bl-edge:is([aria-label=""], :not([aria-label]))').length;
        if (blank) w.__blank.push(`${blank} of ${diagram.querySelectorAll('.bl-edge').length} edges`);
      };
      // Called in the same task as the drawing that left them blank, before anything could fill them in.
      new MutationObserver(check).observe(diagram, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
    });
  });
  const figure = await openCatalogFigure(page, 'collapse-stack');
  for (const prop of ['depth', 'width']) {
    const slider = figure.locator(`input[data-prop="${prop}"]`);
    const max = await slider.getAttribute('max');
    const min = await slider.getAttribute('min');
    await slider.fill(max!);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await slider.fill(min!);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  expect(await figure.locator('.bl-edge').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __blank: string[] }).__blank)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a network diagram is one Tab stop: the arrow keys go from weight to weight, and Tab comes back to the last', async ({ page, problems }) => {
  const figure = await openCatalogFigure(page, 'bending-neurons');
  const edges = figure.locator('[data-diagram] .bl-edge');
  const count = await edges.count();
  expect(count).toBeGreaterThan(4);
  await edges.first().focus();
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
  const names = await edges.evaluateAll((all) => all.map((edge) => edge.getAttribute('aria-label')));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await focusedName()).toBe(names[2]);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedName()).toBe(names[1]);
  await page.keyboard.press('End');
  expect(await focusedName()).toBe(names[count - 1]);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  // One press of Tab leaves the diagram for the first control; Shift+Tab returns to the weight left.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.prop)).toBeTruthy();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName()).toBe(names[1]);
  expect(await edges.evaluateAll((all) => all.filter((edge) => edge.getAttribute('tabindex') === '0').length)).toBe(1);
  expect(problems).toEqual([]);
});

test('a figure keeps one render measure in the performance buffer, however often it draws', async ({ page, problems }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __seen: number };
    w.__seen = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'bl-render:neuron-line') w.__seen++;
    }).observe({ type: 'measure' });
  });
  const figure = await openCatalogFigure(page, 'neuron-line');
  await figure.locator('input[data-prop="w"]').evaluate(async (input: HTMLInputElement) => {
    for (let i = 0; i < 120; i++) {
      input.value = String(-1 + (i % 80) * 0.05);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  // Every drawing was measured (the bench reads them with an observer), and the buffer holds only the latest.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __seen: number }).__seen)).toBeGreaterThan(100);
  expect(await page.evaluate(() => performance.getEntriesByName('bl-render:neuron-line').length)).toBe(1);
  expect(problems).toEqual([]);
});
