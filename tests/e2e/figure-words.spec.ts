/**
 * The figures speak the course's language, whichever the build was made in (run it against a build of a course
 * whose course.json says "language": "de" to check German): readouts are labelled with the locale's words while
 * their slots keep their keys, and Plot's own axis ticks use the language's decimal mark and minus sign.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

type Words = Record<string, Record<string, Record<string, string>>>;

/** The locale file of the build's language (its `<html lang>`): the whole tag's, else its first part's. */
async function localeOf(page: import('@playwright/test').Page): Promise<{ words: Words; decimal: string }> {
  const lang = (await page.locator('html').getAttribute('lang')) ?? 'en';
  const read = (name: string) => JSON.parse(readFileSync(`src/locales/${name}.json`, 'utf8')) as Words;
  let words: Words;
  try {
    words = read(lang);
  } catch {
    words = read(lang.split('-')[0]);
  }
  const decimal = new Intl.NumberFormat(lang).formatToParts(0.5).find((p) => p.type === 'decimal')!.value;
  return { words, decimal };
}

test('every readout is labelled in the course\'s language, its slot still named by its key', async ({ page, problems }) => {
  await page.goto('figures/');
  const { words } = await localeOf(page);
  const expected: [figure: string, key: string, label: string][] = [
    ['neuron-line', 'loss', words['neuron-line'].readouts.loss],
    ['bending-neurons', 'best line loss', words['bending-neurons'].readouts.bestLineLoss],
    ['decision-boundary', 'classified right', words['decision-boundary'].readouts.classifiedRight],
    ['collapse-stack', 'largest gap', words['collapse-stack'].readouts.largestGap],
    ['width-explorer', 'width', words['width-explorer'].readouts.width],
  ];
  for (const [figure, key, label] of expected) {
    const readout = page.locator(`bl-${figure} .bl-readout`).filter({ has: page.locator(`[data-readout="${key}"]`) });
    await expect(readout.locator('dt'), `${figure}: ${key}`).toHaveText(label);
  }
  // A symbol with no label of its own is shown as it is.
  await expect(page.locator('bl-activation-gallery .bl-readout').filter({ has: page.locator('[data-readout="f(z)"]') }).locator('dt')).toHaveText('f(z)');
  expect(problems).toEqual([]);
});

test('Plot writes its tick labels with the language\'s decimal mark and a true minus, before and after the figure wakes', async ({ page, problems }) => {
  await page.goto('figures/');
  const { decimal } = await localeOf(page);
  const figure = page.locator('bl-loss-landscape');
  // The landscape's w axis runs from −1 to 3 in halves: "−0.5" in English, "−0,5" in German.
  const ticks = () => figure.locator('[aria-label="x-axis tick label"] text').allTextContents();
  expect(await ticks()).toContain(`\u22120${decimal}5`);
  await figure.hover();
  await expect(figure).toHaveAttribute('data-ready', '');
  await figure.getByRole('slider').first().fill('1.2');
  await expect.poll(ticks).toContain(`\u22120${decimal}5`);
  expect(await ticks()).not.toContain(`\u22120${decimal === '.' ? ',' : '.'}5`);
  expect(problems).toEqual([]);
});
