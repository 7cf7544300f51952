import { isAbsolute, relative } from 'node:path';

/**
 * How build errors name an MDX file: relative to the project (`content/chapters/02-one-neuron.mdx`), or absolute
 * when the file lives outside it (a fork's course elsewhere), where a `../../` path would only puzzle.
 */
export function sourcePath(root: string, path: string | undefined): string {
  if (!path) return 'an MDX file';
  const inside = relative(root, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
