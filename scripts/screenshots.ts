/**
 * Looks at pages as readers see them: desktop, phone, dark and print (PDF + PNG of page 1).
 * Usage: node scripts/screenshots.ts http://localhost:4321 /chapters/one-neuron/ [more paths…]
 * Writes to screenshots/ (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const [origin, ...paths] = process.argv.slice(2);
if (!origin || paths.length === 0) {
  console.error('usage: node scripts/screenshots.ts <origin> <path> [path…]');
  process.exit(2);
}
const executablePath = chromiumPath();
const browser = await chromium.launch({ executablePath: executablePath === 'missing' ? undefined : executablePath, args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const, isMobile: true },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const, isMobile: false },
];
for (const path of paths) {
  const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
  for (const view of views) {
    const context = await browser.newContext({ viewport: view.viewport, colorScheme: view.colorScheme, isMobile: view.isMobile, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    if (process.env.SCROLL) {
      await page.mouse.wheel(0, Number(process.env.SCROLL));
      await page.waitForTimeout(800);
    }
    await page.screenshot({ path: `screenshots/${slug}-${view.name}.png`, fullPage: !process.env.SCROLL });
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `screenshots/${slug}-print.pdf`, format: 'A4', printBackground: true });
  await context.close();
}
await browser.close();
console.log('screenshots written to screenshots/');
