/**
 * The course's words for code that runs in plain Node rather than under Vite: a figure's `state.ts` names its
 * props' labels from `virtual:text/<namespace>`, and the MDX check (loaded with astro.config.mjs, before any
 * Vite plugin exists), `npm run new-chapter` and the unit tests read those files directly. Node's module hooks
 * answer the same specifiers with the same source text-modules.ts gives the bundle.
 */
import { registerHooks } from 'node:module';
import { CONTENT_DIR } from '../lib/content-dir.ts';
import { courseText, type CourseText } from './locales.ts';
import { textModule } from './text-modules.ts';

const PREFIX = 'virtual:text/';
let registered = false;

/** Lets this process's Node `import`/`require` resolve `virtual:text/…`, once; later calls do nothing. */
export function registerTextModules(contentDir = CONTENT_DIR): void {
  if (registered) return;
  registered = true;
  let text: CourseText | undefined;
  registerHooks({
    resolve: (specifier, context, next) => (specifier.startsWith(PREFIX) ? { url: specifier, shortCircuit: true } : next(specifier, context)),
    load: (url, context, next) =>
      url.startsWith(PREFIX)
        ? { format: 'module', source: textModule((text ??= courseText(contentDir, contentDir)), url.slice(PREFIX.length)), shortCircuit: true }
        : next(url, context),
  });
}
