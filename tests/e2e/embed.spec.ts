/**
 * Figures embedded in another site: a plain host page, served from a second loopback origin by a tiny node:http
 * server, frames two embed pages of the site under test with the embed code's own <iframe> and resize listener.
 * Then the Share menu on an embed page: its keyboard, its downloads (SVG parsed and counted, PNG measured), axe.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as plain, type Frame, type Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';
import { embedUrl, iframeSnippet, resizeScript } from '../../src/figures/kit/browser/share/embed-code.ts';
import { EMBED_HEIGHT } from '../../src/figures/kit/browser/embed-height.ts';

const LINE = 'fig-one-neuron-1';
const GALLERY = 'fig-activation-functions-1';
const COURSE = 'Bending Lines';
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4441);

/** The site under test's origin and base path, from Playwright's baseURL. */
function site(baseURL: string | undefined): { origin: string; base: string } {
  const url = new URL(baseURL!);
  return { origin: url.origin, base: url.pathname };
}

/** A host page holding the two figures; `?state=` puts a state in the first one's src, as a host would paste it. */
function hostPage(origin: string, base: string, state: string): string {
  const frame = (id: string, query: string, title: string) => iframeSnippet(embedUrl(origin, base, id, query), title, 150).replace('<iframe ', `<iframe id="${id}" `);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course elsewhere</title></head><body>
<h1>Someone else's course page</h1>
<p>Two figures from another site:</p>
${frame(LINE, state, 'One neuron')}
<p>and</p>
${frame(GALLERY, '', 'ReLU')}
${resizeScript(origin)}
</body></html>`;
}

/** Console errors, page errors and failed requests of the host and its frames (the fixture's page allows one origin only). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

const frameOf = (page: Page, id: string): Frame => page.frames().find((f) => new URL(f.url()).pathname.endsWith(`/embed/${id}/`))!;

/**
 * The iframe's height on the host, its document's scroll height inside, and the height of what the document holds
 * (its root's box), which a frame taller than its content would not show in the scroll height.
 */
async function heights(page: Page, id: string): Promise<{ frame: number; content: number; held: number }> {
  const frame = await page.locator(`iframe#${id}`).evaluate((el) => el.getBoundingClientRect().height);
  const { content, held } = await frameOf(page, id).evaluate(() => ({ content: document.documentElement.scrollHeight, held: document.documentElement.getBoundingClientRect().height }));
  return { frame, content, held };
}

/** Whether a frame fits its page: as tall as its scroll height and as what it holds (±2 px), and not the default 150 px. */
async function fits(page: Page, id: string): Promise<boolean> {
  const { frame, content, held } = await heights(page, id);
  return Math.abs(frame - content) <= 2 && Math.abs(frame - held) <= 2 && frame !== 150;
}

/**
 * Waits for a frame's figure to draw. Chromium runs no animation frames in a cross-origin iframe out of view, and
 * frames move as the ones above them grow: scrolled to again until it has drawn, as a reader's scrolling would.
 */
async function frameReady(page: Page, id: string): Promise<void> {
  const figure = page.frameLocator(`iframe#${id}`).locator('[data-bl-figure]');
  await expect.poll(async () => {
    await page.locator(`iframe#${id}`).scrollIntoViewIfNeeded();
    return figure.getAttribute('data-ready');
  }, { timeout: 30_000, message: `the figure in the frame of ${id} draws` }).toBe('');
}

plain.describe('a host page on another origin', () => {
  // One server on a fixed port for these tests, so they run one after another.
  plain.describe.configure({ mode: 'serial' });
  let server: Server;
  let hostOrigin = '';

  plain.beforeAll(async ({ baseURL }) => {
    const { origin, base } = site(baseURL);
    server = createServer((request, response) => {
      const state = new URL(request.url ?? '/', 'http://host').searchParams.get('state') ?? '';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(hostPage(origin, base, state));
    });
    await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  plain.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  plain('each frame sizes itself from its height messages', async ({ page, baseURL }) => {
    const problems = watch(page);
    const messages: unknown[] = [];
    await page.exposeFunction('recordMessage', (data: unknown) => messages.push(data));
    await page.addInitScript(() => addEventListener('message', (e) => (window as unknown as { recordMessage(d: unknown): void }).recordMessage(e.data)));
    await page.goto(`${hostOrigin}/`);
    expect(new URL(page.url()).origin).not.toBe(site(baseURL).origin);
    for (const id of [LINE, GALLERY]) {
      await frameReady(page, id);
      await expect.poll(() => fits(page, id), { message: `the frame of ${id} fits its page` }).toBe(true);
      expect((await heights(page, id)).frame).toBeGreaterThan(300);
    }
    // A narrower frame makes the figure taller (its controls go under the plot), a wider one shorter again: the
    // frame follows both ways, so it never stays taller than its figure.
    const frame = page.locator(`iframe#${LINE}`);
    // In view: Chromium runs no rendering steps (so no ResizeObserver) for a cross-origin frame scrolled away.
    await frame.scrollIntoViewIfNeeded();
    const wide = (await heights(page, LINE)).frame;
    await frame.evaluate((el) => (el.style.width = '380px'));
    await expect.poll(async () => (await heights(page, LINE)).frame, { message: 'the narrow frame grows' }).toBeGreaterThan(wide + 100);
    await expect.poll(() => fits(page, LINE)).toBe(true);
    await frame.evaluate((el) => (el.style.width = ''));
    await expect.poll(async () => Math.abs((await heights(page, LINE)).frame - wide), { message: 'the frame shrinks back' }).toBeLessThanOrEqual(2);
    await expect.poll(() => fits(page, LINE)).toBe(true);
    // The documented shape, and nothing else posted.
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const message of messages) {
      expect(Object.keys(message as object).sort()).toEqual(['height', 'id', 'type']);
      const { type, id, height } = message as { type: string; id: string; height: number };
      expect(type).toBe(EMBED_HEIGHT);
      expect([LINE, GALLERY]).toContain(id);
      expect(Number.isInteger(height)).toBe(true);
    }
    // The host sizing a frame is not news to it: no message answers a resize (no loop).
    const count = messages.length;
    await page.waitForTimeout(500);
    expect(messages.length).toBe(count);
    expect(problems).toEqual([]);
  });

  plain('a control changed in one frame changes that frame’s address and drawing only', async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${hostOrigin}/`);
    const line = page.frameLocator(`iframe#${LINE}`);
    const gallery = page.frameLocator(`iframe#${GALLERY}`);
    for (const id of [GALLERY, LINE]) await frameReady(page, id);
    const output = line.locator('[aria-label="model output"] path').first();
    const drawing = () => gallery.locator('[data-plot]').innerHTML();
    const before = { line: await output.getAttribute('d'), gallery: await drawing(), galleryUrl: frameOf(page, GALLERY).url() };
    await line.getByRole('slider', { name: /weight/ }).fill('1.2');
    await expect(line.locator('[data-readout="line"]')).toHaveText(/y = 1\.20x/);
    await expect.poll(() => output.getAttribute('d')).not.toBe(before.line);
    await expect.poll(() => new URL(frameOf(page, LINE).url()).searchParams.get(LINE)).toContain('w:1.2');
    // The link back to the chapter now opens it in this state, in a new tab.
    const home = line.getByRole('link', { name: /^From One neuron/ });
    await expect(home).toHaveAttribute('href', new RegExp(`/chapters/one-neuron/\\?${LINE}=w%3A1\\.2.*#${LINE}$`));
    await expect(home).toHaveAttribute('target', '_blank');
    expect(frameOf(page, GALLERY).url()).toBe(before.galleryUrl);
    expect(await drawing()).toBe(before.gallery);
    // The host page itself went nowhere.
    expect(new URL(page.url()).pathname).toBe('/');
    expect(problems).toEqual([]);
  });

  plain('inside another site’s frame, where the clipboard is refused, Copy embed code shows the code to copy', async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${hostOrigin}/`);
    await frameReady(page, LINE);
    const line = page.frameLocator(`iframe#${LINE}`);
    await line.getByRole('button', { name: 'Share' }).click();
    await line.getByRole('menuitem', { name: 'Copy embed code' }).click();
    const box = line.getByRole('textbox', { name: 'Embed code for this view' });
    await expect(box).toBeVisible();
    await expect(box).toBeFocused();
    expect(await box.inputValue()).toMatch(new RegExp(`^<iframe src="[^"]*/embed/${LINE}/"`));
    await expect(line.getByRole('status')).toHaveText('Copy the embed code from the box below');
    expect(problems).toEqual([]);
  });

  plain('a state in the iframe’s address opens the figure in that state', async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${hostOrigin}/?state=${encodeURIComponent('w:1.2,b:0.5')}`);
    const line = page.frameLocator(`iframe#${LINE}`);
    await frameReady(page, LINE);
    await expect(line.getByRole('slider', { name: /weight/ })).toHaveValue('1.2');
    await expect(line.getByRole('slider', { name: /bias/ })).toHaveValue('0.5');
    await expect(line.locator('[data-readout="line"]')).toHaveText(/y = 1\.20x \+ 0\.50/);
    await page.reload();
    await frameReady(page, LINE);
    await expect(line.getByRole('slider', { name: /weight/ })).toHaveValue('1.2');
    expect(problems).toEqual([]);
  });
});

/** Opens an embed page and waits for its figure's first live drawing. */
async function openEmbed(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`embed/${id}/${query}`);
  await expect(page.locator('[data-bl-figure]')).toHaveAttribute('data-ready', '', { timeout: 30_000 });
}

async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Share' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('an embed page is the figure alone: no site chrome, not for search engines, a link back in a new tab', async ({ page, problems }) => {
  await openEmbed(page, LINE);
  await expect(page.locator('header, nav, footer, [role="search"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await expect(page.locator('[data-bl-figure]')).toHaveCount(1);
  await expect(page.locator('[data-description]')).not.toBeEmpty();
  await expect(page.locator('.bl-figure__data summary')).toBeVisible();
  const home = page.getByRole('link', { name: `From One neuron draws a line · ${COURSE}` });
  await expect(home).toHaveAttribute('href', new RegExp(`/chapters/one-neuron/#${LINE}$`));
  await expect(home).toHaveAttribute('target', '_blank');
  await expect(home).toHaveAttribute('rel', 'noopener');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('an embed page works where storage throws (a sandboxed frame)', async ({ page, problems }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    }
  });
  await openEmbed(page, GALLERY);
  await page.locator('[data-bl-figure]').getByRole('combobox').first().selectOption({ index: 1 });
  await expect(page.locator('[data-bl-figure]')).not.toHaveAttribute('data-training', '');
  expect(problems).toEqual([]);
});

test('the Share menu by keyboard: Enter opens it on the first item, arrows move, Escape closes it back on the button', async ({ page, problems }) => {
  await openEmbed(page, LINE);
  const share = page.getByRole('button', { name: 'Share' });
  const menu = page.getByRole('menu', { name: 'Share this figure' });
  await expect(share).toHaveAttribute('aria-haspopup', 'menu');
  await share.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(share).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('menuitem');
  await expect(items).toHaveText(['Copy embed code', 'Download SVG', 'Download PNG']);
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.nth(0)).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(share).toBeFocused();
  await expect(share).toHaveAttribute('aria-expanded', 'false');
  // Space opens it too, and Tab leaves it closed.
  await page.keyboard.press('Space');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  expect(problems).toEqual([]);
});

test('Copy embed code puts the iframe of the current state and the resize listener on the clipboard', async ({ page, context, problems, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEmbed(page, LINE, `?${LINE}=w:1.2`);
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('menuitem', { name: 'Copy embed code' }).click();
  await expect(page.getByRole('status')).toHaveText('Embed code copied');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  const { origin, base } = site(baseURL);
  expect(code).toContain(`<iframe src="${embedUrl(origin, base, LINE, 'w:1.2')}" title="One neuron draws a line: drag w to tilt it and b to lift it" width="100%" height="`);
  expect(code).toContain(resizeScript(origin));
  expect(problems).toEqual([]);
});

test('Download SVG: one parseable, self-contained file with the figure’s marks, title and course name', async ({ page, problems }) => {
  await openEmbed(page, LINE, `?${LINE}=w:1.2`);
  const { name, bytes } = await download(page, 'Download SVG');
  expect(name).toBe(`${LINE}.svg`);
  const text = bytes.toString('utf8');
  expect(text).not.toContain('var(');
  expect(text).not.toMatch(/(?:href|src)="(?!#|data:)/);
  expect(text).toContain('One neuron draws a line: drag w to tilt it and b to lift it');
  expect(text).toContain(COURSE);
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, marks: doc.querySelectorAll('path, circle').length };
  }, text);
  const live = await page.locator('[data-plot]').evaluate((plot) => Array.from(plot.querySelectorAll('path, circle')).filter((mark) => mark.checkVisibility()).length);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(live).toBeGreaterThan(10);
  expect(parsed.marks).toBe(live);
  await expect(page.getByRole('status')).toHaveText('SVG downloaded');
  expect(problems).toEqual([]);
});

test('Download PNG: twice the plot’s size on screen, with room for the title and course name', async ({ page, problems }) => {
  await openEmbed(page, GALLERY);
  const plot = await page.locator('[data-plot]').evaluate((el) => ({ width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height }));
  const svg = await download(page, 'Download SVG');
  const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg.bytes.toString('utf8'))?.[1]);
  const { name, bytes } = await download(page, 'Download PNG');
  expect(name).toBe(`${GALLERY}.png`);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(Math.abs(width - 2 * plot.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(height - 2 * svgHeight)).toBeLessThanOrEqual(2);
  // What the image adds to the plot's height: the title above and the course's name below, no more.
  expect(svgHeight - plot.height).toBeGreaterThanOrEqual(40);
  expect(svgHeight - plot.height).toBeLessThanOrEqual(120);
  expect(problems).toEqual([]);
});

test('the Share menu fits a phone, and is off paper, off slides and disabled without JavaScript', async ({ page, browser, baseURL, problems }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openEmbed(page, LINE);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('menu')).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  // Paper has no use for it, open or not.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
  await expect(page.locator('.bl-share')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.goto('slides/one-neuron/');
  await expect(page.locator('.slide [data-action="share"]').first()).toBeHidden();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const still = await noJs.newPage();
  await still.goto(new URL(`embed/${LINE}/`, baseURL).href);
  await expect(still.getByRole('button', { name: 'Share' })).toBeDisabled();
  await noJs.close();
  expect(problems).toEqual([]);
});
