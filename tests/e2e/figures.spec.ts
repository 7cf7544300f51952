/**
 * The figure harness: walks every figure folder and checks each figure on the catalog page.
 * A new figure gets all of this by existing.
 */
import type { Locator, Page } from '@playwright/test';
import { figureFolders } from '../../src/figures/folders.ts';
import { test, expect, openCatalogFigure as openFigure } from './fixtures.ts';

const names = figureFolders().map((folder) => folder.name);

test('the harness found figures', () => {
  expect(names.length).toBeGreaterThan(0);
});

/**
 * What the reader sees drawn (the plot and the diagram), as a short fingerprint so failures print legibly.
 * Plot numbers its clip paths per page load; the numbers are not part of the drawing.
 */
async function drawing(figure: Locator): Promise<string> {
  return figure.evaluate((el) => {
    // Names and titles in the diagram are written when the reader pauses; write them now.
    (el as unknown as { flush(): void }).flush();
    const text = `${el.querySelector('[data-plot]')?.innerHTML ?? ''}|${el.querySelector('[data-diagram]')?.innerHTML ?? ''}`.replace(/(plot|bl)-clip-\d+/g, '$1-clip');
    let hash = 0;
    for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
    const bad = /NaN|Infinity/.test(text) ? ' contains NaN/Infinity' : '';
    return `${text.length} chars, hash ${hash >>> 0}${bad}`;
  });
}

/** Where two long strings first differ, with a little of each around it; empty when they are equal. */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `at ${i} of ${a.length}/${b.length}: "…${a.slice(Math.max(0, i - 80), i + 80)}…" became "…${b.slice(Math.max(0, i - 80), i + 80)}…"`;
}

/** Moves a control somewhere else: the other end of a slider, another option, the other checkbox state. */
async function change(control: Locator): Promise<void> {
  const kind = await control.evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type));
  if (kind === 'checkbox' || kind === 'button') await control.click();
  else if (kind === 'select') {
    const values = await control.evaluate((el) => Array.from((el as HTMLSelectElement).options).map((o) => o.value));
    const current = await control.inputValue();
    await control.selectOption(values.find((v) => v !== current)!);
  } else {
    const [min, max, value] = await control.evaluate((el) => {
      const input = el as HTMLInputElement;
      return [Number(input.min), Number(input.max), Number(input.value)];
    });
    await control.fill(String(value === max ? min : max));
  }
}

/** A control's value as the reader sees it. */
function valueOf(control: Locator): Promise<string> {
  return control.evaluate((el) => (el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : (el as HTMLInputElement).value));
}

/**
 * A URL state for this figure that names its real reader props with values that must fall back: NaN and
 * infinities (variant 0), numbers out of range and overflowing (1), text where a number belongs and unknown
 * options (2). Runs in the page, against the figure's own Spec.
 */
function garbageQuery(el: Element, variant: number): string {
  const spec = (el as unknown as { figure: { spec: Record<string, { kind: string; authorOnly?: boolean; options?: string[]; min?: number; max?: number }> } }).figure.spec;
  const parts: string[] = [];
  for (const [key, prop] of Object.entries(spec)) {
    if (prop.authorOnly || prop.kind === 'text' || (prop.kind === 'choice' && prop.options!.length < 2)) continue;
    const number = [['NaN', 'Infinity', '-Infinity'], [String(prop.max! + 1e6), String(prop.min! - 1e6), '1e999'], ['abc', '0x', '']][variant];
    const value = prop.kind === 'number' ? number[parts.length % number.length] : prop.kind === 'boolean' ? ['maybe', '2', 'NaN'][variant] : ['<b>', 'NaN', 'none'][variant];
    parts.push(`${key}:${value}`);
  }
  return parts.join(',');
}

async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

for (const name of names) {
  test.describe(`figure ${name}`, () => {
    test('has its build-time SVG without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`figures/`);
      const figure = page.locator(`#catalog-${name}`);
      await expect(figure.locator('[data-plot] svg').first()).toBeVisible();
      await expect(figure.locator('[data-description]')).not.toBeEmpty();
      await expect(figure.locator('[data-prop]').first()).toBeDisabled();
      await context.close();
    });

    test('every control changes the drawing, and nothing drawn is NaN', async ({ page, problems }) => {
      const figure = await openFigure(page, name);
      const controls = figure.locator('[data-prop]');
      const count = await controls.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const control = controls.nth(i);
        // Controls a state hides (the sliders of neurons a small layer lacks) are not the reader's to move.
        if (!(await control.isVisible())) continue;
        const before = await drawing(figure);
        await change(control);
        await settle(page);
        const label = await control.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? el.id);
        await expect.poll(() => drawing(figure), { message: `control "${label}" should change the drawing` }).not.toBe(before);
      }
      const bad = await figure.evaluate((el) => {
        const found: string[] = [];
        for (const node of el.querySelectorAll('*')) {
          for (const attr of Array.from(node.attributes)) if (/NaN|Infinity/.test(attr.value)) found.push(`${node.tagName} ${attr.name}="${attr.value.slice(0, 60)}"`);
        }
        if (/NaN|Infinity/.test(el.textContent ?? '')) found.push('text contains NaN or Infinity');
        return found;
      });
      expect(bad).toEqual([]);
      expect(problems).toEqual([]);
    });

    test('its state survives a reload through the URL, and a bad URL falls back', async ({ page, problems }) => {
      const figure = await openFigure(page, name);
      const controls = figure.locator('[data-prop]');
      for (let i = 0; i < (await controls.count()); i++) if (await controls.nth(i).isVisible()) await change(controls.nth(i));
      const expected = await Promise.all((await controls.all()).map(valueOf));
      // Wait until the URL holds this exact state (it is written shortly after the last change).
      await expect
        .poll(() => figure.evaluate((el) => new URLSearchParams(location.search).get(el.id) === (el as unknown as { shareQuery: string }).shareQuery))
        .toBe(true);
      await settle(page);
      const drawn = await drawing(figure);
      await page.reload();
      const again = await openFigure(page, name, await page.evaluate(() => location.search));
      expect(await Promise.all((await again.locator('[data-prop]').all()).map(valueOf))).toEqual(expected);
      await expect.poll(() => drawing(again)).toBe(drawn);
      // Garbage in the URL, under the figure's own prop names: the figure shows its authored state, drawn without
      // NaN, and no error reaches the page.
      const authored = await openFigure(page, name);
      const authoredValues = await Promise.all((await authored.locator('[data-prop]').all()).map(valueOf));
      await expect(authored).not.toHaveAttribute('data-training', '');
      await settle(page);
      const authoredDrawing = await drawing(authored);
      for (const variant of [0, 1, 2]) {
        const query = await authored.evaluate(garbageQuery, variant);
        expect(query, 'the figure has reader props to feed').not.toBe('');
        const figure = await openFigure(page, name, `?catalog-${name}=${encodeURIComponent(`${query},x:<img src=x onerror=alert(1)>,:::`)}`);
        await expect(page.locator('img[src="x"]')).toHaveCount(0);
        expect(await Promise.all((await figure.locator('[data-prop]').all()).map(valueOf)), `URL ${query}`).toEqual(authoredValues);
        await expect.poll(() => drawing(figure), { message: `URL ${query}` }).toBe(authoredDrawing);
      }
      expect(problems).toEqual([]);
    });

    test('warming up off the page in idle time changes nothing the reader sees', async ({ page, problems }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __changes: number };
        w.__changes = 0;
        // Only changes of state count: a redraw of the same state at the plot's real width may land at any time.
        document.addEventListener('bl-figure-change', (event) => {
          if ((event as CustomEvent<{ changed: boolean }>).detail.changed) w.__changes++;
        });
      });
      const figure = await openFigure(page, name);
      const changes = () => page.evaluate(() => (window as unknown as { __changes: number }).__changes);
      const url = page.url();
      const changesAtReady = await changes();
      // Every figure with a slider rehearses its ends and middle once it is ready.
      if ((await figure.locator('input[type="range"][data-prop]').count()) > 0) {
        await expect.poll(() => page.evaluate((n) => performance.getEntriesByName(`bl-rehearse:${n}`).length, name)).toBeGreaterThan(0);
      }
      await page.waitForTimeout(500);
      expect(page.url()).toBe(url);
      expect(await changes()).toBe(changesAtReady);
      // What is on the page is still the drawing of the reader's state: drawing that state again changes nothing.
      const afterRehearsal = await drawing(figure);
      await figure.evaluate((el) => (el as unknown as { render(): void }).render());
      await settle(page);
      expect(afterRehearsal).toBe(await drawing(figure));
      expect(problems).toEqual([]);
    });

    test('while a new state trains, the drawing, diagram and description stay those of the state drawn', async ({ page, problems }) => {
      const figure = await openFigure(page, name);
      test.skip(!(await figure.evaluate((el) => Boolean((el as unknown as { figure: { jobs?: unknown } }).figure.jobs))), 'this figure trains nothing');
      // Move each control to its other values until one asks for a network not trained yet. Compare what is shown
      // just before that change with what is shown the moment the figure says it is training (small jobs finish
      // within the frame, so a mutation observer catches that moment). Names and descriptions are written at
      // once, as if the reader had paused.
      const caught = await figure.evaluate(async (el) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const whole = () => {
          (el as unknown as { flush(): void }).flush();
          return ['[data-plot]', '[data-diagram]', '[data-description]', '[data-table]'].map((s) => el.querySelector(s)?.innerHTML ?? '').join('|');
        };
        // Kept on the element for the check after training, below.
        (el as unknown as { shown(): string }).shown = whole;
        let during: string | undefined;
        // Changes drawn within their frame, never showing "Training…": a small job trains at once (trainsInFrame).
        const atOnce: string[] = [];
        new MutationObserver(() => {
          if (during === undefined && el.hasAttribute('data-training')) during = whole();
        }).observe(el, { attributes: true, attributeFilter: ['data-training'] });
        for (const control of el.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[data-prop], select[data-prop]')) {
          const values = control instanceof HTMLSelectElement ? Array.from(control.options, (o) => o.value) : control.type === 'range' ? [control.max, control.min] : [];
          const original = control.value;
          for (const value of values) {
            if (value === original) continue;
            const before = whole();
            control.value = value;
            control.dispatchEvent(new Event('input', { bubbles: true }));
            await frame();
            if (during !== undefined) return { kind: 'trained' as const, change: `${control.dataset.prop}=${value}`, before, during };
            if (whole() !== before) atOnce.push(`${control.dataset.prop}=${value}`);
          }
        }
        return { kind: 'at once' as const, atOnce };
      });
      // A figure whose every network is small enough to train within a frame never shows a stale drawing: each
      // change was drawn at once. Otherwise some change must have trained, and been caught at that moment.
      if (caught.kind === 'at once') {
        expect(caught.atOnce.length, 'with nothing training, every change should be drawn within its frame').toBeGreaterThan(0);
        test.info().annotations.push({ type: 'trains in the frame', description: caught.atOnce.join(', ') });
        expect(problems).toEqual([]);
        return;
      }
      const { change, before, during } = caught;
      expect(firstDifference(before, during), `while training for ${change}`).toBe('');
      // Once trained, the new state is drawn and described.
      await expect(figure).not.toHaveAttribute('data-training', '');
      await expect.poll(() => figure.evaluate((el) => (el as unknown as { shown(): string }).shown())).not.toBe(before);
      expect(await drawing(figure)).not.toMatch(/NaN|Infinity/);
      expect(problems).toEqual([]);
    });

    test('200 random input sequences never throw', async ({ page, problems }) => {
      const figure = await openFigure(page, name);
      const errors = await figure.evaluate(async (el) => {
        const caught: string[] = [];
        const onError = (event: ErrorEvent) => caught.push(event.message);
        window.addEventListener('error', onError);
        // A small seeded generator so a failure can be replayed.
        let seed = 12345;
        const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
        const controls = Array.from(el.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('[data-prop]'));
        const buttons = Array.from(el.querySelectorAll<HTMLButtonElement>('button[data-scrub], button[data-action="reset"]'));
        for (let sequence = 0; sequence < 200; sequence++) {
          const length = 1 + Math.floor(random() * 5);
          for (let k = 0; k < length; k++) {
            try {
              if (buttons.length && random() < 0.15) {
                buttons[Math.floor(random() * buttons.length)].click();
                continue;
              }
              const control = controls[Math.floor(random() * controls.length)];
              if (control instanceof HTMLButtonElement) {
                control.click();
                continue;
              }
              if (random() < 0.1) {
                // Garbage a script or another window might send. A range input would sanitise it before any
                // listener saw it, so it goes in where it really reaches the figure: setState.
                const prop = control.dataset.prop!;
                const spec = (el as unknown as { figure: { spec: Record<string, { min?: number; max?: number }> } }).figure.spec[prop];
                const junk: unknown[] = [NaN, Infinity, -Infinity, 'NaN', '1e999', null, {}, 'abc', -0, 1e308];
                if (spec?.max !== undefined) junk.push(spec.max * 10, spec.min! - 1e6, spec.max, spec.min, spec.min! + random() * (spec.max - spec.min!));
                const value = junk[Math.floor(random() * junk.length)];
                (el as unknown as { setState(raw: Record<string, unknown>): void }).setState({ [prop]: value });
                // Look at once, before a later input draws over it.
                await new Promise((resolve) => requestAnimationFrame(resolve));
                const drawn = `${el.querySelector('[data-plot]')?.innerHTML ?? ''}${el.querySelector('[data-diagram]')?.innerHTML ?? ''}${el.querySelector('[data-description]')?.textContent ?? ''}`;
                if (/NaN|Infinity/.test(drawn)) caught.push(`setState({ ${prop}: ${String(value)} }) drew NaN or Infinity`);
                continue;
              }
              if (control instanceof HTMLSelectElement) control.selectedIndex = Math.floor(random() * control.options.length);
              else if (control.type === 'checkbox') control.checked = !control.checked;
              else control.value = String(Number(control.min) + random() * (Number(control.max) - Number(control.min)));
              control.dispatchEvent(new Event('input', { bubbles: true }));
            } catch (error) {
              caught.push(String(error));
            }
          }
          if (sequence % 20 === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
        window.removeEventListener('error', onError);
        return caught;
      });
      expect(errors).toEqual([]);
      // Whatever the reader did, nothing drawn is NaN.
      expect(await drawing(figure)).not.toMatch(/NaN|Infinity/);
      expect(problems).toEqual([]);
    });
  });
}
