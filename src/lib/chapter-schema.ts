import { z } from 'astro/zod';

/**
 * Frontmatter every chapter must carry. Astro reports a mismatch with the file and the field,
 * e.g. `chapters → 02-one-neuron data does not match collection schema. order: Expected number`.
 */
export const chapterSchema = z
  .object({
    title: z.string().min(1, 'title must not be empty'),
    order: z.number().int().positive(),
    summary: z.string().min(1, 'summary must not be empty').max(240, 'summary: keep it under 240 characters'),
    /** Minutes the slides take to present; the presenter timer counts towards it. */
    duration: z.number().positive().optional(),
  })
  .strict();

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
