import { getCollection, type CollectionEntry } from 'astro:content';
import { contentPath } from './content-dir.ts';
import { slugOf } from './slug.ts';

export { slugOf };

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface Chapter {
  entry: ChapterEntry;
  /** URL segment: the file name without its order prefix (`02-one-neuron.mdx` → `one-neuron`). */
  slug: string;
  /** The source file, for error messages and "edit this page" links. */
  file: string;
  /** Minutes at 230 words a minute, rounded up; figures are not counted. */
  readingMinutes: number;
  /** How many exercises (<Choice>, <Answer>) it has: what the contents counts the reader's progress against. */
  exercises: number;
}

/** Counts the exercises in MDX source, as remark-exercises numbers them (code samples aside). */
export function countExercises(source: string): number {
  return (source.replace(/```[\s\S]*?```/g, ' ').match(/<(Choice|Answer|Sketch)[\s>]/g) ?? []).length;
}


/** Counts prose words in MDX source: drops frontmatter, JSX tags, math and code. */
export function countWords(source: string): number {
  const prose = source
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' x ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every chapter, in course order. Two chapters with the same order, or the same slug, fail the build. */
export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters');
  entries.sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].data.order === entries[i - 1].data.order) {
      throw new Error(
        `${contentPath('chapters')}: ${entries[i - 1].id}.mdx and ${entries[i].id}.mdx both have order ${entries[i].data.order}; each chapter needs its own.`,
      );
    }
  }
  // Two files whose names differ only in their order prefix would be one page: the later would silently replace the
  // earlier at /chapters/<slug>/ while the contents listed both and the deck kept the old slides.
  const bySlug = new Map<string, ChapterEntry>();
  for (const entry of entries) {
    const other = bySlug.get(slugOf(entry.id));
    if (other) {
      throw new Error(
        `${contentPath('chapters')}: ${other.id}.mdx and ${entry.id}.mdx would both be /chapters/${slugOf(entry.id)}/; rename one (the name after the order number is the chapter's address).`,
      );
    }
    bySlug.set(slugOf(entry.id), entry);
  }
  return entries.map((entry) => ({
    entry,
    slug: slugOf(entry.id),
    file: entry.filePath ?? contentPath('chapters', `${entry.id}.mdx`),
    readingMinutes: Math.max(1, Math.ceil(countWords(entry.body ?? '') / 230)),
    exercises: countExercises(entry.body ?? ''),
  }));
}
