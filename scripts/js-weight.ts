/** Measures the JavaScript a page fetches, in gzip bytes: used by the budget test and the figure benchmark. */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Starts recording the body of every script the page fetches. */
export function watchScripts(page: Page): Map<string, Buffer> {
  const bodies = new Map<string, Buffer>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      bodies.set(response.url(), await response.body());
    } catch {
      /* the page navigated away before the body arrived */
    }
  });
  return bodies;
}

/** Total gzip size (level 9, as a server would send it) of the recorded scripts. */
export function gzipBytes(bodies: Map<string, Buffer>): number {
  let total = 0;
  for (const body of bodies.values()) total += gzipSync(body, { level: 9 }).length;
  return total;
}
