// The course's JSON files, imported through the `@content` alias (astro.config.mjs points it at CONTENT_DIR).
// Typed as unknown on purpose: src/lib/course.ts and src/lib/glossary.ts validate them with zod.
declare module '@content/course.json' {
  const value: unknown;
  export default value;
}
declare module '@content/glossary.json' {
  const value: unknown;
  export default value;
}
