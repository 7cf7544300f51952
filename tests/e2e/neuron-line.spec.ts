import { test, expect } from './fixtures.ts';

test('the neuron-line figure answers its weight slider', async ({ page, problems }) => {
  await page.goto('chapters/one-neuron/');
  const figure = page.locator('bl-neuron-line').first();
  const weight = figure.getByRole('slider', { name: /weight/ });
  await expect(weight).toBeDisabled();
  await figure.hover();
  await expect(weight).toBeEnabled();
  await expect(figure).toHaveAttribute('data-ready', '');
  const before = await figure.locator('[aria-label="model output"] path').getAttribute('d');
  await weight.fill('1.2');
  await expect(figure.locator('[data-readout="line"]')).toHaveText(/y = 1\.20x/);
  await expect.poll(() => figure.locator('[aria-label="model output"] path').getAttribute('d')).not.toBe(before);
  expect(problems).toEqual([]);
});
