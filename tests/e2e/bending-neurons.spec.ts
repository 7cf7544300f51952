import type { Locator } from '@playwright/test';
import { test, expect, openCatalogFigure } from './fixtures.ts';

/** How far (in SVG px) the model output path strays from the chord between its ends: 0 for a straight line. */
function bendOf(figure: Locator): Promise<number> {
  return figure.locator('[aria-label="model output"] path').evaluate((path) => {
    const points = (path.getAttribute('d') ?? '')
      .split(/[ML]/)
      .filter(Boolean)
      .map((pair) => pair.split(',').map(Number) as [number, number]);
    const [x0, y0] = points[0];
    const [x1, y1] = points[points.length - 1];
    const length = Math.hypot(x1 - x0, y1 - y0);
    return Math.max(...points.map(([x, y]) => Math.abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length));
  });
}

test('bending-neurons: identity gives a straight output, ReLU bends it, at the final step', async ({ page, problems }) => {
  const figure = await openCatalogFigure(page, 'bending-neurons');
  const activation = figure.getByRole('combobox', { name: /activation/i });
  const step = figure.getByRole('slider', { name: /training step/i });
  await step.fill('1500');

  await activation.selectOption('identity');
  await expect(figure.locator('[data-readout="bends"]')).toHaveText(/line/);
  await expect.poll(() => bendOf(figure)).toBeLessThan(0.5);
  await expect(figure.locator('[aria-label^="hinges"]')).toHaveCount(0);

  await activation.selectOption('relu');
  await expect(figure.locator('[data-readout="bends"]')).toHaveText(/^\d+$/);
  await expect.poll(() => bendOf(figure)).toBeGreaterThan(20);
  expect(await figure.locator('[aria-label^="hinges"]').count()).toBeGreaterThan(0);
  // Fitted: the loss is well under the best straight line's.
  const loss = Number(await figure.locator('[data-readout="loss"]').textContent());
  const floor = Number(await figure.locator('[data-readout="best line loss"]').textContent());
  expect(loss).toBeLessThan(floor / 10);
  expect(problems).toEqual([]);
});

test('bending-neurons: scrubbing shows no "Training…" (it only indexes the trajectory); step 0 is the random start', async ({ page, problems }) => {
  const figure = await openCatalogFigure(page, 'bending-neurons');
  const step = figure.getByRole('slider', { name: /training step/i });
  await step.fill('0');
  await expect(figure.locator('[data-readout="step"]')).toHaveText('0');
  const start = Number(await figure.locator('[data-readout="loss"]').textContent());
  await step.fill('1500');
  await expect(figure.locator('[data-readout="step"]')).toHaveText('1500');
  expect(Number(await figure.locator('[data-readout="loss"]').textContent())).toBeLessThan(start);
  await expect(figure).not.toHaveAttribute('data-training', '');
  expect(problems).toEqual([]);
});
