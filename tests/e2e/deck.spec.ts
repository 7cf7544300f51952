/**
 * The slide decks: keys and the URL hash, reload, overview, steps that set a figure's state, print, no
 * scrollbars at any size, axe, and reading without JavaScript. Every chapter with a <Slide> is covered, found
 * from content/chapters, so a new chapter is tested without editing this file.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, wakeFigure, deckSlugs } from './fixtures.ts';

const decks = deckSlugs();

/** Slide count and each slide's step count, read from the page. */
const shape = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll('[data-slide]'), (slide) => slide.querySelectorAll('[data-step]').length));

const hash = (page: Page) => page.evaluate(() => location.hash);

/** Requests in flight per page, so a test can wait for figure code to finish loading. */
const inFlight = new WeakMap<Page, { n: number }>();

async function open(page: Page, path: string) {
  if (!inFlight.has(page)) {
    const count = { n: 0 };
    inFlight.set(page, count);
    page.on('request', () => count.n++);
    page.on('requestfinished', () => count.n--);
    page.on('requestfailed', () => count.n--);
  }
  await page.goto(path);
  await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
}

/** Waits until no request has been in flight for a moment: leaving a page mid-load would abort (and flag) requests. */
async function settle(page: Page) {
  const count = inFlight.get(page);
  if (!count) return;
  for (let quiet = 0; quiet < 3; ) {
    await page.waitForTimeout(100);
    quiet = count.n <= 0 ? quiet + 1 : 0;
  }
  // Chromium fetches the favicon again after a hash change, without telling the request events.
  await page.waitForTimeout(300);
}

test('there is at least one deck', () => expect(decks.length).toBeGreaterThan(0));

for (const slug of decks) {
  test.describe(`slides/${slug}/`, () => {
    test('keys move through every step and slide, and the hash names the place', async ({ page, problems }) => {
      await open(page, `slides/${slug}/`);
      const steps = await shape(page);
      expect(steps.length).toBeGreaterThan(0);
      await expect.poll(() => hash(page)).toBe('#/1/0');
      // Forward through everything with the three "next" keys in turn, checking each place.
      const keys = ['ArrowRight', ' ', 'PageDown'];
      let pressed = 0;
      for (let slide = 1; slide <= steps.length; slide++) {
        for (let step = slide === 1 ? 1 : 0; step <= steps[slide - 1]; step++) {
          await page.keyboard.press(keys[pressed++ % keys.length]);
          await expect.poll(() => hash(page)).toBe(`#/${slide}/${step}`);
        }
        const current = page.locator(`[data-slide="${slide}"]`);
        await expect(current).toHaveAttribute('data-current', '');
        await expect(current).toHaveAttribute('aria-hidden', 'false');
        await expect(page.locator('[data-deck-live]')).toContainText((await current.getAttribute('data-title'))!);
        await expect(page.locator('[data-deck-counter]')).toHaveText(`${slide} / ${steps.length}`);
      }
      // Every other slide is inert and hidden from assistive technology.
      expect(await page.locator('[data-slide][inert][aria-hidden="true"]').count()).toBe(steps.length - 1);
      await page.keyboard.press('Home');
      await expect.poll(() => hash(page)).toBe('#/1/0');
      await page.keyboard.press('End');
      await expect.poll(() => hash(page)).toBe(`#/${steps.length}/${steps.at(-1)}`);
      await page.keyboard.press('PageUp');
      const back = steps.at(-1)! > 0 ? `#/${steps.length}/${steps.at(-1)! - 1}` : steps.length > 1 ? `#/${steps.length - 1}/${steps.at(-2)}` : '#/1/0';
      await expect.poll(() => hash(page)).toBe(back);
      // A number, then Enter.
      const target = Math.min(2, steps.length);
      await page.keyboard.press(String(target));
      await page.keyboard.press('Enter');
      await expect.poll(() => hash(page)).toBe(`#/${target}/0`);
      // Previous from the first step of a slide lands on the last step of the one before.
      if (target > 1) {
        await page.keyboard.press('ArrowLeft');
        await expect.poll(() => hash(page)).toBe(`#/1/${steps[0]}`);
      }
      // The mouse buttons do the same.
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await expect.poll(() => hash(page)).not.toBe(`#/1/${steps[0]}`);
      expect(problems).toEqual([]);
    });

    test('a reload keeps the place', async ({ page, problems }) => {
      await open(page, `slides/${slug}/`);
      const steps = await shape(page);
      const slide = steps.length;
      const step = steps[slide - 1];
      await page.goto(`slides/${slug}/#/${slide}/${step}`);
      await settle(page);
      await page.reload();
      await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
      await expect.poll(() => hash(page)).toBe(`#/${slide}/${step}`);
      await expect(page.locator(`[data-slide="${slide}"]`)).toHaveAttribute('data-current', '');
      if (step > 0) await expect(page.locator(`[data-slide="${slide}"] [data-step="${step}"]`)).toHaveAttribute('data-shown', '');
      // Out-of-range places are clamped, not errors.
      await settle(page);
      await page.goto(`slides/${slug}/#/999/999`);
      await settle(page);
      await page.reload();
      await expect.poll(() => hash(page)).toBe(`#/${slide}/${step}`);
      // A hash that names no place, typed while the deck is open, gives way to the place shown.
      await page.evaluate(() => (location.hash = '#/abc'));
      await expect.poll(() => hash(page)).toBe(`#/${slide}/${step}`);
      await expect(page.locator(`[data-slide="${slide}"]`)).toHaveAttribute('data-current', '');
      expect(problems).toEqual([]);
    });

    test('the overview shows every slide and goes to the one chosen', async ({ page, problems }) => {
      await open(page, `slides/${slug}/`);
      const total = (await shape(page)).length;
      await page.keyboard.press('o');
      const overview = page.getByRole('navigation', { name: 'All slides' });
      await expect(overview).toBeVisible();
      await expect(overview.getByRole('button')).toHaveCount(total);
      await expect(page.locator('[data-slide]').last()).toBeVisible();
      const target = Math.min(2, total);
      if (target > 1) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect(overview).toBeHidden();
      await expect.poll(() => hash(page)).toBe(`#/${target}/0`);
      await page.keyboard.press('Escape');
      await expect(overview).toBeVisible();
      await overview.getByRole('button').first().click();
      await expect(overview).toBeHidden();
      await expect.poll(() => hash(page)).toBe('#/1/0');
      expect(problems).toEqual([]);
    });

    test('steps that set a figure state apply going forward and are undone going back', async ({ page, problems }) => {
      await open(page, `slides/${slug}/`);
      const figureSteps = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-step][data-figure]'), (el) => ({
          slide: Number(el.closest<HTMLElement>('[data-slide]')!.dataset.slide),
          step: Number(el.dataset.step),
          id: el.dataset.figure!,
          state: JSON.parse(el.dataset.state!) as Record<string, unknown>,
        })),
      );
      test.skip(figureSteps.length === 0, 'no step of this deck sets a figure state');
      const { slide, step, id, state } = figureSteps[0];
      const figureState = () => page.evaluate((id) => (document.getElementById(id) as HTMLElement & { state?: Record<string, unknown> }).state ?? null, id);
      await settle(page);
      await page.goto(`slides/${slug}/#/${slide}/${step - 1}`);
      await settle(page);
      await page.reload();
      // The slide a deck opens on wakes its figures by itself: the presenter's first scrub answers, untouched.
      // (It once kept its build-time SVG until a pointer came near.)
      await expect.poll(figureState).not.toBeNull();
      const before = await figureState();
      await page.keyboard.press('ArrowRight');
      await expect.poll(figureState).toMatchObject(state);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(figureState).toEqual(before);
      expect(problems).toEqual([]);
    });

    test('prints one page per slide, with or without notes', async ({ page, problems }) => {
      for (const query of ['', '?notes']) {
        await settle(page);
        await open(page, `slides/${slug}/${query}`);
        const total = (await shape(page)).length;
        await page.emulateMedia({ media: 'print' });
        const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
        // One page a slide exactly: a slide that spilled onto a second page was cut in two.
        expect(pages, `PDF pages for ${total} slides${query}`).toBe(total);
        await page.emulateMedia({ media: 'screen' });
      }
      expect(problems).toEqual([]);
    });

    for (const [width, height] of [[800, 450], [390, 844], [1920, 1080]]) {
      test(`no scrollbars at ${width}×${height}`, async ({ page, problems }) => {
        await page.setViewportSize({ width, height });
        await open(page, `slides/${slug}/`);
        const total = (await shape(page)).length;
        for (let slide = 1; slide <= total; slide++) {
          await page.evaluate((slide) => (location.hash = `#/${slide}/99`), slide);
          await expect.poll(() => hash(page)).toMatch(new RegExp(`^#/${slide}/`));
          const size = await page.evaluate(() => {
            const s = document.scrollingElement!;
            return { sw: s.scrollWidth, cw: s.clientWidth, sh: s.scrollHeight, ch: s.clientHeight };
          });
          expect(size.sw, `slide ${slide} width`).toBeLessThanOrEqual(size.cw);
          expect(size.sh, `slide ${slide} height`).toBeLessThanOrEqual(size.ch);
        }
        expect(problems).toEqual([]);
      });
    }

    test('axe finds nothing on the deck, the overview or the help', async ({ page, problems }) => {
      test.slow(); // three full axe runs over a page of live figures
      await open(page, `slides/${slug}/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('o');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('o');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Keys' })).toBeHidden();
      expect(problems).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const slug of decks) {
    test(`slides/${slug}/ reads as a column of slides, every step shown`, async ({ page, problems }) => {
      await page.goto(`slides/${slug}/`);
      const slides = page.locator('[data-slide]');
      const total = await slides.count();
      expect(total).toBeGreaterThan(0);
      for (let i = 0; i < total; i++) await expect(slides.nth(i).locator('.slide__title')).toBeVisible();
      const steps = page.locator('.slide-step:not(.slide-step--empty)');
      for (let i = 0; i < (await steps.count()); i++) await expect(steps.nth(i)).toBeVisible();
      await expect(page.locator('.slide-notes').first()).toBeHidden();
      expect(problems).toEqual([]);
    });
  }
});

test('"Present from here" opens the deck with the figures as the reader left them, and "Read as an essay" brings them back', async ({ page, problems }) => {
  await page.goto('chapters/one-neuron/');
  const figure = page.locator('#fig-one-neuron-1');
  await wakeFigure(figure);
  const w = figure.getByRole('slider', { name: /weight/i });
  await w.focus();
  for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
  const set = await w.inputValue();
  expect(set).not.toBe('0.4');
  // Straight away, before the address bar has caught up: the link reads the figure itself.
  await page.locator('#slide-1 a[data-present]').click();
  await expect(page).toHaveURL(/\/slides\/one-neuron\/\?.*fig-one-neuron-1=.*#\/1/);
  await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
  const inDeck = page.locator('bl-deck #fig-one-neuron-1');
  await inDeck.hover();
  await expect(inDeck).toHaveAttribute('data-ready', '');
  await expect(inDeck.getByRole('slider', { name: /weight/i })).toHaveValue(set);

  // And back: the presenter changes the bias on the slide, and "Read as an essay" carries both changes, landing at
  // the slide's section of the essay.
  const b = inDeck.getByRole('slider', { name: /bias/i });
  await b.focus();
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowLeft');
  const bias = await b.inputValue();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Read as an essay' }).click();
  await expect(page).toHaveURL(/\/chapters\/one-neuron\/\?.*fig-one-neuron-1=.*#slide-1$/);
  const back = page.locator('#fig-one-neuron-1');
  await wakeFigure(back);
  await expect(back.getByRole('slider', { name: /weight/i })).toHaveValue(set);
  await expect(back.getByRole('slider', { name: /bias/i })).toHaveValue(bias);
  expect(problems).toEqual([]);
});
