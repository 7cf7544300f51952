/**
 * Imports run one way: pages and layouts on top, then the deck and the figures, then the figure kit, then the
 * neural-net module and the text helpers at the bottom. A file may import its own layer or any layer below it,
 * never one above; so a newcomer can read the kit without the figures, and src/nn without anything else.
 * Two more rules: a figure folder never reaches into the kit's speed/ (the kit decides how to be fast), and the
 * kit never imports a figure folder (that would make the shared part depend on one of its users).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

/** Layers from the top (0) down, by the paths (relative to src/) they hold; the longest matching prefix wins. */
const LAYERS: { name: string; prefixes: string[] }[] = [
  { name: 'pages, layouts, components, lib, mdx', prefixes: ['pages/', 'layouts/', 'components/', 'lib/', 'mdx/', 'content.config.ts', 'content-json.d.ts'] },
  { name: 'deck and figures', prefixes: ['deck/', 'figures/'] },
  { name: 'figure kit', prefixes: ['figures/kit/'] },
  { name: 'nn and text', prefixes: ['nn/', 'text/'] },
];

/** The layer of a path under src/, or undefined for what sits in none (stylesheets, which import nothing). */
function layerOf(path: string): number | undefined {
  let best: { layer: number; length: number } | undefined;
  LAYERS.forEach(({ prefixes }, layer) => {
    for (const prefix of prefixes) if (path.startsWith(prefix) && prefix.length > (best?.length ?? 0)) best = { layer, length: prefix.length };
  });
  return best?.layer;
}

/** `figures/neuron-line/plot.ts` → `neuron-line`; undefined for the kit and for src/figures/*.ts. */
function figureFolderOf(path: string): string | undefined {
  const match = /^figures\/([^/]+)\//.exec(path);
  return match && match[1] !== 'kit' ? match[1] : undefined;
}

/**
 * Imports that break a rule today, each in an area another branch is changing. Remove an entry when its
 * branch merges; the test fails on any violation not listed here, and on a listed one that is gone (so the
 * list cannot go stale).
 * TODO(lead): remove these as the branches that own them land.
 */
const KNOWN: string[] = [
];

const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/**
 * The module specifiers a file imports: static imports and re-exports (at the start of a statement, so doc
 * comments that show an import are not read), side-effect imports, dynamic import() and import.meta.glob.
 */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /(?:^|[;}])\s*(?:import|export)\s[^;'"]*?\sfrom\s*['"]([^'"]+)['"]/gm,
    /(?:^|[;}])\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\.meta\.glob(?:<[^>]*>)?\(\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** Every broken rule in src/, as `file imports specifier (why)`. */
function violations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split('\\').join('/');
    const fromLayer = layerOf(from);
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      const line = `src/${from} imports '${specifier}'`;
      if (!specifier.startsWith('.')) {
        // Packages: only the bottom layer is held to "nothing outside itself" (no DOM, no framework). The course's
        // words (virtual:text/…, served by the build from src/locales) belong to the text layer.
        const ownWords = from.startsWith('text/') && specifier.startsWith('virtual:text/');
        if ((from.startsWith('nn/') || from.startsWith('text/')) && !ownWords) out.push(`${line} (src/${from.split('/')[0]} imports nothing outside itself)`);
        continue;
      }
      const target = posix.normalize(posix.join(dirname(from), specifier.replace(/\?.*$/, '')));
      if (target.startsWith('../')) continue; // outside src/ (content, the project's own config)
      const toLayer = layerOf(target);
      if (fromLayer === undefined || toLayer === undefined) continue;
      const home = ['nn/', 'text/'].find((bottom) => from.startsWith(bottom));
      if (toLayer < fromLayer) out.push(`${line} (${LAYERS[fromLayer].name} must not import ${LAYERS[toLayer].name})`);
      else if (home && !target.startsWith(home)) out.push(`${line} (src/${home.slice(0, -1)} imports nothing outside itself)`);
      if (figureFolderOf(from) && target.startsWith('figures/kit/speed/')) out.push(`${line} (a figure folder must not import the kit's speed/)`);
    }
  }
  return out.sort();
}

describe('import direction in src/', () => {
  const found = violations();
  it('reads imports the way the bundler does', () => {
    expect(
      specifiers(`import a from './a.ts';\nimport {\n  b,\n  type C,\n} from "../b.ts";\nexport * from './c.ts';\nimport './d.css';\nconst e = import('./e.ts');\nconst f = import.meta.glob<X>('./*/f.ts');\n/** import { g } from './g.ts' */`),
    ).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css', './e.ts', './*/f.ts']);
  });
  it('finds the files it checks', () => {
    const files = sourceFiles(SRC).map((f) => relative(SRC, f).split('\\').join('/'));
    for (const expected of ['nn/index.ts', 'figures/kit/contract/spec.ts', 'figures/neuron-line/figure.ts', 'figures/Figure.astro', 'mdx/remark-figures.ts']) {
      expect(files).toContain(expected);
    }
  });
  it('has no import from a lower layer into a higher one, beyond the known list', () => {
    expect(found.filter((v) => !KNOWN.includes(v))).toEqual([]);
  });
  it('lists no known violation that is already fixed', () => {
    expect(KNOWN.filter((v) => !found.includes(v))).toEqual([]);
  });
});
