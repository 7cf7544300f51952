import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter-schema.ts';
import { contentPath } from './lib/content-dir.ts';
import { courseDatasets } from './lib/datasets.ts';

/** Chapters: one MDX file each (in content/chapters, or CONTENT_DIR's), read both as an essay page and as a slide deck. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentPath('chapters') }),
  schema: chapterSchema,
});

/**
 * Datasets: `content/datasets/<id>.csv` and an optional `<id>.json` of metadata (or a `.json` that declares a
 * seeded generator). Read and checked by the figure kit's loader, which names the file, line and column of any
 * mistake; the figures and the catalog read the same records.
 */
const datasets = defineCollection({
  loader: () => courseDatasets().map((dataset) => ({ ...dataset })),
});

export const collections = { chapters, datasets };
