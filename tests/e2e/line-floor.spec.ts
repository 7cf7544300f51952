import { test, expect, openCatalogFigure } from './fixtures.ts';

test('line-floor: at every depth, training ends on the floor and never below it', async ({ page, problems }) => {
  const figure = await openCatalogFigure(page, 'line-floor');
  const depth = figure.getByRole('slider', { name: /hidden layers/i });
  const step = figure.getByRole('slider', { name: /training step/i });
  const read = async (key: string) => Number((await figure.locator(`[data-readout="${key}"]`).textContent())!.replace('\u2212', '-'));
  await step.fill('400');
  for (const d of ['0', '1', '2', '3', '4']) {
    await depth.fill(d);
    await expect(figure).not.toHaveAttribute('data-training', '');
    await expect.poll(() => figure.locator('[data-readout="step"]').textContent()).toBe('400');
    const loss = await read('loss');
    const floor = await read('floor');
    expect(loss).toBeGreaterThanOrEqual(floor);
    expect(loss).toBeLessThan(floor * 1.01);
  }
  expect(problems).toEqual([]);
});
