/**
 * Static checks of the built site in dist/ (run by `npm test` after the build):
 *   - every page is valid HTML (html-validate, "standard" preset);
 *   - every internal link and asset resolves to a built file, and every #anchor to an element on its page.
 * Works under a base path: BASE_PATH=/course/ makes "/course/x/" mean dist/x/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

function pages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...pages(path));
    } else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

const files = pages(dist);
const problems: string[] = [];

// 1. HTML validity.
const validate = spawnSync(process.execPath, ['node_modules/html-validate/bin/html-validate.mjs', '--preset', 'standard', '--formatter', 'text', ...files], { encoding: 'utf8' });
if (validate.status !== 0) problems.push(`html-validate found errors:\n${validate.stdout}${validate.stderr}`);

// 2. Internal links and anchors.
const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    ids.set(file, set);
  }
  return set;
}

/** The built file a site path points at, or null. */
function target(path: string): string | null {
  if (!path.startsWith(base)) return null;
  const inside = decodeURIComponent(path.slice(base.length));
  const candidates = [join(dist, inside), join(dist, inside, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

let checked = 0;
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const pagePath = `${base}${relative(dist, file).replace(/index\.html$/, '').split('\\').join('/')}`;
  for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const value = raw.replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|data:|blob:|javascript:)/.test(value) || value === '') continue;
    checked++;
    const url = new URL(value, `http://site${pagePath}`);
    const where = `${relative(dist, file)}: ${attr}="${value}"`;
    const built = target(url.pathname);
    if (!built) {
      problems.push(`${where} points at nothing in ${dist}/ (expected under ${base})`);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    // Deck addresses (#/3/1) are positions, not element ids.
    if (anchor && !anchor.startsWith('/') && built.endsWith('.html') && !idsOf(built).has(anchor)) {
      problems.push(`${where}: no element with id "${anchor}" on that page`);
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n✗ ${problems.length} problem(s) in ${files.length} pages.`);
  process.exit(1);
}
console.log(`✓ ${files.length} pages valid HTML; ${checked} internal links and anchors resolve.`);
