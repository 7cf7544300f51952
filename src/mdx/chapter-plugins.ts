/**
 * The remark plugins every chapter compiles with, in their order: math, then the figure check (which gives
 * figures their ids), the exercise check (which names figures by those ids), the slides (which number an
 * exercise on a slide as a step), the id check (no heading shares a figure's id), and the glossary terms. One list, for the site and for the tests that compile
 * chapters as the site does.
 */
import remarkMath from 'remark-math';
import { remarkFigures, type FigureSpec } from './remark-figures.ts';
import { remarkExercises } from './remark-exercises.ts';
import { remarkSlides } from './remark-slides.ts';
import { remarkIds } from './remark-ids.ts';
import { remarkTerms, type RemarkTermsOptions } from './remark-terms.ts';

export function chapterRemarkPlugins(specs: Map<string, FigureSpec>, terms?: RemarkTermsOptions) {
  // Typed as loosely as both readers (Astro's markdown options and @mdx-js/mdx's compile) accept a [plugin, options].
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const checks: [(...options: any[]) => any, any][] = [
    [remarkFigures, { specs }],
    [remarkExercises, { specs }],
    [remarkSlides, { specs }],
    [remarkIds, {}],
  ];
  if (terms) checks.push([remarkTerms, terms]);
  return [remarkMath, ...checks];
}
