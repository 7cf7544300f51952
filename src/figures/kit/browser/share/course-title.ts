/**
 * The course's name, for the exported images. Read from the course file itself (src/lib/course.ts validates it at
 * build time), so only the share code, which loads on demand, carries it.
 */
import course from '@content/course.json';

export const title: string = (course as { title?: string }).title ?? '';
