export {};
/**
 * `npm run bench`: speed reports, never tests. Runs each benchmark in turn and prints its table.
 * Shared machines are noisy, so every benchmark measures its contenders side by side in one run and reports
 * medians and ratios. `npm run bench -- nn` or `-- figures` runs one.
 */
const only = process.argv[2];

if (!only || only === 'nn') {
  const { runNnBench } = await import('./nn.ts');
  await runNnBench({ log: true });
}
if (!only || only === 'figures') {
  const { runFigureBench } = await import('./figures.ts');
  await runFigureBench();
}
