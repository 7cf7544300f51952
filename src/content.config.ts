import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter-schema.ts';
import { contentPath } from './lib/content-dir.ts';

/** Chapters: one MDX file each (in content/chapters, or CONTENT_DIR's), read both as an essay page and as a slide deck. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentPath('chapters') }),
  schema: chapterSchema,
});

export const collections = { chapters };
