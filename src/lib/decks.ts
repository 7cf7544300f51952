/** Whether a chapter has a deck: it needs at least one <Slide> (decks are built only for such chapters). */
import { getChapters, type Chapter } from './chapters.ts';

export const hasSlides = (chapter: Chapter): boolean => /<Slide[\s>]/.test(chapter.entry.body ?? '');

/** getStaticPaths for the deck routes: one page per chapter with slides. */
export async function deckPaths() {
  return (await getChapters()).filter(hasSlides).map((chapter) => ({ params: { slug: chapter.slug }, props: { chapter } }));
}
