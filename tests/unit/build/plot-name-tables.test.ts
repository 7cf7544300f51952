/**
 * The name-table plugin must replace exactly the entries Plot names in its tables and we do not keep, leave what
 * Plot needs to draw x/y charts, keep every scheme Plot falls back on, and let the bundler drop what nobody reads.
 * If a Plot upgrade adds a projection, scheme or curve, the first tests fail (the new one would stay bundled); if
 * it changes a default scheme to one we replaced, the defaults test fails.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, parseAst, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { MAP_PROJECTIONS, TRIMMED, markInitialisersPure, notBundled, plotNameTables, shimSource, type Trimmed } from '../../../src/build/plot-name-tables.ts';

const plotSrc = join(process.cwd(), 'node_modules/@observablehq/plot/src');
const byPackage = (name: string): Trimmed => TRIMMED.find((t) => t.package === name)!;
// Plot's dependencies, not ours, and shipping no types: loaded by name, as Plot's bundle reaches them.
const load = (name: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ name);

/** The names a Plot source file imports from d3 that are entries of `trimmed`. */
function plotImports(file: string, trimmed: Trimmed): string[] {
  const source = readFileSync(join(plotSrc, file), 'utf8');
  const names = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"d3"/g)].flatMap((m) => m[1].split(','));
  return names.map((s) => s.trim()).filter((name) => trimmed.entry(name) !== null);
}

/** The names the shim replaces with stand-ins. */
async function replaced(trimmed: Trimmed): Promise<string[]> {
  const real = await load(trimmed.package);
  return Object.keys(real).filter((name) => {
    const entry = trimmed.entry(name);
    return entry !== null && !trimmed.kept.includes(entry.key);
  });
}

async function importShim(trimmed: Trimmed, names: string[]): Promise<Record<string, unknown>> {
  const source = shimSource(trimmed, names).replace(JSON.stringify(trimmed.package), JSON.stringify(import.meta.resolve(trimmed.package)));
  return import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(source)}`);
}

describe('plot-name-tables: what is replaced', () => {
  it('replaces every map projection Plot imports, and keeps what its x/y drawing uses', async () => {
    const geo = byPackage('d3-geo');
    expect(plotImports('projection.js', geo).sort()).toEqual([...MAP_PROJECTIONS].sort());
    const kept = ['geoClipRectangle', 'geoPath', 'geoStream', 'geoTransform'];
    for (const name of kept) expect(geo.entry(name), name).toBeNull();
    expect((await replaced(geo)).sort()).toEqual([...MAP_PROJECTIONS].sort());
  });

  it('each kept scheme and curve is a real export, and every one Plot names is either kept or replaced', async () => {
    for (const [file, pkg] of [['scales/schemes.js', 'd3-scale-chromatic'], ['curve.js', 'd3-shape']] as const) {
      const trimmed = byPackage(pkg);
      const real = await load(pkg);
      const named = plotImports(file, trimmed);
      expect(named.length, file).toBeGreaterThan(10);
      for (const name of named) expect(name in real, `${name} in ${pkg}`).toBe(true);
      const keys = new Set(named.map((name) => trimmed.entry(name)!.key));
      for (const key of trimmed.kept) expect(keys.has(key), `${pkg} keeps ${key}, which Plot names`).toBe(true);
      const gone = await replaced(trimmed);
      for (const name of named) expect(trimmed.kept.includes(trimmed.entry(name)!.key) || gone.includes(name), name).toBe(true);
    }
  });

  it('keeps every colour scheme Plot falls back on when a figure names none', () => {
    // The scheme keys of Plot's tables, then every one of them written on a line of Plot's scales that picks a
    // scheme: `scheme = "rdylbu"`, `scheme !== undefined ? scheme : "rdbu"`, `? "turbo" : "observable10"`.
    const tables = readFileSync(join(plotSrc, 'scales/schemes.js'), 'utf8');
    const keys = new Set([...tables.matchAll(/\["([a-z0-9-]+)",/g)].map((m) => m[1]));
    const defaults = new Set<string>();
    for (const file of readdirSync(join(plotSrc, 'scales'))) {
      for (const line of readFileSync(join(plotSrc, 'scales', file), 'utf8').split('\n')) {
        if (!/scheme/i.test(line) || /^\s*\[/.test(line)) continue;
        for (const m of line.matchAll(/"([a-z0-9-]+)"/g)) if (keys.has(m[1])) defaults.add(m[1]);
      }
    }
    // The cyclical default (rainbow) is left out on purpose: no figure has a cyclical colour scale.
    defaults.delete('rainbow');
    expect([...defaults].sort()).toEqual(['greys', 'observable10', 'rdbu', 'rdylbu', 'turbo']);
    const kept = byPackage('d3-scale-chromatic').kept;
    for (const name of defaults) expect(kept, name).toContain(name);
  });
});

describe('plot-name-tables: the shim', () => {
  it('a replaced entry throws the message; a kept one is the package\'s own', async () => {
    const geo = byPackage('d3-geo');
    const geoShim = await importShim(geo, Object.keys(await load('d3-geo')));
    expect(() => (geoShim.geoMercator as () => void)()).toThrow(notBundled(geo));
    expect(geoShim.geoPath).toBe((await load('d3-geo')).geoPath);

    const chromatic = byPackage('d3-scale-chromatic');
    const real = await load('d3-scale-chromatic');
    const shim = await importShim(chromatic, Object.keys(real));
    expect(shim.interpolateViridis).toBe(real.interpolateViridis);
    expect(shim.schemeObservable10).toBe(real.schemeObservable10);
    expect(() => (shim.interpolateMagma as (t: number) => string)(0.5)).toThrow(notBundled(chromatic));
    expect(() => (shim.schemeBlues as string[][])[3]).toThrow(/viridis, turbo/);

    const shape = byPackage('d3-shape');
    const curves = await importShim(shape, Object.keys(await load('d3-shape')));
    expect(curves.curveLinear).toBe((await load('d3-shape')).curveLinear);
    expect(curves.line).toBe((await load('d3-shape')).line);
    expect(() => (curves.curveBasis as () => void)()).toThrow('only these line curves: linear');
  });

  it('resolves each package to its shim, except from the shim itself', () => {
    const resolveId = plotNameTables().resolveId as (id: string, importer?: string) => string | null;
    for (const { package: pkg } of TRIMMED) {
      const shimId = resolveId(pkg, '/node_modules/d3/dist/d3.mjs');
      expect(shimId).toContain(pkg);
      expect(resolveId(pkg, shimId!)).toBeNull();
    }
    expect(resolveId('d3-array', '/node_modules/d3/dist/d3.mjs')).toBeNull();
  });
});

describe('plot-name-tables: pure initialisers', () => {
  it('wraps top-level call initialisers, and nothing else', () => {
    const code = 'var a = f("x"), b = 2;\nvar c = new Array(3).concat([1]).map(g);\nfunction h() { var d = f(); }\nf(1);\n';
    const out = markInitialisersPure(code, parseAst(code).body as never);
    expect(out).toBe('var a = /*#__PURE__*/ (() => f("x"))(), b = 2;\nvar c = /*#__PURE__*/ (() => new Array(3).concat([1]).map(g))();\nfunction h() { var d = f(); }\nf(1);\n');
  });

  it('lets the build drop the schemes and curves nobody reads', async () => {
    const entry = 'virtual-entry';
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [
        plotNameTables(),
        { name: 'entry', resolveId: (id) => (id.endsWith(entry) ? `\0${entry}` : null), load: (id) => (id === `\0${entry}` ? `export { interpolateViridis } from 'd3-scale-chromatic'; export { line } from 'd3-shape';` : null) },
      ],
      build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'out' } },
    }) as Rollup.RollupOutput[] | Rollup.RollupOutput;
    const code = (Array.isArray(output) ? output[0] : output).output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('');
    expect(code).toContain('440154'); // viridis's first colour
    expect(code).not.toContain('7fc97f'); // Accent's, which nothing reads
    expect(code).not.toContain('custom(beta)'); // curveBundle, built at the top level by an immediately called function
  });
});
