/**
 * A Vite plugin that serves the course's words as modules, one per namespace of the locale file:
 * `import text from 'virtual:text/figure'` gives the figure kit's strings in the course's language, with the
 * course's own `locale.json` applied. A page's JavaScript then holds only the namespaces its code imports, as
 * its English literals did before. `virtual:text/language` gives the language tag and how it writes numbers.
 *
 * Types come from the English file (src/text/namespaces.d.ts), so a key the code reads and English lacks fails
 * type checking; the build fails when another locale or a course's overrides do not match English.
 */
import type { Plugin } from 'vite';
import { courseText, isPlural, numberMarks, type CourseText, type Strings } from './locales.ts';

const PREFIX = 'virtual:text/';
const RESOLVED = '\0text:';

/**
 * Keys whose strings only pages say (a page's <meta> description, the catalog's summaries and prop descriptions):
 * the browser's copy of a namespace has them empty. A figure's spec names its props' descriptions, so without
 * this every chapter would download the catalog's prose (about 1.7 KB gzip over all figures) and never show it.
 */
export const PAGE_ONLY_KEYS = new Set(['summary', 'description']);

function withoutPageOnly(strings: Strings): Strings {
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => [key, PAGE_ONLY_KEYS.has(key) && typeof value === 'string' ? '' : typeof value === 'string' || isPlural(value) ? value : withoutPageOnly(value)]),
  );
}

/** The module source for one namespace, or for `language`; `forBrowser` empties the page-only keys. */
export function textModule(text: CourseText, namespace: string, forBrowser = false): string {
  if (namespace === 'language') {
    return `export const LANGUAGE = ${JSON.stringify(text.language)};\nexport const NUMBER = ${JSON.stringify(numberMarks(text.language))};`;
  }
  const strings = text.strings[namespace];
  if (strings === undefined || typeof strings === 'string') {
    throw new Error(`${PREFIX}${namespace}: src/locales/en.json has no namespace "${namespace}" (it has ${Object.keys(text.strings).join(', ')})`);
  }
  return `export default ${JSON.stringify(forBrowser ? withoutPageOnly(strings) : strings)};`;
}

export function textModules(contentDir: string, contentLabel: string): Plugin {
  let text: CourseText | undefined;
  const load = (): CourseText => (text ??= courseText(contentDir, contentLabel));
  return {
    name: 'bending-lines:text-modules',
    enforce: 'pre',
    buildStart() {
      // Check the locale once, up front, so a bad translation fails the build before any page renders.
      text = undefined;
      load();
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id, options) {
      if (!id.startsWith(RESOLVED)) return null;
      const current = load();
      for (const file of ['src/locales/en.json', `src/locales/${current.locale}.json`, current.overrides]) if (file) this.addWatchFile(file);
      return textModule(current, id.slice(RESOLVED.length), !options?.ssr);
    },
    handleHotUpdate({ file, server }) {
      // A translator editing a locale in `npm run dev` sees it on the next reload.
      if (file.endsWith('.json') && (file.includes('/src/locales/') || file === load().overrides)) {
        text = undefined;
        for (const [id, module] of server.moduleGraph.idToModuleMap) if (id.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      }
    },
  };
}
