/**
 * Every chapter the project ships, and the fork fixture's course, passes the MDX checks as they stand: a new
 * rule (like "props sit on their slider's steps") must not break a chapter the build would then reject.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { loadFigureSpecs } from '../../../src/mdx/remark-figures.ts';
import { chapterRemarkPlugins } from '../../../src/mdx/chapter-plugins.ts';
import { readDatasets } from '../../../src/figures/kit/server/datasets.ts';
import { registerDatasets } from '../../../src/figures/kit/data/registry.ts';

const specs = await loadFigureSpecs();
// The fork's chapters use a dataset only the fork has, as its build (CONTENT_DIR) would register it.
registerDatasets(readDatasets([{ path: 'tests/fork/course/datasets', shown: 'tests/fork/course/datasets' }]));
const folders = ['content/chapters', 'tests/fork/course/chapters'];
const chapters = folders.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => join(dir, f)));

describe('the shipped chapters pass the figure, exercise and slide checks', () => {
  it('finds chapters in both courses', () => {
    for (const dir of folders) expect(chapters.some((path) => path.startsWith(dir)), dir).toBe(true);
  });
  for (const path of chapters) {
    it(path, async () => {
      const value = readFileSync(path, 'utf8');
      await compile({ value, path: join(process.cwd(), path) }, { remarkPlugins: chapterRemarkPlugins(specs) });
    });
  }
});
