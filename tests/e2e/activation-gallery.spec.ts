import { test, expect, openCatalogFigure } from './fixtures.ts';

test('activation-gallery: moving the mouse over the plot reads f and f′ there', async ({ page, problems }) => {
  const figure = await openCatalogFigure(page, 'activation-gallery');
  const frame = figure.locator('[data-plot] .bl-layered > svg').first();
  const box = (await frame.boundingBox())!;
  // Into the left part of the plot (negative z), then along it: z follows the pointer.
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5, { steps: 3 });
  await expect.poll(async () => Number((await figure.locator('[data-readout="z"]').textContent())!.replace('\u2212', '-'))).toBeLessThan(0);
  // ReLU is flat there: value 0 and slope 0.
  await expect(figure.locator('[data-readout="f(z)"]')).toHaveText('0.00');
  await expect(figure.locator('[data-readout="f′(z)"]')).toHaveText('0.00');
  // The slider follows.
  expect(Number(await figure.getByRole('slider', { name: /input z/i }).inputValue())).toBeLessThan(0);
  expect(problems).toEqual([]);
});
