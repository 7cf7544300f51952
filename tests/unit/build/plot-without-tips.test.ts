/**
 * Plot without its tip mark and pointer interaction: every name any Plot module imports from the two must have a
 * stand-in (a Plot upgrade that imports another fails the first test, before a build could break), the stand-ins
 * throw with a message that names the plugin, only Plot's own imports are redirected, and no figure source asks
 * Plot for a tip.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_BUNDLED, STUBBED, stubSource, stubbedPath } from '../../../src/build/plot-without-tips.ts';

const plotSrc = join(process.cwd(), 'node_modules/@observablehq/plot/src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : []));
}

describe('Plot without tips', () => {
  it('has a stand-in for every name a Plot module imports from the stubbed modules', () => {
    const wanted = new Map<string, Set<string>>();
    for (const file of filesUnder(plotSrc)) {
      const source = readFileSync(file, 'utf8');
      for (const [, names, from] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
        const path = stubbedPath(from, file);
        if (!path) continue;
        const set = wanted.get(path) ?? new Set<string>();
        for (const name of names.split(',')) set.add(name.trim().split(/\s+as\s+/)[0]);
        wanted.set(path, set);
      }
    }
    // Both are imported by Plot's plot() (the tip) and by the tip (the pointer's anchors).
    expect([...wanted.keys()].sort()).toEqual(Object.keys(STUBBED).sort());
    for (const [path, names] of wanted) for (const name of names) expect(STUBBED[path], `${name} from ${path}`).toContain(name);
  });

  it('redirects only imports made from inside Plot', () => {
    expect(stubbedPath('./marks/tip.js', join(plotSrc, 'plot.js'))).toBe('/marks/tip.js');
    expect(stubbedPath('../interactions/pointer.js', join(plotSrc, 'marks/tip.js'))).toBe('/interactions/pointer.js');
    expect(stubbedPath('./marks/tip.js', join(process.cwd(), 'src/figures/neuron-line/plot.ts'))).toBeUndefined();
    expect(stubbedPath('./marks/text.js', join(plotSrc, 'plot.js'))).toBeUndefined();
  });

  it('gives stand-ins that throw, naming the plugin', async () => {
    const code = stubSource(STUBBED['/marks/tip.js']);
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, () => unknown>;
    expect(() => module.tip()).toThrow(NOT_BUNDLED);
    expect(NOT_BUNDLED).toContain('src/build/plot-without-tips.ts');
  });

  it('is safe: no figure gives a mark a tip, or calls Plot.tip or Plot.pointer', () => {
    const sources = readdirSync(join(process.cwd(), 'src/figures'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name));
    for (const file of sources) {
      const source = readFileSync(file, 'utf8');
      expect(source, relative(process.cwd(), file)).not.toMatch(/\btip\s*:|Plot\.(tip|pointer|pointerX|pointerY|crosshair)\b/);
    }
  });
});
