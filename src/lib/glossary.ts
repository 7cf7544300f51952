import { z } from 'astro/zod';
// `@content` is the content folder (CONTENT_DIR, default content/): an alias set in astro.config.mjs.
import raw from '@content/glossary.json';
import { contentPath } from './content-dir.ts';
import { closest } from '../text/closest.ts';

/** The glossary: every piece of jargon, defined once, linked from chapters with <Term>. */
const entrySchema = z.object({ term: z.string().min(1), definition: z.string().min(10) }).strict();
const parsed = z.record(z.string().regex(/^[a-z0-9-]+$/, 'glossary ids are lower-case words joined by dashes'), entrySchema).safeParse(raw);
if (!parsed.success) {
  throw new Error(`${contentPath('glossary.json')} is invalid — ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}

export const glossary = parsed.data;
export type GlossaryId = string;

/** The entry for an id, or a build error that names the id and the nearest known one. */
export function lookup(id: string, where = 'a chapter'): { id: string; term: string; definition: string } {
  const entry = glossary[id];
  if (!entry) {
    const hint = closest(id, Object.keys(glossary));
    throw new Error(`${where}: <Term id="${id}"> is not in ${contentPath('glossary.json')}.${hint ? ` Did you mean "${hint}"?` : ''}`);
  }
  return { id, ...entry };
}

/** Glossary ids sorted by their term, for the glossary page. */
export function sortedIds(): string[] {
  return Object.keys(glossary).sort((a, b) => glossary[a].term.localeCompare(glossary[b].term));
}
