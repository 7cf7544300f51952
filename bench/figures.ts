/**
 * Figure responsiveness and JavaScript weight, measured in headless Chromium against a preview of the build
 * (run `npm run build` first). A report, not a test: numbers vary with the machine.
 *
 * - Interactions, as INP measures them: the Event Timing API groups a press, a drag's pointerdown/pointerup and each
 *   key press into interactions; an interaction's latency is its longest event's `duration` (input → next paint).
 *   p50/p95 over every interaction while dragging each slider with the mouse and stepping it with the keyboard.
 *   Event Timing reports only events of 16 ms or more; `performance.interactionCount` counts the rest.
 * - Every `input` event → next frame, measured by hand: Event Timing leaves out the continuous events of a drag,
 *   so this stricter measure covers each step of it.
 * - Input arrives at a person's pace: drag moves at 60 per second (a mouse as the display samples it) and arrow
 *   keys at 30 per second (a held key's auto-repeat). BENCH_INPUT=burst sends them as fast as the driver can
 *   (~200 per second), a stress test: a frame's work is then measured together with the queue behind it.
 * - Long tasks: any task over 50 ms during those interactions (Long Tasks API), and while each figure wakes:
 *   scrolled in, first live drawing, and any training it starts.
 * - BENCH_AGAINST=<checkout> runs another build in the same rounds, for before/after comparisons (see below).
 * - JavaScript on page load (before any scroll or touch), and after every figure on the page has loaded,
 *   in gzip bytes, per page.
 */
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { startPreview } from '../scripts/preview-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.ts';
import { gzipBytes, watchScripts } from '../scripts/js-weight.ts';

// BENCH_PORT lets two checkouts run the bench at once.
const PORT = Number(process.env.BENCH_PORT ?? 4339);
/**
 * BENCH_AGAINST=<another checkout, built> measures that build too, side by side in the same browser and the same
 * rounds (this build, then that one, figure by figure), so a before/after comparison shares the machine's noise.
 */
const AGAINST = process.env.BENCH_AGAINST;
/** BENCH_ONLY=<regex>: only the figures whose names match, and no page weights (to chase one figure's numbers). */
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;

interface Target {
  label: string;
  origin: string;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function installObservers(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[]; __parts: string[]; __interactions: Map<number, number> };
    w.__interactions = new Map();
    w.__long = [];
    w.__parts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        // INP's unit: an interaction's latency is its longest event (keydown/keyup, pointerdown/up/click).
        if (e.interactionId) w.__interactions.set(e.interactionId, Math.max(e.duration, w.__interactions.get(e.interactionId) ?? 0));
        w.__parts.push(
          `${e.name}: delay ${Math.round(e.processingStart - e.startTime)}, handlers ${Math.round(e.processingEnd - e.processingStart)}, to paint ${Math.round(e.startTime + e.duration - e.processingEnd)}`,
        );
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    // The figures keep only their latest measure per name in the buffer (kit/browser/user-timing.ts); an observer
    // sees every one.
    const renders: number[] = [];
    (window as unknown as { __renders: number[] }).__renders = renders;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name.startsWith('bl-render:')) renders.push(e.duration);
    }).observe({ type: 'measure', buffered: true });
    // Event Timing leaves out continuous events (pointermove, input), so drags are timed by hand: from each
    // input event's timestamp to just after the next frame is painted (a message posted from rAF runs then).
    const drags: number[] = [];
    (window as unknown as { __drags: number[] }).__drags = drags;
    const untilPainted = (event: Event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => drags.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    };
    addEventListener('input', untilPainted, true);
    // A dragged data point and the keys of the point editor change the figure without an input event.
    const onPoints = (event: Event) => event.target instanceof Element && event.target.closest('[data-plot], [data-points-keys]');
    addEventListener('pointermove', (event) => onPoints(event) && (event as PointerEvent).buttons === 1 && untilPainted(event), true);
    addEventListener('keydown', (event) => event.target instanceof Element && event.target.closest('[data-points-keys]') && untilPainted(event), true);
  });
}

export async function runFigureBench(): Promise<void> {
  const targets: Target[] = [{ label: AGAINST ? 'this build' : '', origin: `http://localhost:${PORT}` }];
  const stops = [await startPreview(PORT)];
  if (AGAINST) {
    stops.push(await startPreview(PORT + 1, AGAINST));
    targets.push({ label: `against ${AGAINST}`, origin: `http://localhost:${PORT + 1}` });
  }
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ executablePath: executablePath === 'missing' ? undefined : executablePath, args: CHROMIUM_ARGS });
  const tag = (target: Target, name: string) => (target.label ? `${name} · ${target.label}` : name);
  try {
    // JavaScript weight per page: on load, then with every figure loaded.
    const chapters = await chapterPaths(targets[0].origin);
    const pages = ['/', '/figures/', '/glossary/', '/search/', ...chapters, ...chapters.map((c) => c.replace('/chapters/', '/slides/'))];
    const weights: Record<string, { 'on load (KB gzip)': string; 'all figures (KB gzip)': string }> = {};
    for (const path of ONLY ? [] : pages) {
      for (const target of targets) weights[tag(target, path)] = await weighPage(browser, target.origin + path, path.startsWith('/slides/'));
    }
    console.log('\nJavaScript fetched per page (gzip):');
    console.table(weights);

    // Interaction latency per figure, on the catalog, in several rounds. Each round measures the baseline too,
    // side by side in the same browser: a bare range input that only updates a number, i.e. what this machine
    // and the headless renderer cost before any figure code runs. Rounds are summarised by their medians.
    // With BENCH_AGAINST, each round runs this build's catalog and then the other's.
    const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
    const runs: Record<string, Measured[]> = {};
    const wakes: Record<string, Woken[]> = {};
    const record = (name: string, measured: Measured) => (runs[name] ??= []).push(measured);
    for (let round = 0; round < rounds; round++) {
      const bare = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await installObservers(bare);
      await bare.goto(`${targets[0].origin}/figures/`, { waitUntil: 'networkidle' });
      await bare.evaluate(() => {
        document.body.innerHTML =
          '<main style="padding:4rem"><label>bare <input type="range" min="0" max="100" value="10" style="width:30rem"></label> <output>10</output></main>';
        const input = document.querySelector('input')!;
        input.addEventListener('input', () => (document.querySelector('output')!.textContent = input.value));
      });
      record(BASELINE, await interact(bare, bare.locator('main')));
      await bare.close();

      for (const target of targets) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await installObservers(page);
        await page.goto(`${target.origin}/figures/`, { waitUntil: 'networkidle' });
        for (const figure of await page.locator('[data-bl-figure]').all()) {
          if (ONLY && !ONLY.test((await figure.getAttribute('data-bl-figure'))!)) continue;
          const name = tag(target, (await figure.getAttribute('data-bl-figure'))!);
          (wakes[name] ??= []).push(await wake(page, figure));
          // A reader's first press comes a moment after the pointer arrives; let the first draw finish.
          await page.waitForTimeout(500);
          record(name, await interact(page, figure));
        }
        await page.close();
      }
      // A reader's own data: drag a point of every figure that has them, on the catalog and in chapter 2, where the
      // line is linked to the loss landscape (which then redraws its map for the new data on every frame).
      for (const target of targets) {
        // Bending-neurons at its widest (8 neurons), the trained figure the fit must follow on every frame.
        for (const path of ['/figures/?catalog-bending-neurons=neurons:8', '/chapters/one-neuron/']) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
          await installObservers(page);
          await page.goto(`${target.origin}${path}`, { waitUntil: 'networkidle' });
          for (const figure of await page.locator('[data-bl-figure]:has([data-points-keys])').all()) {
            if (ONLY && !ONLY.test((await figure.getAttribute('data-bl-figure'))!)) continue;
            const where = path.startsWith('/figures/') ? 'catalog' : 'chapter 2, linked';
            const name = tag(target, `${await figure.getAttribute('data-bl-figure')} · drag a point (${where})`);
            await wake(page, figure);
            await page.waitForTimeout(500);
            record(name, await dragPoint(page, figure));
          }
          await page.close();
        }
      }
    }
    console.log(
      `\nWaking each figure on the catalog: scrolled in and hovered, until its first live drawing (data-ready) and any` +
        `\ntraining it starts have finished; ${rounds} rounds, medians of the rounds' values; long tasks counted over all rounds.`,
    );
    console.table(summariseWakes(wakes));
    console.log(
      `\nDragging every slider with the mouse and stepping it with arrow keys (${BURST ? 'burst: as fast as the driver sends' : 'moves 60/s, keys 30/s'}); ${rounds} rounds, medians of the rounds' values.` +
        '\n"interaction": INP\'s measure, each drag (pointerdown → pointerup) and each key press, input → next paint (Event Timing);' +
        '\n"every input": each input event of a drag or key press to just after the next frame, by hand; "× bare": that p95 over the' +
        '\nbare slider\'s p95 in the same round; "our render": compute + draw per frame (User Timing).',
    );
    console.table(summarise(runs));
  } finally {
    await browser.close();
    for (const stop of stops) stop();
  }
}

/** JavaScript a page fetches on load, and once every figure on it has woken (decks: on load only). */
async function weighPage(browser: Browser, url: string, isDeck: boolean) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const bodies = watchScripts(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const onLoad = gzipBytes(bodies);
  // Decks load a slide's figures as the presenter reaches it; their on-load weight is what matters here.
  const figures = isDeck ? [] : await page.locator('[data-bl-figure]').all();
  for (const figure of figures) {
    await figure.scrollIntoViewIfNeeded();
    await figure.hover();
    await page.waitForFunction((el) => el?.hasAttribute('data-ready'), await figure.elementHandle(), { timeout: 30_000 });
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.close();
  return {
    'on load (KB gzip)': (onLoad / 1024).toFixed(1),
    'all figures (KB gzip)': (gzipBytes(bodies) / 1024).toFixed(1),
  };
}

interface Woken {
  /** Scroll-in → first live drawing. */
  readyMs: number;
  /** Scroll-in → first live drawing and any training it started done. */
  settledMs: number;
  /** Long tasks (ms) in that span. */
  long: number[];
}

/** Scrolls a sleeping figure in and hovers it, as a reader does, and times its wake-up and the long tasks in it. */
async function wake(page: Page, figure: Locator): Promise<Woken> {
  await page.evaluate(() => ((window as unknown as { __long: number[] }).__long.length = 0));
  const start = Date.now();
  await figure.scrollIntoViewIfNeeded();
  await figure.hover();
  const handle = await figure.elementHandle();
  await page.waitForFunction((el) => el?.hasAttribute('data-ready'), handle, { polling: 'raf' });
  const readyMs = Date.now() - start;
  await page.waitForFunction((el) => !el?.hasAttribute('data-training'), handle, { polling: 'raf', timeout: 60_000 });
  const settledMs = Date.now() - start;
  // A long task is reported once it has ended; give the last one a frame to arrive.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const long = await page.evaluate(() => [...(window as unknown as { __long: number[] }).__long]);
  return { readyMs, settledMs, long };
}

function summariseWakes(wakes: Record<string, Woken[]>): Record<string, Record<string, string | number>> {
  const rows: Record<string, Record<string, string | number>> = {};
  for (const [name, woken] of Object.entries(wakes)) {
    const all = woken.flatMap((w) => w.long);
    rows[name] = {
      'to first drawing (ms)': Math.round(median(woken.map((w) => w.readyMs))),
      'to settled (ms)': Math.round(median(woken.map((w) => w.settledMs))),
      'long tasks >50 ms (all rounds)': all.filter((d) => d > 50).length,
      'longest task (ms)': all.length ? Math.round(Math.max(...all)) : '–',
    };
  }
  return rows;
}

const BURST = process.env.BENCH_INPUT === 'burst';
/** Milliseconds between drag moves and between key presses (see the header); none in a burst. */
const MOVE_GAP = BURST ? 0 : 16;
const KEY_GAP = BURST ? 0 : 33;

/** Drags every slider in `scope` across and back with the mouse, then steps it with the arrow keys. */
/** Empties what the observers gathered, and notes the interaction count, before a measured run. */
async function reset(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __interactions: Map<number, number>; __countBefore: number };
    w.__interactions.clear();
    w.__long.length = 0;
    (w as unknown as { __parts: string[] }).__parts.length = 0;
    (w as unknown as { __drags: number[] }).__drags.length = 0;
    (w as unknown as { __renders: number[] }).__renders.length = 0;
    w.__countBefore = (performance as unknown as { interactionCount: number }).interactionCount;
  });
}

/** What the observers gathered since `reset`, once the last frame has landed. */
async function collect(page: Page): Promise<Omit<Measured, 'inputs'>> {
  await page.waitForTimeout(300);
  const { long, parts, drags, renders, interactions, interactionCount, countBefore } = await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __parts: string[]; __drags: number[]; __renders: number[]; __interactions: Map<number, number>; __countBefore: number };
    // Our own work per frame (compute + draw), from the figure element's User Timing measures.
    const renders = [...w.__renders];
    const interactionCount = (performance as unknown as { interactionCount: number }).interactionCount;
    return { long: [...w.__long], parts: [...w.__parts], drags: [...w.__drags], renders, interactions: [...w.__interactions.values()], interactionCount, countBefore: w.__countBefore };
  });
  // Interactions Event Timing did not report took under 16 ms; they count, as 0, so the quantiles are over all.
  const unreported = Math.max(0, interactionCount - countBefore - interactions.length);
  const latencies = [...interactions, ...new Array<number>(unreported).fill(0)];
  if (process.env.BENCH_DETAIL) console.log(parts.slice(0, 40), drags.map(Math.round).join(' '));
  return { long, drags, renders, latencies };
}

async function interact(page: Page, scope: Locator): Promise<Measured> {
  await reset(page);
  let inputs = 0;
  for (const slider of await scope.locator('input[type="range"]').all()) {
    const box = await slider.boundingBox();
    if (!box) continue;
    // A real drag: press on the thumb's side, sweep across and back in small moves.
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    for (let k = 0; k <= 40; k++) {
      const t = k <= 20 ? k / 20 : (40 - k) / 20;
      await page.mouse.move(box.x + 4 + t * (box.width - 8), box.y + box.height / 2);
      inputs++;
      if (MOVE_GAP) await page.waitForTimeout(MOVE_GAP);
    }
    await page.mouse.up();
    // Keyboard stepping, as a scrubber is used.
    await slider.focus();
    for (let k = 0; k < 15; k++) {
      await page.keyboard.press('ArrowRight');
      inputs++;
      if (KEY_GAP) await page.waitForTimeout(KEY_GAP);
    }
  }
  return { inputs, ...(await collect(page)) };
}

/**
 * Drags one data point up and down with the mouse (the fit, residuals and loss follow every frame), then moves
 * it with the point editor's arrow keys. The first press loads the editor's code; the drag continues through it.
 */
async function dragPoint(page: Page, figure: Locator): Promise<Measured> {
  await reset(page);
  // One-input data is labelled "data"; two-class data "class 0" (circles) and "class 1".
  const dot = figure.locator('[data-plot] :is([aria-label="data"], [aria-label="class 0"]) circle').nth(4);
  await dot.scrollIntoViewIfNeeded();
  const box = (await dot.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  let inputs = 0;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 0; k <= 40; k++) {
    const t = k <= 20 ? k / 20 : (40 - k) / 20;
    await page.mouse.move(x, y - t * 80);
    inputs++;
    if (MOVE_GAP) await page.waitForTimeout(MOVE_GAP);
  }
  await page.mouse.up();
  // Focus without scrolling: the reader watches the plot, where the point moves. (Scrolled to the editor, the
  // plot of a tall figure left the screen, nothing visible changed, and Event Timing waited for a paint that
  // came only after the last key, reporting ~800 ms for presses that took ~10.)
  await figure.locator('[data-points-keys]').evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
  for (let k = 0; k < 15; k++) {
    await page.keyboard.press('ArrowUp');
    inputs++;
    if (KEY_GAP) await page.waitForTimeout(KEY_GAP);
  }
  return { inputs, ...(await collect(page)) };
}

const BASELINE = 'baseline: bare slider';

interface Measured {
  inputs: number;
  long: number[];
  /** Input event → next painted frame, per input event. */
  drags: number[];
  /** Our compute + draw per frame. */
  renders: number[];
  /** INP-style latency of every interaction (0 for those under Event Timing's 16 ms threshold). */
  latencies: number[];
}

const median = (values: number[]) => quantile(values, 0.5);

/** One row per figure: the median over rounds of each round's p50 / p95, and the p95 as a multiple of the bare slider's. */
function summarise(runs: Record<string, Measured[]>): Record<string, Record<string, string | number>> {
  const baseline = runs[BASELINE] ?? [];
  const rows: Record<string, Record<string, string | number>> = {};
  for (const [name, measured] of Object.entries(runs)) {
    if (measured[0].inputs === 0) continue; // no slider to drag (a toggle only)
    const over = (pick: (m: Measured) => number[], q: number) => median(measured.map((m) => quantile(pick(m), q)).filter(Number.isFinite));
    const ratios = measured.map((m, i) => quantile(m.drags, 0.95) / quantile(baseline[i]?.drags ?? [], 0.95)).filter(Number.isFinite);
    const below16 = (ms: number) => (ms < 16 ? '<16' : Math.round(ms));
    rows[name] = {
      interactions: measured[0].latencies.length,
      'interaction p50 (ms)': below16(over((m) => m.latencies, 0.5)),
      'interaction p95 (ms)': below16(over((m) => m.latencies, 0.95)),
      'input events': measured[0].inputs,
      'every input p50 (ms)': Math.round(over((m) => m.drags, 0.5)),
      'every input p95 (ms)': Math.round(over((m) => m.drags, 0.95)),
      '× bare (p95)': name === BASELINE ? 1 : median(ratios).toFixed(1),
      'our render p50 (ms)': over((m) => m.renders, 0.5).toFixed(1),
      'our render p95 (ms)': over((m) => m.renders, 0.95).toFixed(1),
      'long tasks >50 ms (all rounds)': measured.reduce((n, m) => n + m.long.filter((d) => d > 50).length, 0),
    };
  }
  return rows;
}

async function chapterPaths(origin: string): Promise<string[]> {
  const html = await (await fetch(origin)).text();
  return [...new Set([...html.matchAll(/href="(\/chapters\/[^"]+)"/g)].map((m) => m[1]))];
}

if ((import.meta as ImportMeta & { main?: boolean }).main) await runFigureBench();
