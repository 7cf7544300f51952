import { defineConfig } from 'vitest/config';
import { textModules } from './src/build/text-modules.ts';

// Unit tests only: the nn module, figure state and plot snapshots, content lint.
// Browser tests live in tests/e2e and run under Playwright against a built preview.
export default defineConfig({
  // The course's words, as the build serves them (English for the default course).
  plugins: [textModules('content', 'content')],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/figures/**/*.test.ts'],
    environment: 'node',
    // Figures look their data up by id; the build registers content/datasets, and so must the tests.
    setupFiles: ['tests/setup-datasets.ts'],
  },
});
