/**
 * Exercises as a reader does them: a wrong pick gets its own hint, the right one its explanation; a number is
 * read with a decimal comma; what the reader did survives a reload and shows in the contents until they forget
 * it; "See it in the figure" gives the figure the state that answers; without JavaScript the answer is one click
 * away; on a slide the presenter reveals the answer and the audience window shows it too.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function exercise(page: Page, path: string, n = 0): Promise<Locator> {
  await page.goto(path);
  const section = page.locator('[data-exercise][data-live]').nth(n);
  await section.scrollIntoViewIfNeeded();
  return section;
}

const feedback = (section: Locator) => section.locator('[data-feedback]');
const answer = (section: Locator) => section.locator('[data-answer-details]');

test('a wrong option gets its own hint, the right one its explanation, and the answer opens only after a try', async ({ page, problems }) => {
  const section = await exercise(page, 'chapters/hidden-neurons/');
  await expect(answer(section)).toBeHidden();
  await section.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(section)).toHaveText('Pick one of the options first.');
  await expect(answer(section)).toBeHidden();
  await section.getByRole('radio', { name: /A curve, once the weights/ }).check();
  await section.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(section)).toHaveText(/^Not this one\. Large weights make steep lines/);
  await expect(feedback(section)).toHaveAttribute('role', 'status');
  await expect(answer(section)).toBeVisible();
  // Another wrong option, another hint: each names its own reason.
  await section.getByRole('radio', { name: /A line with one bend/ }).check();
  await section.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(section)).toHaveText(/^Not this one\. Where two lines cross, their sum does not bend/);
  await section.getByRole('radio', { name: /Only straight lines/ }).check();
  await section.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(section)).toHaveText(/^Right\. Scaling a line gives a line/);
  await expect(section.locator('[data-option][data-verdict="right"]')).toContainText('Only straight lines');
  expect(problems).toEqual([]);
});

test('a number is checked as typed (a decimal comma too), a named wrong number gets its hint, and Enter checks', async ({ page, problems }) => {
  const section = await exercise(page, 'chapters/one-neuron/');
  const field = section.getByRole('textbox', { name: /Your answer/ });
  await field.fill('3,6');
  await field.press('Enter');
  await expect(feedback(section)).toHaveText(/^Not 3\.6 points\. That is w times x alone/);
  await field.fill('four');
  await field.press('Enter');
  await expect(feedback(section)).toHaveText(/is not a number/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('7');
  await field.press('Enter');
  await expect(feedback(section)).toHaveText('Not 7 points. The answer is lower.');
  await field.fill('5,8');
  await section.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(section)).toHaveText(/^Right: 5\.8 points\./);
  expect(problems).toEqual([]);
});

test('what the reader did survives a reload and shows in the contents; "Forget my answers" clears it everywhere', async ({ page, problems }) => {
  const section = await exercise(page, 'chapters/how-many-bends/');
  await section.getByRole('textbox', { name: /Your answer/ }).fill('9');
  await section.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.chapter-head [data-exercise-progress]')).toHaveText('1 of 1 tried');
  await page.reload();
  const again = page.locator('[data-exercise][data-live]').first();
  await expect(again.getByRole('textbox', { name: /Your answer/ })).toHaveValue('9');
  await expect(feedback(again)).toHaveText(/^Not 9 bends\./);
  await page.goto('');
  const progress = page.locator('[data-exercise-progress][data-chapter="how-many-bends"]');
  await expect(progress).toHaveText('1 of 1 tried');
  await expect(page.locator('[data-exercise-progress][data-chapter="one-neuron"]')).toBeHidden();
  await page.getByRole('button', { name: 'Forget my answers' }).click();
  await expect(page.getByText('Your answers are forgotten.')).toBeVisible();
  await expect(progress).toBeHidden();
  await page.goto('chapters/how-many-bends/');
  const fresh = page.locator('[data-exercise][data-live]').first();
  await expect(fresh.getByRole('textbox', { name: /Your answer/ })).toHaveValue('');
  await expect(answer(fresh)).toBeHidden();
  expect(problems).toEqual([]);
});

test('"See it in the figure" gives the chapter’s figure the state that answers the question', async ({ page, problems }) => {
  const section = await exercise(page, 'chapters/how-many-bends/');
  await section.getByRole('textbox', { name: /Your answer/ }).fill('3');
  await section.getByRole('button', { name: 'Check' }).click();
  await section.getByRole('button', { name: 'See it in the figure' }).click();
  const figure = page.locator('#fig-how-many-bends-1');
  await expect(figure.locator('[data-readout="width"]')).toHaveText('3');
  await expect(figure).toBeInViewport();
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every exercise reads whole: the question, the options, and the answer with its hints behind one click', async ({ page }) => {
    await page.goto('chapters/hidden-neurons/');
    const section = page.locator('[data-exercise]').first();
    await expect(section.getByRole('radio')).toHaveCount(3);
    await expect(section.getByRole('button', { name: 'Check' })).toBeHidden();
    const details = answer(section);
    await expect(details).toBeVisible();
    await details.locator('summary').click();
    await expect(details).toContainText('Answer: Only straight lines, whatever the weights.');
    await expect(details).toContainText('If you chose “A curve, once the weights are large enough”: Large weights make steep lines');
  });
});

test('on a slide, the presenter reveals the answer and the audience window shows it too', async ({ page, context, problems }) => {
  const audience = page;
  await audience.goto('slides/how-many-bends/');
  await expect(audience.locator('bl-deck[data-ready]')).toBeAttached();
  const presenter = await context.newPage();
  await presenter.goto('slides/how-many-bends/presenter/');
  await expect(presenter.locator('bl-deck[data-ready]')).toBeAttached();
  const slide = await presenter.evaluate(() => Number(document.querySelector('bl-deck [data-exercise]')!.closest<HTMLElement>('[data-slide]')!.dataset.slide));
  await presenter.keyboard.press(String(slide));
  await presenter.keyboard.press('Enter');
  await expect.poll(() => audience.evaluate(() => location.hash)).toBe(`#/${slide}/0`);
  const shown = (p: Page) => p.locator(`bl-deck [data-slide="${slide}"] .deck-exercise__answer`);
  await expect(shown(audience)).not.toHaveAttribute('data-shown', '');
  await expect(shown(audience)).toBeHidden();
  await presenter.locator(`bl-deck [data-slide="${slide}"]`).getByRole('button', { name: 'Show the answer' }).click();
  await expect(shown(audience)).toHaveAttribute('data-shown', '');
  await expect(shown(audience)).toContainText('Answer: 3 bends.');
  await expect(shown(audience)).toBeVisible();
  expect(problems).toEqual([]);
});

test('a sketch drawn with the pointer is scored against the real curve, which is then drawn over it; Try again clears it', async ({ page, problems }) => {
  await page.goto('chapters/activation-functions/');
  const section = page.locator('[data-exercise][data-kind="sketch"]').first();
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(section)).toHaveText(/^Draw your guess on the plot first/);
  // Draw a U across the pad, as a reader who expects the curve would.
  const pad = section.locator('[data-sketch-pad] svg').first();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.12, box.y + box.height * 0.2);
  await page.mouse.down();
  for (let k = 0; k <= 24; k++) {
    const t = k / 24;
    await page.mouse.move(box.x + box.width * (0.12 + 0.8 * t), box.y + box.height * (0.2 + 0.6 * (1 - (2 * t - 1) ** 2)));
  }
  await page.mouse.up();
  await expect(section.locator('[data-sketch="guess"]')).toHaveAttribute('d', /^M/);
  await section.getByRole('button', { name: 'Check' }).click();
  // The trained network without activations draws a straight line: a U is far from it.
  await expect(feedback(section)).toHaveText(/^Your curve was on average \d[\d.]* off the trained output of 4 neurons with no activation, most of it (at the left end|in the middle|at the right end)\. The solid line is the real one\.$/);
  await expect(feedback(section)).toHaveAttribute('data-verdict', 'wrong');
  await expect(section.locator('[data-sketch="curve"]')).toHaveAttribute('d', /^M/);
  await section.getByRole('button', { name: 'Try again' }).click();
  await expect(section.locator('[data-sketch="curve"]')).toHaveAttribute('d', '');
  expect(problems).toEqual([]);
});

test('a sketch set with the keys alone gets a score too, and a flat guess near the straight answer counts as close', async ({ page, problems }) => {
  await page.goto('chapters/activation-functions/');
  const section = page.locator('[data-exercise][data-kind="sketch"]').first();
  await section.scrollIntoViewIfNeeded();
  const pad = section.locator('[data-sketch-pad]');
  await pad.focus();
  await page.keyboard.press('ArrowRight');
  await expect(section.locator('[data-sketch-status]')).toHaveText(/^point 2 of 13, at x \u22122\.50: height /);
  await page.keyboard.press('Shift+ArrowUp');
  await section.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(section)).toHaveText(/^(Close\. )?Your curve was on average [\d.]+ off/);
  expect(problems).toEqual([]);
});
