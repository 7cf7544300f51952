/** "12 min read · 3 exercises": what a chapter asks of its reader, as the contents and the chapter head say it. */
import site from 'virtual:text/site';
import { plural } from '../text/plural.ts';
import type { Chapter } from './chapters.ts';

export function readingFacts(chapter: Chapter): string {
  const minutes = plural(site.chapter.minutes, chapter.readingMinutes);
  return chapter.exercises > 0 ? `${minutes} · ${plural(site.chapter.exercises, chapter.exercises)}` : minutes;
}
