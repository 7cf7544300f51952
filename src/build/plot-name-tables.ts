/**
 * A Vite plugin that bundles only the map projections, colour schemes and line curves the figures can use.
 *
 * Observable Plot looks all three up by name in tables (src/projection.js, src/scales/schemes.js, src/curve.js),
 * so a bundler keeps every entry: fourteen map projections with the spherical maths behind them (6.3 KB gzip), 87
 * lists of hex colours with their interpolators and twenty curve classes (7.8 KB more), on every chapter page and
 * deck, for figures that draw no maps, use viridis and join points with straight segments. Worse,
 * d3-scale-chromatic and d3-shape ship as flat modules whose top-level calls (`colors("…")`, `ramp(…)`,
 * `(function custom(beta) {…})(0.85)`) a bundler cannot prove free of side effects, so it keeps even the entries
 * nobody names.
 *
 * Per package in `TRIMMED`:
 * 1. Plot receives a copy of the package whose unkept entries are stand-ins that throw when used. A figure asking
 *    Plot for one of those fails loudly with the message below; it never draws something else. Everything else
 *    (for d3-geo: geoPath, geoTransform, geoClipRectangle, the stream helpers Plot's x/y drawing goes through) is
 *    the package's own.
 * 2. Where `pureInitialisers` says the module's top-level calls only build values, each is wrapped in an annotated
 *    pure call, so the bundler drops those that nothing reads.
 *
 * Only the build's module graph changes: `npm run dev` pre-bundles Plot whole, and the unit tests (which draw the
 * figures' SVG) import the real packages.
 */
import type { Plugin } from 'vite';

export interface Trimmed {
  /** The d3 package Plot reaches through the `d3` bundle. */
  package: string;
  /** Which exports of it are table entries; `kind` says what a stand-in must look like. */
  entry: (name: string) => { key: string; kind: 'function' | 'list' } | null;
  /** The table keys kept real, lower case. */
  kept: readonly string[];
  /** What the entries are, for the error a figure gets when it asks for one not kept. */
  keptWhy: string;
  /** The module's top-level calls only build values, so unread ones may be dropped. */
  pureInitialisers: boolean;
}

/** The projections Plot's table names (Plot 0.6.17): none is kept, since no figure draws a map. */
export const MAP_PROJECTIONS = [
  'geoAlbers', 'geoAlbersUsa', 'geoAzimuthalEqualArea', 'geoAzimuthalEquidistant', 'geoConicConformal',
  'geoConicEqualArea', 'geoConicEquidistant', 'geoEqualEarth', 'geoEquirectangular', 'geoGnomonic', 'geoMercator',
  'geoOrthographic', 'geoStereographic', 'geoTransverseMercator',
] as const;

export const TRIMMED: readonly Trimmed[] = [
  {
    package: 'd3-geo',
    entry: (name) => ((MAP_PROJECTIONS as readonly string[]).includes(name) ? { key: name, kind: 'function' } : null),
    kept: [],
    keptWhy: 'map projections',
    // d3-geo's module-level adders and streams are shared state: leave its top level alone.
    pureInitialisers: false,
  },
  {
    package: 'd3-scale-chromatic',
    entry: (name) => {
      const match = /^(scheme|interpolate)([A-Z][A-Za-z0-9]*)$/.exec(name);
      return match ? { key: match[2].toLowerCase(), kind: match[1] === 'scheme' ? 'list' : 'function' } : null;
    },
    // viridis for the loss landscapes; the rest are what Plot picks when a figure names no scheme: turbo
    // (sequential, ordinal), rdbu (diverging), rdylbu (threshold, quantile, quantize), observable10
    // (categorical), greys (booleans).
    kept: ['viridis', 'turbo', 'rdbu', 'rdylbu', 'observable10', 'greys'],
    keptWhy: 'colour schemes',
    pureInitialisers: true,
  },
  {
    package: 'd3-shape',
    entry: (name) => (/^curve[A-Z]/.test(name) ? { key: name.slice('curve'.length).toLowerCase(), kind: 'function' } : null),
    // Plot's lines, areas and links default to straight segments (its curveAuto falls back to curveLinear).
    kept: ['linear'],
    keptWhy: 'line curves',
    pureInitialisers: true,
  },
];

const SHIM_PREFIX = '\0trimmed:';

export function notBundled(trimmed: Trimmed): string {
  const kept = trimmed.kept.length ? `only these ${trimmed.keptWhy}: ${trimmed.kept.join(', ')}` : `no ${trimmed.keptWhy}`;
  return `Bending Lines bundles ${kept} (src/build/plot-name-tables.ts).`;
}

/** The shim's source: the real package, with every unkept entry replaced (own exports win over `export *`). */
export function shimSource(trimmed: Trimmed, exportNames: readonly string[]): string {
  const functions: string[] = [];
  const lists: string[] = [];
  for (const name of exportNames) {
    const entry = trimmed.entry(name);
    if (!entry || trimmed.kept.includes(entry.key)) continue;
    (entry.kind === 'list' ? lists : functions).push(name);
  }
  return [
    `export * from ${JSON.stringify(trimmed.package)};`,
    `const unbundled = () => { throw new Error(${JSON.stringify(notBundled(trimmed))}); };`,
    // Plot reads a scheme's entries only when a scale asks for it, so a list that throws on reading is enough.
    `const unbundledList = new Proxy([], { get: unbundled });`,
    functions.length ? `export { ${functions.map((n) => `unbundled as ${n}`).join(', ')} };` : '',
    lists.length ? `export { ${lists.map((n) => `unbundledList as ${n}`).join(', ')} };` : '',
  ].join('\n');
}

/** The node types whose evaluation is a call the bundler would otherwise keep. */
const CALLS = new Set(['CallExpression', 'NewExpression']);

interface Node { type: string; start: number; end: number }
export interface Statement extends Node { declarations?: { init?: Node | null }[] }

/**
 * Wraps each top-level `var name = call(…)` initialiser in `/*#__PURE__*\/ (() => call(…))()`, so that the bundler
 * may drop it when `name` is unused. Only for modules whose top-level calls build values and touch nothing else,
 * as these d3 packages' do.
 */
export function markInitialisersPure(code: string, body: readonly Statement[]): string {
  const inits = body
    .filter((node) => node.type === 'VariableDeclaration')
    .flatMap((node) => node.declarations ?? [])
    .map((declarator) => declarator.init)
    .filter((init): init is Node => init != null && CALLS.has(init.type))
    .sort((a, b) => b.start - a.start);
  let out = code;
  for (const init of inits) {
    out = `${out.slice(0, init.start)}/*#__PURE__*/ (() => ${out.slice(init.start, init.end)})()${out.slice(init.end)}`;
  }
  return out;
}

/** The flat module a package's `import` resolves to (both ship dist/<name>.mjs). */
function isDistOf(id: string, pkg: string): boolean {
  return id.replaceAll('\\', '/').endsWith(`/node_modules/${pkg}/dist/${pkg}.mjs`);
}

export function plotNameTables(trimmed: readonly Trimmed[] = TRIMMED): Plugin {
  const byPackage = new Map(trimmed.map((t) => [t.package, t]));
  const byShim = new Map(trimmed.map((t) => [SHIM_PREFIX + t.package, t]));
  return {
    name: 'bending-lines:plot-name-tables',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, importer) {
      // The shim's own `export * from '<package>'` must reach the real package.
      if (byPackage.has(id) && importer !== SHIM_PREFIX + id) return SHIM_PREFIX + id;
      return null;
    },
    async load(id) {
      const t = byShim.get(id);
      if (!t) return null;
      return shimSource(t, Object.keys(await import(/* @vite-ignore */ t.package)));
    },
    transform(code, id) {
      if (!trimmed.some((t) => t.pureInitialisers && isDistOf(id, t.package))) return null;
      const program = this.parse(code) as unknown as { body: Statement[] };
      return { code: markInitialisersPure(code, program.body), map: null };
    },
  };
}
