import { defineConfig } from 'vitest/config';

// Unit tests only: the nn module, figure state and plot snapshots, content lint.
// Browser tests live in tests/e2e and run under Playwright against a built preview.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/figures/**/*.test.ts'],
    environment: 'node',
    // Figures look their data up by id; the build registers content/datasets, and so must the tests.
    setupFiles: ['tests/setup-datasets.ts'],
  },
});
