/**
 * Plot writes its axes' tick labels with d3-format's default locale, which is American English. Here it takes
 * the course language's marks instead (the same ones format.ts writes readouts with), so a German axis reads
 * "0,5" beside a readout of "0,50". Imported by marks.ts, whose `frame` every chart is drawn with, so it runs
 * before any plot draws: at build time and in the browser alike.
 */
import { formatDefaultLocale, type FormatLocaleDefinition } from 'd3-format';
import { NUMBER } from 'virtual:text/language';

/** d3-format's locale for these marks: groups of three, a true minus sign, no currency (figures show none). */
export function d3NumberLocale(marks: typeof NUMBER): FormatLocaleDefinition {
  return { decimal: marks.decimal, thousands: marks.group, grouping: [3], currency: ['', ''], minus: '\u2212' };
}

/** Makes `marks` the way every later Plot axis writes numbers. */
export function useNumberMarks(marks: typeof NUMBER): void {
  formatDefaultLocale(d3NumberLocale(marks));
}

useNumberMarks(NUMBER);
