/** Whether a chapter has a deck: it needs at least one <Slide> (decks are built only for such chapters). */
import type { Chapter } from '../lib/chapters.ts';

export const hasSlides = (chapter: Chapter): boolean => /<Slide[\s>]/.test(chapter.entry.body ?? '');
