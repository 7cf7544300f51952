/**
 * The part of d3-format the kit calls (number-locale.ts). d3 ships no types of its own and the project adds no
 * @types package for two functions.
 */
declare module 'd3-format' {
  export interface FormatLocaleDefinition {
    decimal: string;
    thousands: string;
    grouping: number[];
    currency: [string, string];
    minus?: string;
  }
  export function formatDefaultLocale(definition: FormatLocaleDefinition): unknown;
  export function format(specifier: string): (value: number) => string;
}
