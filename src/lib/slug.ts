/**
 * A chapter's address from its file name: the name after the order number (`02-one-neuron.mdx` → `one-neuron`).
 * Pure, so the scripts and tests that run outside Astro (the slide check, the browser tests) read it from here
 * rather than from chapters.ts, which imports astro:content.
 */
export function slugOf(file: string): string {
  return file.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}
