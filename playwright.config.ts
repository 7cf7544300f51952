import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.ts';
import { registerTextModules } from './src/build/node-text-modules.ts';

// Specs import a few of the site's own modules (the embed code, the figure folders), which take their words from
// virtual:text/…: let this process and its workers, which load this file too, resolve those as the build does.
registerTextModules();

// E2E_PORT lets two checkouts run their suites at once.
const port = Number(process.env.E2E_PORT ?? 4329);
const executablePath = chromiumPath();
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
// E2E_BASE_URL points the suite at a server you already run (say `astro dev --port 4400 --ignore-lock`);
// by default it starts `astro preview` of the build in dist/.
const external = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: external ?? `http://localhost:${port}${base}`,
    launchOptions: {
      executablePath: executablePath && executablePath !== 'missing' ? executablePath : undefined,
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
  webServer: external
    ? undefined
    : {
        command: `astro preview --port ${port} --host localhost --ignore-lock`,
        url: `http://localhost:${port}${base}`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
        env: { ASTRO_TELEMETRY_DISABLED: '1' },
      },
});
