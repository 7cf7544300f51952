/**
 * A reader's own data: points dragged, added and removed by pointer and by keyboard, pasted from a
 * spreadsheet (refused with the bad row named until valid), downloaded, reset, kept in the URL through a
 * reload, followed by the linked landscape, and carried from the presenter window to the audience.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openCatalogFigure, wakeFigure } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 900 } });

interface Figure extends HTMLElement {
  state: { points: string; dataset: string; w: number };
}

const openLine = (page: Page, query = '') => openChapterFigure(page, `chapters/one-neuron/${query}`, 'bl-neuron-line');

const dots = (figure: Locator) => figure.locator('[data-plot] [aria-label="data"] circle');
const code = (figure: Locator) => figure.evaluate((el) => (el as Figure).state.points);
const loss = (figure: Locator) => figure.locator('[data-readout="loss"]').textContent();
/** The y domain the drawing is marked with (data-plot-area). */
const yDomain = (figure: Locator) =>
  figure.locator('[data-plot-area]').evaluate((el) => (JSON.parse(el.getAttribute('data-plot-area')!) as { y: number[] }).y.slice(0, 2));

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses a data point and drags it up by `by` pixels, `moves` at a time; the button stays down (mid-drag). */
async function pressAndDragUp(page: Page, dot: Locator, by: number, moves = 12): Promise<void> {
  await dot.scrollIntoViewIfNeeded();
  const { x, y } = await centre(dot);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 1; k <= moves; k++) await page.mouse.move(x, y - (by * k) / moves);
}

/** A chapter's first figure of a kind, woken and drawn. */
async function openChapterFigure(page: Page, path: string, tag: string): Promise<Locator> {
  await page.goto(path);
  const figure = page.locator(tag).first();
  await wakeFigure(figure);
  return figure;
}

test('dragging a point moves it, changes the loss, reaches the linked landscape and the URL, and survives a reload', async ({ page, problems }) => {
  const figure = await openLine(page);
  const before = await loss(figure);
  const start = await centre(dots(figure).nth(4));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let k = 1; k <= 8; k++) await page.mouse.move(start.x, start.y - 12 * k);
  await page.mouse.up();
  await expect.poll(() => loss(figure)).not.toBe(before);
  const moved = await centre(dots(figure).nth(4));
  expect(Math.abs(moved.y - (start.y - 96))).toBeLessThan(4);
  await expect(figure.locator('[data-points-status]')).toHaveText(/^point 5 of 12: 2\.20 hours, score \d\.\d$/);
  const edited = await code(figure);
  expect(edited).toMatch(/^p1\*/);
  // The landscape is linked: it measures the loss on the same points.
  const landscape = page.locator('bl-loss-landscape').first();
  await expect.poll(() => landscape.evaluate((el) => (el as Figure).state?.points)).toBe(edited);
  const id = (await figure.getAttribute('id'))!;
  await expect.poll(() => new URL(page.url()).searchParams.get(id)).toContain('points:p1*');
  await page.reload();
  const again = page.locator('bl-neuron-line').first();
  await wakeFigure(again);
  expect(await code(again)).toBe(edited);
  expect(problems).toEqual([]);
});

test('pressing empty space adds a point, a double-click removes one, Reset data brings the published points back', async ({ page, problems }) => {
  const figure = await openLine(page);
  await expect(dots(figure)).toHaveCount(12);
  const plot = (await figure.locator('[data-plot-area] svg').first().boundingBox())!;
  // High above the line, far from any point.
  await page.mouse.click(plot.x + plot.width * 0.2, plot.y + plot.height * 0.15);
  await expect(dots(figure)).toHaveCount(13);
  await expect(figure.locator('[data-points-status]')).toHaveText(/^added point 13 of 13/);
  await page.mouse.dblclick(...(Object.values(await centre(dots(figure).nth(0))) as [number, number]));
  await expect(dots(figure)).toHaveCount(12);
  await figure.getByRole('button', { name: 'Reset data' }).click();
  await expect.poll(() => code(figure)).toBe('');
  await expect(dots(figure)).toHaveCount(12);
  expect(problems).toEqual([]);
});

test('a press that ends while the editor is still loading adds its point, and later mouse moves do not drag it', async ({ page, problems }) => {
  // The editor's code arrives after the click is over (as on a slow connection).
  await page.route('**/_astro/point-editor.*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  const figure = await openLine(page);
  const plot = (await figure.locator('[data-plot-area] svg').first().boundingBox())!;
  const x = plot.x + plot.width * 0.2;
  const y = plot.y + plot.height * 0.15;
  await page.mouse.click(x, y);
  await expect(dots(figure)).toHaveCount(13);
  const added = await centre(dots(figure).nth(12));
  await page.mouse.move(x + 150, y + 100, { steps: 6 });
  await page.waitForTimeout(300);
  const after = await centre(dots(figure).nth(12));
  expect(Math.hypot(after.x - added.x, after.y - added.y)).toBeLessThan(2);
  expect(problems).toEqual([]);
});

test('a point dragged above the axes makes them grow to hold it', async ({ page, problems }) => {
  const figure = await openLine(page);
  expect(await yDomain(figure)).toEqual([0, 10]);
  const start = await centre(dots(figure).nth(11));
  const plot = (await figure.locator('[data-plot-area] svg').first().boundingBox())!;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let k = 1; k <= 6; k++) await page.mouse.move(start.x, start.y - ((start.y - plot.y + 40) * k) / 6);
  await page.mouse.up();
  await expect.poll(async () => (await yDomain(figure))[1]).toBeGreaterThan(10);
  // The point went as far as the pointer did, on the scale the drag started with (40 px above a 0–10 axis:
  // about 11.5): growing axes must not feed back into the drag (it once ran away to the limit, 20).
  const top = await figure.locator('[data-plot-area]').evaluate((el) => (JSON.parse(el.getAttribute('data-plot-area')!) as { y: number[] }).y);
  const y = Number((await code(figure)).split('*')[12].split('_')[1]);
  expect(y).toBeGreaterThan(10.5);
  expect(y).toBeLessThan(13);
  expect(top[1]).toBeLessThan(20);
  expect(problems).toEqual([]);
});

test('the keyboard chooses, moves, adds and removes points, and each change is announced', async ({ page, problems }) => {
  const figure = await openLine(page);
  const keys = figure.getByRole('application', { name: 'Data points' });
  await keys.focus();
  await page.keyboard.press('Home');
  await expect(figure.locator('[data-points-status]')).toHaveText('point 1 of 12: 0.50 hours, score 3.3');
  await page.keyboard.press('ArrowRight');
  await expect(figure.locator('[data-points-status]')).toHaveText('point 2 of 12: 0.90 hours, score 2.8');
  // One step is a fiftieth of the axis: 10 / 50 = 0.2 points of score.
  await page.keyboard.press('ArrowUp');
  await expect(figure.locator('[data-points-status]')).toHaveText('point 2 of 12: 0.90 hours, score 3.0');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(figure.locator('[data-points-status]')).toHaveText('point 2 of 12: 1.02 hours, score 3.0');
  await page.keyboard.press('Enter');
  await expect(dots(figure)).toHaveCount(13);
  await expect(figure.locator('[data-points-status]')).toHaveText(/^added point 13 of 13: 1\.21 hours, score 3\.[56]$/);
  await page.keyboard.press('Delete');
  await expect(dots(figure)).toHaveCount(12);
  expect(await code(figure)).toMatch(/^p1\*0\.5_3\.3\*1\.02_3\*/);
  expect(problems).toEqual([]);
});

test('pasted data names its bad rows and changes nothing until valid; then it replaces the points', async ({ page, problems }) => {
  const figure = await openLine(page);
  await figure.getByRole('button', { name: 'Paste data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste your own data' });
  await expect(dialog).toBeVisible();
  const text = dialog.getByRole('textbox', { name: 'Points' });
  // As copied from a spreadsheet with decimal commas: tabs between, a header row, one bad cell.
  await text.fill('hours\tscore\n1\t2,5\n2\tabc\n3\t4,5');
  await expect(dialog.getByRole('status')).toHaveText("row 3, column 2: 'abc' is not a number");
  await expect(dialog.getByRole('button', { name: 'Use these points' })).toBeDisabled();
  expect(await code(figure)).toBe('');
  await text.fill('hours\tscore\n1\t2,5\n2\t3\n3\t4,5\n4\t5');
  await expect(dialog.getByRole('status')).toHaveText('4 points, ready to use.');
  await dialog.getByRole('button', { name: 'Use these points' }).click();
  await expect(dialog).toBeHidden();
  await expect(dots(figure)).toHaveCount(4);
  expect(await code(figure)).toBe('p1*1_2.5*2_3*3_4.5*4_5');
  // Focus returns to the button that opened the dialog.
  await expect(figure.getByRole('button', { name: 'Paste data…' })).toBeFocused();
  expect(problems).toEqual([]);
});

test('Download CSV gives the points shown, with the dataset’s column names', async ({ page, problems }) => {
  const figure = await openLine(page, '?fig-one-neuron-1=points:p1*1_2.5*2_3*3_4.5');
  await expect(dots(figure)).toHaveCount(3);
  const download = page.waitForEvent('download');
  await figure.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('study-hours-edited.csv');
  expect(readFileSync((await file.path())!, 'utf8')).toBe('hours,score\n1,2.5\n2,3\n3,4.5\n');
  expect(problems).toEqual([]);
});

test('a corrupt or oversized points value in the URL falls back to the published data, with no error on screen', async ({ page, problems }) => {
  for (const bad of ['p1*1_2', 'p9*1_2*3_4', 'p1*1_2*x_4', `p1${'*1_2'.repeat(600)}`]) {
    const figure = await openLine(page, `?fig-one-neuron-1=points:${bad}`);
    await expect(dots(figure)).toHaveCount(12);
    expect(await code(figure)).toBe('');
  }
  expect(problems).toEqual([]);
});

test('an edit made in the presenter window reaches the audience', async ({ page, context, problems }) => {
  const audience = page;
  await audience.goto('slides/one-neuron/');
  await expect(audience.locator('bl-deck[data-ready]')).toBeAttached();
  const slide = await audience.evaluate(() => Number(document.querySelector('bl-neuron-line')!.closest<HTMLElement>('[data-slide]')!.dataset.slide));
  const presenter = await context.newPage();
  presenter.on('pageerror', (e) => problems.push(`presenter uncaught: ${e.message}`));
  await presenter.goto(`slides/one-neuron/presenter/#/${slide}/0`);
  await expect(presenter.locator('bl-deck[data-ready]')).toBeAttached();
  await expect.poll(() => audience.evaluate(() => location.hash)).toBe(`#/${slide}/0`);
  const line = presenter.locator('bl-deck bl-neuron-line').first();
  await line.hover();
  await expect(line).toHaveAttribute('data-ready', '');
  await line.getByRole('application', { name: 'Data points' }).focus();
  await presenter.keyboard.press('Home');
  await presenter.keyboard.press('ArrowUp');
  await expect.poll(() => code(line)).toMatch(/^p1\*0\.5_3\.5\*/);
  const sent = await code(line);
  await expect.poll(() => audience.locator('bl-neuron-line').first().evaluate((el) => (el as Figure).state?.points)).toBe(sent);
  expect(problems).toEqual([]);
});

test('a trained figure follows a dragged point live, then trains for the new data and scrubs through that run', async ({ page, problems }) => {
  const figure = await openCatalogFigure(page, 'bending-neurons', '?catalog-bending-neurons=neurons:8');
  await expect(figure).not.toHaveAttribute('data-training', '');
  const output = () => figure.locator('[aria-label="model output"] path').first().getAttribute('d');
  const lossBefore = await figure.locator('[data-readout="loss"]').textContent();
  const drawnBefore = await output();
  await pressAndDragUp(page, dots(figure).nth(12), 96);
  // Mid-drag: the fit drawn is a warm start for the new data (not dimmed), and the real run is still to come.
  await expect(figure).toHaveAttribute('data-standing-in', '');
  await expect.poll(output).not.toBe(drawnBefore);
  await page.mouse.up();
  await expect(figure).not.toHaveAttribute('data-training', '', { timeout: 10_000 });
  await expect(figure).not.toHaveAttribute('data-standing-in', '');
  await expect(figure.locator('[data-readout="loss"]')).not.toHaveText(lossBefore!);
  // The scrubber now indexes the new run: step 0 is its start, the same random network as before the edit.
  await figure.getByRole('slider', { name: /Training step/ }).fill('0');
  await expect(figure.locator('[data-readout="step"]')).toHaveText('0');
  await expect(figure.locator('[data-readout]')).not.toContainText(['NaN']);
  expect(problems).toEqual([]);
});

test('two-class data: a press adds a point of the class around it, Shift adds the other, C switches one, and the boundary retrains', async ({ page, problems }) => {
  const figure = await openCatalogFigure(page, 'decision-boundary');
  await expect(figure).not.toHaveAttribute('data-training', '');
  const rows = () => figure.evaluate((el) => (el as Figure).state.points.split('*').slice(1));
  // Client pixels of a data position, from the scales the drawing is marked with.
  const at = (x: number, y: number) =>
    figure.locator('[data-plot-area]').first().evaluate((el, [x, y]) => {
      const area = JSON.parse(el.getAttribute('data-plot-area')!) as { x: number[]; y: number[] };
      const svg = el.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const [, , w, h] = svg.getAttribute('viewBox')!.split(/[\s,]+/).map(Number);
      const along = (a: number[], v: number) => a[2] + ((v - a[0]) / (a[1] - a[0])) * (a[3] - a[2]);
      return { x: box.left + (along(area.x, x) * box.width) / w, y: box.top + (along(area.y, y) * box.height) / h };
    }, [x, y] as const);
  // Near a corner of the square: empty space whose nearest points are the outer ring's, class 0.
  const corner = await at(-1.65, 1.65);
  await page.mouse.click(corner.x, corner.y);
  await expect.poll(async () => (await rows()).length).toBe(121);
  expect((await rows())[120]).toMatch(/_0$/);
  const other = await at(1.65, -1.65);
  await page.keyboard.down('Shift');
  await page.mouse.click(other.x, other.y);
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await rows()).length).toBe(122);
  expect((await rows())[121]).toMatch(/_1$/);
  await figure.getByRole('application', { name: 'Data points' }).focus();
  await page.keyboard.press('End');
  const chosen = await figure.locator('[data-points-status]').textContent();
  await page.keyboard.press('c');
  await expect(figure.locator('[data-points-status]')).not.toHaveText(chosen!);
  await expect(figure.locator('[data-points-status]')).toHaveText(/class [01]$/);
  // After the pause the network trains on the edited points; the figure ends up drawn, not training.
  await expect(figure).not.toHaveAttribute('data-training', '', { timeout: 15_000 });
  await expect(figure.locator('[data-readout]')).not.toContainText(['NaN']);
  expect(problems).toEqual([]);
});

test('the width explorer follows a dragged point at the chosen width, then retrains every width for the new data', async ({ page, problems }) => {
  const figure = await openChapterFigure(page, 'chapters/how-many-bends/', 'bl-width-explorer');
  const output = () => figure.locator('[aria-label="model output"] path').first().getAttribute('d');
  const byWidth = () => figure.locator('[aria-label="loss"] path').first().getAttribute('d');
  const [drawnBefore, curveBefore] = [await output(), await byWidth()];
  const lossBefore = await loss(figure);
  await pressAndDragUp(page, dots(figure).nth(6), 72);
  await expect(figure).toHaveAttribute('data-standing-in', '');
  await expect.poll(output).not.toBe(drawnBefore);
  await page.mouse.up();
  await expect(figure).not.toHaveAttribute('data-training', '', { timeout: 15_000 });
  await expect(figure).not.toHaveAttribute('data-standing-in', '');
  // Every width was trained on the new points: the loss-by-width curve and the chosen width's loss moved.
  expect(await byWidth()).not.toBe(curveBefore);
  await expect(figure.locator('[data-readout="loss"]')).not.toHaveText(lossBefore!);
  expect(await code(figure)).toMatch(/^p1\*/);
  await expect(figure.locator('[data-readout]')).not.toContainText(['NaN']);
  expect(problems).toEqual([]);
});

test('gradient descent reruns on every frame of a drag; its landscape catches up when the drag pauses, as a fresh page draws it', async ({ page, problems }) => {
  const figure = await openChapterFigure(page, 'chapters/learning-by-descent/', 'bl-training-timeline');
  const map = () => figure.locator('[data-base]').nth(1).getAttribute('data-base');
  const star = () => figure.locator('[aria-label="minimum"] path').first().getAttribute('transform');
  const [mapBefore, starBefore, lossBefore] = [await map(), await star(), await loss(figure)];
  // The figure is taller than the window: the point itself is brought into view.
  await pressAndDragUp(page, dots(figure).nth(6), 80, 10);
  // One neuron trains within the frame: the run for the new points is drawn at once, never a stand-in.
  await expect.poll(() => loss(figure)).not.toBe(lossBefore);
  await expect(figure).not.toHaveAttribute('data-standing-in', '');
  await page.mouse.up();
  // The settled drawing is the state's own: once the drag pauses, the landscape is the one a page opened on the
  // same link draws (once the address bar has the last edit: it is written a moment after the drawing).
  const id = (await figure.getAttribute('id'))!;
  const edit = await code(figure);
  await expect.poll(() => new URL(page.url()).searchParams.get(id)).toContain(edit);
  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  const again = fresh.locator('bl-training-timeline').first();
  await wakeFigure(again);
  const settled = await again.locator('[data-base]').nth(1).getAttribute('data-base');
  expect(settled).not.toBe(mapBefore);
  await expect.poll(map).toBe(settled);
  expect(await star()).not.toBe(starBefore);
  expect(await loss(figure)).toBe(await loss(again));
  expect(problems).toEqual([]);
});
