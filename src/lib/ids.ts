/** Element ids unique within a build (and so within a page), and the same from one build to the next. */
let counter = 0;
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
