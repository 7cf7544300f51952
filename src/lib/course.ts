import { z } from 'astro/zod';
// `@content` is the content folder (CONTENT_DIR, default content/): an alias set in astro.config.mjs.
import raw from '@content/course.json';
import { contentPath } from './content-dir.ts';

/** Course metadata a fork edits first: titles, footer and <meta> come from here. */
const courseSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().default(''),
    author: z.string().min(1),
    language: z.string().min(2),
    license: z.string().min(1),
    licenseUrl: z.string().default(''),
    repository: z.string().default(''),
  })
  .strict();

const parsed = courseSchema.safeParse(raw);
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new Error(`${contentPath('course.json')} is invalid — ${problems}`);
}

export const course = parsed.data;
export type Course = typeof course;
