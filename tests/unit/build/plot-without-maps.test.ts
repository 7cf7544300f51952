/**
 * The map-projection shim must replace exactly the projections Plot names in its table, and nothing Plot needs to
 * draw x/y charts. If a Plot upgrade adds a projection, the first test fails (the new one would stay bundled); if
 * it starts importing another d3-geo name, the shim still passes it through, since only the listed names change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_PROJECTIONS, NOT_BUNDLED, plotWithoutMaps, shimSource } from '../../../src/build/plot-without-maps.ts';

// d3-geo ships no types and is no direct dependency: loaded by name, as Plot's bundle reaches it.
const D3_GEO = 'd3-geo';
const geo: Record<string, unknown> = await import(/* @vite-ignore */ D3_GEO);
const plotRoot = join(process.cwd(), 'node_modules/@observablehq/plot');
/** The geo* names Plot's projection.js imports from d3. */
function plotProjectionImports(): string[] {
  const source = readFileSync(join(plotRoot, 'src/projection.js'), 'utf8');
  const block = /import\s*\{([^}]*)\}\s*from\s*"d3"/.exec(source);
  if (!block) throw new Error('projection.js no longer imports from "d3"');
  return block[1].split(',').map((s) => s.trim()).filter((s) => s.startsWith('geo'));
}
/** What Plot keeps using for x/y charts and clipping. */
const KEPT = ['geoClipRectangle', 'geoPath', 'geoStream', 'geoTransform'];

describe('plot-without-maps', () => {
  it('replaces every named projection Plot imports, and only those', () => {
    const imported = plotProjectionImports();
    expect(imported.filter((name) => !KEPT.includes(name)).sort()).toEqual([...MAP_PROJECTIONS].sort());
  });

  it('names only real d3-geo exports', () => {
    for (const name of [...MAP_PROJECTIONS, ...KEPT]) expect(typeof geo[name], name).toBe('function');
  });

  it('a replaced projection throws the message; the rest is d3-geo', async () => {
    const url = `data:text/javascript,${encodeURIComponent(shimSource().replace(`'d3-geo'`, JSON.stringify(import.meta.resolve(D3_GEO))))}`;
    const shim = await import(/* @vite-ignore */ url);
    expect(() => shim.geoMercator()).toThrow(NOT_BUNDLED);
    expect(shim.geoPath).toBe(geo.geoPath);
    expect(shim.geoTransform).toBe(geo.geoTransform);
  });

  it('resolves d3-geo to the shim, except from the shim itself', () => {
    const plugin = plotWithoutMaps();
    const resolveId = plugin.resolveId as (id: string, importer?: string) => string | null;
    const shimId = resolveId('d3-geo', '/node_modules/d3/dist/d3.mjs');
    expect(shimId).toMatch(/d3-geo-without-maps/);
    expect(resolveId('d3-geo', shimId!)).toBeNull();
    expect(resolveId('d3-array', '/node_modules/d3/dist/d3.mjs')).toBeNull();
  });
});
