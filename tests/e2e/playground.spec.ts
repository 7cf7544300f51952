/**
 * The playground as a reader uses it: a 1-4-4-1 ReLU network on points they added, trained, scrubbed both ways,
 * shared by its link and reloaded into the same state; an all-Identity network drawing its collapsed line, its
 * output straight; weights downloaded and loaded back, and a damaged file refused with nothing changed; and
 * a curve drawn across the plot becoming the data; and chapter 6's figure opening the playground with its network.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, wakeFigure } from './fixtures.ts';
import { decodeRows } from '../../src/figures/kit/data/points-code.ts';

test.use({ viewport: { width: 1280, height: 900 } });

interface Playground extends HTMLElement {
  state: Record<string, string | number>;
}

const readout = (figure: Locator, key: string) => figure.locator(`[data-readout="${key}"]`);
const stateOf = (figure: Locator) => figure.evaluate((el) => ({ ...(el as Playground).state }));
const scrubber = (figure: Locator) => figure.locator('input[data-prop="progress"]');

async function openPlayground(page: Page, query = ''): Promise<Locator> {
  await page.goto(`playground/${query}`);
  const figure = page.locator('#playground');
  await wakeFigure(figure);
  return figure;
}

/** The model output's path, as the points it passes through (in SVG units). */
const outputPoints = (figure: Locator) => linePoints(figure, 'model output');

async function linePoints(figure: Locator, mark: string): Promise<[number, number][]> {
  const d = await figure.locator(`[data-plot] [aria-label="${mark}"] path`).first().getAttribute('d');
  const numbers = (d ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
  return Array.from({ length: numbers.length / 2 }, (_, k) => [numbers[2 * k], numbers[2 * k + 1]]);
}

test('a 1-4-4-1 ReLU network on the reader\'s points trains, scrubs back and forth, and comes back from its link', async ({ page, problems }) => {
  const figure = await openPlayground(page, '?playground=dataset:u-40');
  await expect(figure.locator('[data-diagram]')).toContainText('ReLU');
  // Three points of the reader's own, pressed into empty space high on the left of the plot.
  const area = (await figure.locator('[data-plot-area]').boundingBox())!;
  for (const [fx, fy] of [[0.12, 0.12], [0.2, 0.1], [0.28, 0.14]]) {
    await page.mouse.click(area.x + area.width * fx, area.y + area.height * fy);
    await expect(figure.locator('[data-points-status]')).toHaveText(/^added point/);
  }
  await expect.poll(async () => (await stateOf(figure)).points).toMatch(/^p1\*/);
  await expect(readout(figure, 'step')).toHaveText('1000 / 1000', { timeout: 20_000 });
  const trained = Number(await readout(figure, 'loss').textContent());
  expect(trained).toBeGreaterThan(0);

  // Scrub: to the start, one record on, back to the end; the drawing and readouts follow, nothing retrains.
  await scrubber(figure).focus();
  await page.keyboard.press('Home');
  await expect(readout(figure, 'step')).toHaveText('0 / 1000');
  const start = Number(await readout(figure, 'loss').textContent());
  expect(start).toBeGreaterThan(trained);
  await page.keyboard.press('ArrowRight');
  await expect(readout(figure, 'step')).toHaveText('10 / 1000');
  await page.keyboard.press('ArrowLeft');
  await expect(readout(figure, 'step')).toHaveText('0 / 1000');
  await page.keyboard.press('End');
  await expect(readout(figure, 'step')).toHaveText('1000 / 1000');
  await expect(figure).not.toHaveAttribute('data-training', '');
  await page.keyboard.press('PageDown');
  await expect(readout(figure, 'step')).not.toHaveText('1000 / 1000');

  // The link holds the whole configuration, the reader's points included; reloading it gives the same figure.
  const before = await stateOf(figure);
  const shown = await readout(figure, 'loss').textContent();
  await expect.poll(() => new URL(page.url()).searchParams.get('playground') ?? '').toContain('points:p1*');
  // The address follows the drawing a frame later: wait for the scrubbed position to be in it.
  await expect.poll(() => new URL(page.url()).searchParams.get('playground') ?? '').toContain(`progress:${before.progress}`);
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  const again = page.locator('#playground');
  await wakeFigure(again);
  expect(await stateOf(again)).toEqual(before);
  await expect(readout(again, 'loss')).toHaveText(shown!);
  expect(problems).toEqual([]);
});

test('an all-Identity network says it is one line, draws that line, and its output stays straight', async ({ page, problems }) => {
  const figure = await openPlayground(page, '?playground=layers:3,width3:6,dataset:sine-2x');
  for (const k of [1, 2, 3]) await figure.locator(`select[data-prop="activation${k}"]`).selectOption('identity');
  await expect(figure.locator('[data-plot] [aria-label="collapsed line"]').first()).toBeVisible();
  await expect(figure.locator('[data-aside]')).toContainText('w_eff');
  await expect(readout(figure, 'bends')).toHaveText('0');
  await expect(figure.locator('[data-description]')).toContainText('single line', { timeout: 5000 });
  // The drawing keeps a path's corners only (straight runs are merged): a straight output is one segment, the same
  // as the collapsed line's, at every step of training. A bending network's output keeps many corners.
  for (const step of ['Home', 'PageUp', 'End']) {
    await scrubber(figure).focus();
    await page.keyboard.press(step);
    // Both read from one frame, once the press has been drawn: read apart, a redraw could fall between them.
    const [output, line] = await figure.evaluate(async (el) => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const points = (mark: string) => {
        const numbers = (el.querySelector(`[data-plot] [aria-label="${mark}"] path`)?.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
        return Array.from({ length: numbers.length / 2 }, (_, k) => [numbers[2 * k], numbers[2 * k + 1]]);
      };
      return [points('model output'), points('collapsed line')];
    });
    expect(output).toHaveLength(2);
    output.flat().forEach((v, k) => expect(Math.abs(v - line.flat()[k])).toBeLessThan(1));
  }
  // One bending layer is enough to end the collapse.
  await figure.locator('select[data-prop="activation2"]').selectOption('relu');
  await expect(figure.locator('[data-plot] [aria-label="collapsed line"]')).toHaveCount(0);
  await expect.poll(async () => (await outputPoints(figure)).length).toBeGreaterThan(3);
  expect(problems).toEqual([]);
});

test('weights download and load back; a damaged file is refused with a message and changes nothing', async ({ page, problems }) => {
  const figure = await openPlayground(page, '?playground=layers:1,width1:3,activation1:tanh');
  const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('[data-action="download-weights"]').click()]);
  const saved = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(saved) as { sizes: number[]; hiddenActivations: string[]; params: number[]; step: number };
  expect(file).toMatchObject({ sizes: [1, 3, 1], hiddenActivations: ['tanh'], step: 1000 });
  expect(file.params).toHaveLength(3 + 3 + 3 + 1);

  const input = figure.locator('input[type="file"]');
  const before = await stateOf(figure);
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(saved.slice(0, saved.length / 2)) });
  await expect(figure.locator('[data-status]')).toContainText('not JSON');
  await expect(figure.locator('[data-status]')).toContainText('Nothing was changed');
  expect(await stateOf(figure)).toEqual(before);
  const wrong = { ...file, params: file.params.slice(1) };
  await input.setInputFiles({ name: 'short.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  await expect(figure.locator('[data-status]')).toContainText('9 parameters');
  expect(await stateOf(figure)).toEqual(before);

  // A good file from another shape: the layers take its shape and training starts from its weights at step 0.
  const other = { ...file, sizes: [1, 2, 2, 1], hiddenActivations: ['relu', 'identity'], params: [1, -1, 0.5, 0.25, 1, 0, 0, 1, 0, 0, 1, 1, 0] };
  await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await expect(figure.locator('[data-status]')).toContainText('Loaded a 1-2-2-1 network from mine.json');
  await expect.poll(() => stateOf(figure)).toMatchObject({ layers: 2, width1: 2, width2: 2, activation1: 'relu', activation2: 'identity', progress: 0 });
  await expect(readout(figure, 'step')).toHaveText('0 / 1000', { timeout: 20_000 });
  // At step 0 the network is the file's: the diagram's first weight is the file's 1.
  await expect(figure.locator('[data-diagram] title').first()).toContainText('1.00');
  expect(problems).toEqual([]);
});

test('the loss chart shows the value under the pointer, and a press there goes to that step', async ({ page, problems }) => {
  const figure = await openPlayground(page);
  const chart = figure.locator('[data-loss-axis]');
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect(figure.locator('.bl-playground__tip')).toBeVisible();
  await expect(figure.locator('.bl-playground__tip')).toHaveText(/^step \d+: loss \d/);
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect.poll(async () => Number((await stateOf(figure)).progress)).toBeLessThan(100);
  await expect.poll(async () => Number((await stateOf(figure)).progress)).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});

test('a curve drawn across the plot becomes the points the network trains on; a dab or Esc changes nothing', async ({ page, problems }) => {
  const figure = await openPlayground(page);
  const draw = figure.getByRole('button', { name: 'Draw a curve' });
  const status = figure.locator('[data-status]');
  const stroke = async (path: (t: number) => readonly [number, number], moves = 40) => {
    const panel = figure.locator('[data-plot-area]');
    await panel.scrollIntoViewIfNeeded();
    const area = (await panel.boundingBox())!;
    const at = (fx: number, fy: number) => [area.x + area.width * fx, area.y + area.height * fy] as const;
    await page.mouse.move(...at(...path(0)));
    await page.mouse.down();
    for (let k = 1; k <= moves; k++) await page.mouse.move(...at(...path(k / moves)));
    await page.mouse.up();
  };

  await draw.click();
  await expect(draw).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toContainText('when you let go, 30 points follow it');
  // A dab is no curve: it is refused, the drawing stays armed, and the data is the dataset's still.
  await stroke((t) => [0.5 + 0.05 * t, 0.5]);
  await expect(status).toContainText('too short');
  await expect(draw).toHaveAttribute('aria-pressed', 'true');
  expect((await stateOf(figure)).points).toBe('');
  await page.keyboard.press('Escape');
  await expect(draw).toHaveAttribute('aria-pressed', 'false');
  await expect(status).toContainText('No curve drawn');

  // A hump from the lower left, up in the middle, down to the lower right.
  await draw.click();
  await stroke((t) => [0.1 + 0.8 * t, 0.85 - 0.7 * Math.sin(Math.PI * t)]);
  await expect(draw).toHaveAttribute('aria-pressed', 'false');
  await expect(status).toContainText('30 points now follow your line');
  const rows = decodeRows(String((await stateOf(figure)).points), 2)!;
  expect(rows).toHaveLength(30);
  const xs = rows.map(([x]) => x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  const ys = rows.map(([, y]) => y);
  const middle = ys.slice(12, 18).reduce((a, b) => a + b) / 6;
  expect(middle).toBeGreaterThan(Math.max(ys[0], ys[29]) + 0.5);
  // The network trains on them, and the new data is in the link.
  await expect(readout(figure, 'step')).toHaveText('1000 / 1000', { timeout: 20_000 });
  await expect.poll(() => new URL(page.url()).searchParams.get('playground') ?? '').toContain('points:p1*');
  expect(problems).toEqual([]);
});

test('"Open in the playground" from chapter 6 carries its network and data, as the reader changed them', async ({ page, problems }) => {
  await page.goto('chapters/activation-functions/');
  const figure = page.locator('bl-bending-neurons').first();
  await wakeFigure(figure);
  await figure.locator('select[data-prop="activation"]').selectOption('tanh');
  const link = figure.locator('[data-playground]');
  // The link follows the reader's changes once they reach for it (its code loads then)…
  await link.hover();
  await expect(link).toHaveAttribute('href', /activation1%3Atanh/);
  await expect(link).toHaveAttribute('href', /width1%3A4/);
  // …and opens what is shown when it is followed, here from the keyboard after one more change.
  await figure.locator('input[data-prop="neurons"]').fill('6');
  await link.press('Enter');
  await page.waitForURL(/\/playground\//);
  const playground = page.locator('#playground');
  await wakeFigure(playground);
  expect(await stateOf(playground)).toMatchObject({ layers: 1, width1: 6, activation1: 'tanh', dataset: 'u', optimizer: 'adam' });
  await expect(playground.locator('[data-diagram]')).toContainText('Tanh');
  expect(problems).toEqual([]);
});
