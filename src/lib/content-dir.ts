/**
 * Where the course lives: `chapters/`, `course.json` and `glossary.json`. `content` by default; the
 * `CONTENT_DIR` environment variable (relative to the project root, or absolute) points the whole site at
 * another course, e.g. `CONTENT_DIR=tests/fork/course astro build`. Error messages name files under it.
 *
 * Read in Node only (astro.config.mjs, content.config.ts, the build's prerendering, scripts), never in a browser.
 */
export const CONTENT_DIR = (process.env.CONTENT_DIR || 'content').replace(/^\.\/(?=.)/, '').replace(/(?<=.)\/+$/, '');

/** A path inside the content folder as messages show it: `content/chapters`, `tests/fork/course/course.json`. */
export function contentPath(...parts: string[]): string {
  return [CONTENT_DIR, ...parts].join('/');
}
