import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.ts';

const port = 4329;
const executablePath = chromiumPath();
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: {
      executablePath: executablePath && executablePath !== 'missing' ? executablePath : undefined,
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
  webServer: {
    command: `astro preview --port ${port} --host localhost`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
