// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { loadFigureSpecs, remarkFigures } from './src/figures/kit/remark-figures.ts';
import { remarkSlides } from './src/deck/remark-slides.ts';

// SITE_URL and BASE_PATH let a fork deploy anywhere static (GitHub Pages under /repo/, a CDN root, …).
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

// Every figure's props, so a chapter's mistakes fail the build with file, line, figure and prop.
const specs = await loadFigureSpecs();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Astro 7's default processor is Rust and runs no remark/rehype plugins; math needs the unified one.
    processor: unified({
      remarkPlugins: [remarkMath, [remarkFigures, { specs }], [remarkSlides, { specs }]],
      // KaTeX renders to HTML+MathML at build time: math reads without JavaScript and screen readers get MathML.
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]],
    }),
  },
  build: { inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
