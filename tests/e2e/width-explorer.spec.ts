import { test, expect, openCatalogFigure } from './fixtures.ts';

test('width-explorer: "Training…" stays until the width the reader stopped at is drawn, however many they passed', async ({ page, problems }) => {
  const figure = await openCatalogFigure(page, 'width-explorer');
  // Pass through width 5 on the way to 31, a frame apart: neither is trained yet, and the worker trains 5 first.
  // Each time the status goes away, note which width is drawn.
  await figure.evaluate(async (el) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const cleared: string[] = [];
    (el as unknown as { cleared: string[] }).cleared = cleared;
    let seen = false;
    new MutationObserver(() => {
      if (el.hasAttribute('data-training')) seen = true;
      else if (seen) cleared.push(el.querySelector('[data-readout="width"]')!.textContent!);
    }).observe(el, { attributes: true, attributeFilter: ['data-training'] });
    const slider = el.querySelector<HTMLInputElement>('input[data-prop="width"]')!;
    for (const width of ['5', '31']) {
      slider.value = width;
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
    }
  });
  await expect(figure.locator('[data-readout="width"]')).toHaveText('31', { timeout: 20_000 });
  const drawnWhenStatusCleared = await figure.evaluate((el) => (el as unknown as { cleared: string[] }).cleared);
  expect(drawnWhenStatusCleared).toEqual(['31']);
  await expect(figure.locator('[data-status]')).toHaveText('');
  expect(problems).toEqual([]);
});
