/** The pages of a build, for the browser tests and the language check. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page the build produced, as site-relative paths (`chapters/one-neuron/`). */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        pages.push(relative(dist, dir).split('\\').join('/').replace(/^(.+)$/, '$1/'));
      }
    }
  };
  walk(dist);
  return pages.sort();
}
