/**
 * The laser pointer and the pen (src/deck/client/ink/): a stroke drawn in the presenter window shows in the
 * audience window at the slide and steps it was drawn at, stays through a reload, and goes with undo; the dot
 * follows the presenter's mouse onto the audience's screen at the same canvas position. Positions are compared
 * in canvas units (the slide's 1600×900 design size), since the two windows show the canvas at different scales.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';

const SLUG = 'one-neuron';
const KEY = `bl-ink:${SLUG}`;

const hash = (page: Page) => page.evaluate(() => location.hash);

/** Watches a second page the way the `problems` fixture watches the first. */
function watch(page: Page, problems: string[]) {
  page.on('console', (m) => m.type() === 'error' && problems.push(`second page console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`second page uncaught: ${e.message}`));
}

async function openDeck(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
}

/** A canvas position (canvas units) as a window position in this page. */
async function toWindow(page: Page, x: number, y: number) {
  const box = (await page.locator('bl-deck [data-deck-canvas]').boundingBox())!;
  return { x: box.x + (x / 1600) * box.width, y: box.y + (y / 900) * box.height };
}

/** Draws a circle with the mouse, centred at (cx, cy) with radius r, all in canvas units. */
async function drawCircle(page: Page, cx: number, cy: number, r: number) {
  const start = await toWindow(page, cx + r, cy);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 48; i++) {
    const a = (i / 48) * 2 * Math.PI;
    const p = await toWindow(page, cx + r * Math.cos(a), cy + r * Math.sin(a));
    await page.mouse.move(p.x, p.y);
  }
  await page.mouse.up();
}

/** The strokes of a slide that are on screen, with their bounding boxes in canvas units (the layer's viewBox). */
const shownStrokes = (page: Page, slide: number) =>
  page.evaluate((slide) => {
    const paths = document.querySelectorAll<SVGPathElement>(`bl-deck [data-slide="${slide}"] .ink-layer .ink-stroke`);
    return Array.from(paths)
      .filter((p) => getComputedStyle(p).display !== 'none' && p.closest<HTMLElement>('[data-slide]')!.hasAttribute('data-current'))
      .map((p) => {
        const b = p.getBBox();
        return { cx: b.x + b.width / 2, cy: b.y + b.height / 2, width: b.width, height: b.height };
      });
  }, slide);

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

async function penOn(page: Page) {
  await page.keyboard.press('d');
  await expect(page.locator('bl-deck[data-ink-pen]')).toBeAttached();
  await expect(page.locator('[data-ink-action="pen"]')).toHaveAttribute('aria-pressed', 'true');
}

test.describe(`slides/${SLUG}/ ink`, () => {
  test('a stroke drawn in the presenter shows in the audience at its slide and later steps, survives a reload, and undo removes it in both', async ({ page, context, problems }) => {
    const audience = page;
    await openDeck(audience, `slides/${SLUG}/#/1/1`);
    const presenter = await context.newPage();
    watch(presenter, problems);
    await openDeck(presenter, `slides/${SLUG}/presenter/#/1/1`);
    await expect.poll(() => hash(audience)).toBe('#/1/1');

    await penOn(presenter);
    await drawCircle(presenter, 800, 450, 150);
    // The audience's copy has the same place and size in canvas units, though its canvas is drawn larger.
    for (const p of [presenter, audience]) {
      await expect.poll(async () => (await shownStrokes(p, 1)).length).toBe(1);
      const [circle] = await shownStrokes(p, 1);
      expect(circle.cx).toBeCloseTo(800, -1);
      expect(circle.cy).toBeCloseTo(450, -1);
      expect(Math.abs(circle.width - 300)).toBeLessThan(15);
      expect(Math.abs(circle.height - 300)).toBeLessThan(15);
    }
    await expect(audience.locator('[data-slide="1"] .ink-stroke').first()).toBeVisible();

    // Drawn at step 1: hidden at step 0 of the same slide, and on the next slide; back at slide 1 step 1, shown.
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => hash(audience)).toBe('#/1/0');
    await expect.poll(() => shownStrokes(audience, 1)).toEqual([]);
    await expect.poll(() => shownStrokes(presenter, 1)).toEqual([]);
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => hash(audience)).toBe('#/2/0');
    for (const p of [presenter, audience]) {
      await expect.poll(() => shownStrokes(p, 1)).toEqual([]);
      await expect.poll(() => shownStrokes(p, 2)).toEqual([]);
      await expect(p.locator('[data-slide="1"] .ink-stroke').first()).toBeHidden();
    }
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => hash(audience)).toBe('#/1/1');
    for (const p of [presenter, audience]) await expect.poll(async () => (await shownStrokes(p, 1)).length).toBe(1);

    // Reloaded, the audience window still shows it (stored per deck).
    expect(JSON.parse((await stored(audience))!).strokes).toHaveLength(1);
    await audience.reload();
    await expect(audience.locator('bl-deck[data-ready]')).toBeAttached();
    await expect.poll(async () => (await shownStrokes(audience, 1)).length).toBe(1);

    // Undo in the presenter removes it in both windows, and from storage.
    await presenter.keyboard.press('z');
    for (const p of [presenter, audience]) await expect.poll(() => shownStrokes(p, 1)).toEqual([]);
    await expect(audience.locator('.ink-stroke')).toHaveCount(0);
    expect(await stored(audience)).toBeNull();
    expect(problems).toEqual([]);
  });

  test('storage alone brings drawings back, and what it holds that is not drawings is ignored', async ({ page, problems }) => {
    await openDeck(page, `slides/${SLUG}/#/3/0`);
    await penOn(page);
    await page.keyboard.press('b');
    await expect(page.locator('button[data-ink-colour="blue"]').first()).toHaveAttribute('aria-pressed', 'true');
    await drawCircle(page, 400, 300, 80);
    await expect.poll(async () => (await shownStrokes(page, 3)).length).toBe(1);
    await expect(page.locator('[data-slide="3"] .ink-stroke--blue')).toHaveCount(1);
    // The only window: nothing but storage can bring the stroke back after the reload.
    await page.reload();
    await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
    await expect.poll(async () => (await shownStrokes(page, 3)).length).toBe(1);
    await expect(page.locator('[data-slide="3"] .ink-stroke--blue')).toHaveCount(1);

    // Bad JSON, a wrong shape, a stroke with a bad colour: no drawings, no errors, and the deck still runs.
    for (const bad of ['{not json', '[1,2]', JSON.stringify({ version: 1, strokes: [{ id: 'x', slide: 3, step: 0, colour: 'url(#x)', points: [1, 2] }] })]) {
      await page.evaluate(([key, bad]) => localStorage.setItem(key, bad), [KEY, bad]);
      await page.reload();
      await expect(page.locator('bl-deck[data-ready]')).toBeAttached();
      await expect(page.locator('.ink-stroke')).toHaveCount(0);
    }
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hash(page)).toBe('#/4/0');
    expect(problems).toEqual([]);
  });

  test('a window whose storage fails still draws, and gets the drawings of the windows already open', async ({ page, context, problems }) => {
    await openDeck(page, `slides/${SLUG}/#/2/0`);
    await penOn(page);
    await drawCircle(page, 600, 400, 100);
    await expect.poll(async () => (await shownStrokes(page, 2)).length).toBe(1);
    const blocked = await context.newPage();
    watch(blocked, problems);
    await blocked.addInitScript(() => {
      for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
        Storage.prototype[name] = () => {
          throw new DOMException('blocked', 'SecurityError');
        };
      }
    });
    await openDeck(blocked, `slides/${SLUG}/#/2/0`);
    await expect.poll(async () => (await shownStrokes(blocked, 2)).length).toBe(1);
    await penOn(blocked);
    await drawCircle(blocked, 1000, 400, 60);
    await expect.poll(async () => (await shownStrokes(blocked, 2)).length).toBe(2);
    await expect.poll(async () => (await shownStrokes(page, 2)).length).toBe(2);
    // C clears the slide in both.
    await blocked.keyboard.press('c');
    for (const p of [page, blocked]) await expect.poll(() => shownStrokes(p, 2)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the laser pointer held in the presenter shows in the audience at the same canvas position', async ({ page, context, problems }) => {
    const audience = page;
    // An audience window without drawings fetches the ink's code only when the room first needs it.
    const inkCode: string[] = [];
    audience.on('request', (r) => /\/ink\.[\w-]+\.js$/.test(r.url()) && inkCode.push(r.url()));
    await openDeck(audience, `slides/${SLUG}/#/2/0`);
    const presenter = await context.newPage();
    watch(presenter, problems);
    await openDeck(presenter, `slides/${SLUG}/presenter/#/2/0`);
    const dot = audience.locator('[data-ink-dot="remote"]');
    /** The centre of the audience's dot, in the audience's canvas units. */
    const dotAt = () =>
      audience.evaluate(() => {
        const canvas = document.querySelector('bl-deck [data-deck-canvas]')!.getBoundingClientRect();
        const el = document.querySelector<HTMLElement>('[data-ink-dot="remote"]')!;
        if (el.hidden) return null;
        const d = el.getBoundingClientRect();
        return { x: ((d.x + d.width / 2 - canvas.x) / canvas.width) * 1600, y: ((d.y + d.height / 2 - canvas.y) / canvas.height) * 900 };
      });

    const start = await toWindow(presenter, 300, 200);
    await presenter.mouse.move(start.x, start.y);
    await expect(dot).toBeHidden(); // the mouse alone is not the pointer
    await audience.waitForLoadState('networkidle');
    expect(inkCode).toEqual([]);
    await presenter.keyboard.down('l');
    const there = await toWindow(presenter, 1200, 650);
    await presenter.mouse.move(there.x, there.y, { steps: 5 });
    await expect(dot).toBeVisible();
    expect(inkCode).toHaveLength(1);
    await expect(presenter.locator('[data-ink-dot="local"]')).toBeVisible();
    await expect.poll(dotAt).toEqual({ x: expect.closeTo(1200, -1), y: expect.closeTo(650, -1) });
    await presenter.keyboard.up('l');
    await expect(dot).toBeHidden();
    await expect(presenter.locator('[data-ink-dot="local"]')).toBeHidden();

    // The button toggles it (no key held); leaving the canvas takes the dot away.
    const button = presenter.locator('[data-ink-action="pointer"]');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const back = await toWindow(presenter, 500, 400);
    await presenter.mouse.move(back.x, back.y, { steps: 3 });
    await expect.poll(dotAt).toEqual({ x: expect.closeTo(500, -1), y: expect.closeTo(400, -1) });
    await presenter.mouse.move(2, 2);
    await expect(dot).toBeHidden();
    expect(problems).toEqual([]);
  });

  test('with the pen off, clicks reach the figures; with it on, the drawing layer takes them, and axe finds nothing; print shows every stroke', async ({ page, problems }) => {
    await openDeck(page, `slides/${SLUG}/#/1/1`);
    const figure = page.locator('[data-slide="1"] [data-bl-figure]').first();
    await expect(figure).toBeVisible();
    const hit = async () => {
      const box = (await figure.boundingBox())!;
      return page.evaluate(([x, y]) => {
        const el = document.elementFromPoint(x, y);
        return el?.closest('.ink-layer') ? 'ink' : el?.closest('[data-bl-figure]') ? 'figure' : String(el?.tagName);
      }, [box.x + box.width / 2, box.y + box.height / 2]);
    };
    expect(await hit()).toBe('figure');
    await page.getByRole('button', { name: 'Pen', exact: true }).click();
    await expect(page.locator('bl-deck[data-ink-pen]')).toBeAttached();
    expect(await hit()).toBe('ink');
    await expect(page.getByRole('group', { name: 'Pen' })).toBeVisible();
    await drawCircle(page, 800, 300, 60);
    await expect(page.locator('[data-slide="1"] .ink-stroke')).toHaveCount(1);
    // The pen's tools, open, with a drawing on the slide.
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pen', exact: true }).click();
    await expect(page.locator('bl-deck[data-ink-pen]')).not.toBeAttached();
    await expect(page.getByRole('group', { name: 'Pen' })).toBeHidden();
    await expect(page.locator('[data-deck-live]')).toHaveText('Pen off.');
    expect(await hit()).toBe('figure');

    // Drawn at step 1, hidden at step 0 on screen; print shows every step, so the stroke too.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => hash(page)).toBe('#/1/0');
    const display = () => page.locator('[data-slide="1"] .ink-stroke').evaluate((p) => getComputedStyle(p).display);
    expect(await display()).toBe('none');
    await page.emulateMedia({ media: 'print' });
    expect(await display()).not.toBe('none');
    await expect(page.locator('[data-ink-tools]').first()).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  });
});
