/**
 * The presenter window and the audience window stay in step over BroadcastChannel: slide, step, and a figure's
 * state scrubbed in the presenter window. Both pages live in one browser context, as two real windows would.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, deckSlugs } from './fixtures.ts';

const decks = deckSlugs();

const hash = (page: Page) => page.evaluate(() => location.hash);

/** Watches a second page the way the `problems` fixture watches the first. */
function watch(page: Page, problems: string[]) {
  page.on('console', (m) => m.type() === 'error' && problems.push(`second page console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`second page uncaught: ${e.message}`));
}

for (const slug of decks) {
  test.describe(`slides/${slug}/presenter/`, () => {
    test('presenter and audience follow each other: slide, step and figure state', async ({ page, context, problems }) => {
      const audience = page;
      await audience.goto(`slides/${slug}/`);
      await expect(audience.locator('bl-deck[data-ready]')).toBeAttached();
      const presenter = await context.newPage();
      watch(presenter, problems);
      await presenter.goto(`slides/${slug}/presenter/#/1/0`);
      await expect(presenter.locator('bl-deck[data-ready]')).toBeAttached();

      // Keys in the presenter window drive the audience, and the other way round.
      await presenter.keyboard.press('ArrowRight');
      const there = await hash(presenter);
      expect(there).not.toBe('#/1/0');
      await expect.poll(() => hash(audience)).toBe(there);
      await audience.keyboard.press('End');
      const end = await hash(audience);
      await expect.poll(() => hash(presenter)).toBe(end);
      await presenter.keyboard.press('Home');
      await expect.poll(() => hash(audience)).toBe('#/1/0');

      // The presenter shows the current slide's notes and a preview of the next slide.
      await expect(presenter.locator('[data-presenter-notes]')).not.toBeEmpty();
      await expect(presenter.locator('[data-next-label]')).toContainText(/Next/);

      // Scrub the first figure with a slider in the presenter window; the audience's copy follows.
      const target = await presenter.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('bl-deck [data-bl-figure] input[type="range"][data-prop]');
        if (!input) return null;
        const figure = input.closest<HTMLElement>('[data-bl-figure]')!;
        return { id: figure.id, prop: input.dataset.prop!, slide: Number(figure.closest<HTMLElement>('[data-slide]')!.dataset.slide) };
      });
      test.skip(target === null, 'no figure with a slider in this deck');
      const { id, prop, slide } = target!;
      await presenter.keyboard.press(String(slide));
      await presenter.keyboard.press('Enter');
      await expect.poll(() => hash(audience)).toBe(`#/${slide}/0`);
      const slider = presenter.locator(`#${id} input[data-prop="${prop}"]`);
      await expect(slider).toBeEnabled();
      // Let the slide's own step states land first (figures load asynchronously).
      await presenter.waitForTimeout(500);
      // Drag it most of the way along (the slider snaps the value to its step). Just before, in the same frame, a
      // state arrives as a slide step's would when the figure loads late: the reader's drag still reaches the room.
      const value = await slider.evaluate((input: HTMLInputElement, share) => {
        const figure = input.closest('[data-bl-figure]') as unknown as { setState(raw: Record<string, unknown>): void };
        figure.setState({ [input.dataset.prop!]: Number(input.min) });
        input.value = String(Number(input.min) + (Number(input.max) - Number(input.min)) * share);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return Number(input.value);
      }, 0.8);
      const stateOf = (p: Page) => p.evaluate(([id, prop]) => (document.getElementById(id) as HTMLElement & { state?: Record<string, number> }).state?.[prop], [id, prop]);
      await expect.poll(() => stateOf(presenter)).toBeCloseTo(value, 6);
      const scrubbed = await stateOf(presenter);
      await expect.poll(() => stateOf(audience)).toBe(scrubbed);
      await expect(audience.locator(`#${id} input[data-prop="${prop}"]`)).toHaveValue(String(scrubbed));
      expect(problems).toEqual([]);
    });

    test('a presenter window opened bare follows the room, and axe finds nothing', async ({ page, context, problems }) => {
      await page.goto(`slides/${slug}/presenter/`);
      await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
      expect(await axeViolations(page)).toEqual([]);
      const audience = await context.newPage();
      watch(audience, problems);
      await audience.goto(`slides/${slug}/`);
      await expect(audience.locator('bl-deck[data-ready]')).toBeAttached();
      // The audience window opened after the presenter: it joins the presenter's place.
      await page.keyboard.press('End');
      const end = await hash(page);
      await expect.poll(() => hash(audience)).toBe(end);
      const late = await context.newPage();
      watch(late, problems);
      await late.goto(`slides/${slug}/`);
      await expect.poll(() => hash(late)).toBe(end);
      expect(problems).toEqual([]);
    });
  });
}

test('presenter and audience moving at the same instant end on one place, not swapped', async ({ page, context, problems }) => {
  const audience = page;
  await audience.goto('slides/one-neuron/#/2/0');
  await expect(audience.locator('bl-deck[data-ready]')).toBeAttached();
  const presenter = await context.newPage();
  watch(presenter, problems);
  await presenter.goto('slides/one-neuron/presenter/#/2/0');
  await expect(presenter.locator('bl-deck[data-ready]')).toBeAttached();
  await expect.poll(() => hash(audience)).toBe('#/2/0');
  type Deck = HTMLElement & { go(place: { slide: number; step: number }, source: string): boolean };
  const move = (p: Page, slide: number) => p.evaluate((slide) => void (document.querySelector('bl-deck') as Deck).go({ slide, step: 0 }, 'local'), slide);
  // Both windows end on the same place: one of the two moves (the presenter's, if they truly tied), never swapped.
  const together = async (a: string, b: string) => {
    await expect
      .poll(async () => {
        const [p, q] = [await hash(presenter), await hash(audience)];
        return p === q && (p === a || p === b);
      })
      .toBe(true);
  };
  for (let round = 0; round < 5; round++) {
    // Each window moves before it can hear of the other's move (both calls run before either message lands).
    await Promise.all([move(presenter, 3), move(audience, 1)]);
    await together('#/3/0', '#/1/0');
    await Promise.all([move(audience, 4), move(presenter, 2)]);
    await together('#/4/0', '#/2/0');
  }
  // Moves that do not collide still go both ways.
  await move(audience, 1);
  await expect.poll(() => hash(presenter)).toBe('#/1/0');
  expect(problems).toEqual([]);
});
