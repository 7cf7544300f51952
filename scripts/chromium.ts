/**
 * Which Chromium the tests and scripts drive: Playwright's own when installed, else CHROMIUM_PATH,
 * else Debian's /usr/bin/chromium. The flags keep a headless run quiet on a closed network.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The executable to launch, or undefined when Playwright's bundled browser is present. */
export function chromiumPath(): string | undefined {
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined;
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return 'missing';
}
