/**
 * A Vite plugin that bundles Observable Plot without its tip mark and pointer interaction.
 *
 * Plot's `plot()` imports both so that any mark's `tip` option can add a tooltip that follows the pointer
 * (src/plot.js, inferTips), so a bundler keeps them (about 9.5 KB minified, 3 KB gzip) on every chapter, deck
 * and embed, though no figure sets `tip`: our figures say their values in readouts, descriptions and their own
 * hover labels. Here Plot's own imports of the two modules reach stand-ins that throw, naming this file, if a
 * figure ever asks for a tip; `inferTips` touches them only for a mark with a `tip` option.
 *
 * Only the build's module graph changes, as with plot-name-tables.ts: `npm run dev` and the unit tests use Plot
 * whole.
 */
import type { Plugin } from 'vite';

/** Plot's modules replaced, by the path they end with, and the names Plot's other modules import from them. */
export const STUBBED: Readonly<Record<string, readonly string[]>> = {
  '/marks/tip.js': ['Tip', 'tip'],
  '/interactions/pointer.js': ['pointer', 'pointerX', 'pointerY', 'anchorX', 'anchorY'],
};

const PREFIX = '\0plot-stub:';

export const NOT_BUNDLED = "Bending Lines bundles Plot without its tip mark and pointer interaction (src/build/plot-without-tips.ts); use a figure's readouts or labels instead.";

/** The stand-in module: every name Plot imports, each throwing when used. */
export function stubSource(names: readonly string[]): string {
  return [
    `const unbundled = () => { throw new Error(${JSON.stringify(NOT_BUNDLED)}); };`,
    `export { ${names.map((name) => `unbundled as ${name}`).join(', ')} };`,
  ].join('\n');
}

/** Which stubbed module an import from inside Plot's sources names, if any. */
export function stubbedPath(source: string, importer: string | undefined): string | undefined {
  if (!importer?.replaceAll('\\', '/').includes('/@observablehq/plot/src/')) return undefined;
  return Object.keys(STUBBED).find((path) => source.endsWith(path));
}

export function plotWithoutTips(): Plugin {
  return {
    name: 'bending-lines:plot-without-tips',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      const path = stubbedPath(source, importer);
      return path ? PREFIX + path : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      return stubSource(STUBBED[id.slice(PREFIX.length)]);
    },
  };
}
