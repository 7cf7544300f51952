/**
 * A Vite plugin that leaves d3's map projections out of the browser bundle.
 *
 * Observable Plot names every map projection it knows in one table (`namedProjection` in its projection.js), so a
 * bundler must keep all of them, with the spherical maths behind them: about 6 KB gzip on every chapter page, for
 * figures that draw no maps. This plugin hands Plot a `d3-geo` whose named projections (geoAlbers, geoMercator, …)
 * are stand-ins that throw; everything else (geoPath, geoTransform, geoClipRectangle, the stream helpers that
 * Plot's x/y drawing goes through) is d3-geo's own. A figure that asked Plot for `projection: "mercator"` would
 * fail loudly with the message below, never draw something wrong.
 *
 * Only the build's module graph changes: `npm run dev` pre-bundles Plot whole, and the unit tests import the real
 * d3-geo, so both still have the projections.
 */
import type { Plugin } from 'vite';

const SHIM = '\0d3-geo-without-maps';

/** The projections Plot's table refers to (Plot 0.6.17). */
export const MAP_PROJECTIONS = [
  'geoAlbers', 'geoAlbersUsa', 'geoAzimuthalEqualArea', 'geoAzimuthalEquidistant', 'geoConicConformal',
  'geoConicEqualArea', 'geoConicEquidistant', 'geoEqualEarth', 'geoEquirectangular', 'geoGnomonic', 'geoMercator',
  'geoOrthographic', 'geoStereographic', 'geoTransverseMercator',
] as const;

export const NOT_BUNDLED = 'Bending Lines bundles no map projections (src/build/plot-without-maps.ts): a figure cannot use Plot\'s projection option.';

/** The shim's source: d3-geo, with the map projections replaced (a module's own exports win over `export *`). */
export function shimSource(): string {
  return [
    `export * from 'd3-geo';`,
    `const unbundled = () => { throw new Error(${JSON.stringify(NOT_BUNDLED)}); };`,
    `export { ${MAP_PROJECTIONS.map((name) => `unbundled as ${name}`).join(', ')} };`,
  ].join('\n');
}

export function plotWithoutMaps(): Plugin {
  return {
    name: 'bending-lines:plot-without-maps',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, importer) {
      // The shim's own `export * from 'd3-geo'` must reach the real package.
      if (id === 'd3-geo' && importer !== SHIM) return SHIM;
      return null;
    },
    load(id) {
      return id === SHIM ? shimSource() : null;
    },
  };
}
