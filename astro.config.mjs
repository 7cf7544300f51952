// @ts-check
import { resolve } from 'node:path';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import { loadFigureSpecs } from './src/mdx/remark-figures.ts';
import { chapterRemarkPlugins } from './src/mdx/chapter-plugins.ts';
import { CONTENT_DIR, contentPath } from './src/lib/content-dir.ts';
import { plotNameTables } from './src/build/plot-name-tables.ts';
import { plotWithoutTips } from './src/build/plot-without-tips.ts';
import { textModules } from './src/build/text-modules.ts';

// SITE_URL and BASE_PATH let a fork deploy anywhere static (GitHub Pages under /repo/, a CDN root, …).
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

// CONTENT_DIR (default content/) is the course: chapters/, course.json, glossary.json. `@content/…` imports read
// from it. ASTRO_CACHE_DIR gives a build its own caches (Astro's content data store and Vite's dependency cache),
// as the fork test does for each course it builds, so they never touch the main course's.
const contentDir = resolve(CONTENT_DIR);
const cacheDir = process.env.ASTRO_CACHE_DIR ? resolve(process.env.ASTRO_CACHE_DIR) : undefined;

// Every figure's props, so a chapter's mistakes fail the build with file, line, figure and prop.
const specs = await loadFigureSpecs();
// The glossary, so a chapter's <Term id="…"> is checked with file and line as it compiles.
const terms = { glossary: resolve(contentDir, 'glossary.json'), label: contentPath('glossary.json') };

// Self-hosted fonts, Latin subset only, through Astro's Fonts API: it serves the files from the site, preloads the
// ones a page needs first, and generates metric-matched fallback faces so text does not jump when they arrive.
/** @param {string} path */
const fontsource = (path) => `./node_modules/${path}`;

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Astro 7's default processor is Rust and runs no remark/rehype plugins; math needs the unified one.
    processor: unified({
      remarkPlugins: chapterRemarkPlugins(specs, terms),
      // KaTeX renders to HTML+MathML at build time: math reads without JavaScript and screen readers get MathML.
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]],
    }),
  },
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif',
      fallbacks: ['Iowan Old Style', 'Georgia', 'serif'],
      options: {
        variants: [
          // Static cuts, not the variable font: prose needs only regular, italic and bold, and each static file is
          // ~20 KB where the variable ones are ~51 KB each; a chapter's first screen waits on these bytes.
          { src: [fontsource('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2')], weight: '400', style: 'normal', display: 'swap' },
          { src: [fontsource('@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2')], weight: '400', style: 'italic', display: 'swap' },
          { src: [fontsource('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2')], weight: '700', style: 'normal', display: 'swap' },
        ],
      },
    },
    {
      provider: fontProviders.local(),
      name: 'Inter',
      cssVariable: '--font-sans',
      fallbacks: ['system-ui', '-apple-system', 'Segoe UI', 'sans-serif'],
      options: {
        variants: [{ src: [fontsource('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2')], weight: '100 900', style: 'normal', display: 'swap' }],
      },
    },
    {
      provider: fontProviders.local(),
      name: 'JetBrains Mono',
      cssVariable: '--font-mono',
      fallbacks: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'monospace'],
      options: {
        variants: [{ src: [fontsource('@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2')], weight: '400', style: 'normal', display: 'swap' }],
      },
    },
  ],
  // Every stylesheet inline: a chapter's CSS is ~11 KB gzip, cheaper than two render-blocking round trips on a phone.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // NO_MINIFY=1 keeps function names readable in a browser profile (docs/FIGURES.md, "Performance").
  vite: {
    build: {
      minify: !process.env.NO_MINIFY,
      // SOURCEMAP=1 writes source maps, to see which modules fill a chunk when a page nears its budget.
      sourcemap: !!process.env.SOURCEMAP,
      // src/nn as one chunk: every chapter's figures need most of it, and a dozen small chunks cost more bytes
      // (imports, exports, gzip starting over) than the few a page does not use (a chapter's figures: −0.1 to −1.9 KB).
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'nn', test: /[\\/]src[\\/]nn[\\/]/ }, { name: 'text', test: /[\\/]src[\\/]text[\\/]|\0text:language/ }] } } },
    },
    plugins: [plotNameTables(), plotWithoutTips(), textModules(contentDir, CONTENT_DIR)],
    resolve: { alias: { '@content': contentDir } },
    ...(cacheDir ? { cacheDir: resolve(cacheDir, 'vite') } : {}),
  },
});
