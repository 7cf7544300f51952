/**
 * Every figure the course shows, with the props it was written with and the page it belongs to: the chapters'
 * figures as their MDX check recorded them (src/mdx/remark-figures.ts puts them in each chapter's frontmatter),
 * then the catalog's, one per figure folder with its defaults. The embed pages are built from this list, so an
 * embed shows exactly the figure its chapter does. Ids must be unique across it (figure-ids.ts).
 */
import { render } from 'astro:content';
import type { AuthoredFigure } from '../mdx/remark-figures.ts';
import { registry } from '../figures/registry.ts';
import { getChapters } from './chapters.ts';
import { assertUniqueFigureIds, catalogFigureId } from './figure-ids.ts';
import { EMBED_TEXT } from '../figures/kit/contract/share-text.ts';

export interface IndexedFigure extends AuthoredFigure {
  /** The page the figure lives on, for the embed's link back: its title and site-relative path with the anchor. */
  home: { title: string; path: string };
}

export async function getFigureIndex(): Promise<IndexedFigure[]> {
  const figures: IndexedFigure[] = [];
  for (const chapter of await getChapters()) {
    const { remarkPluginFrontmatter } = await render(chapter.entry);
    for (const figure of (remarkPluginFrontmatter.figures ?? []) as AuthoredFigure[]) {
      // A figure only the deck shows links to its slide; every other one to its place in the essay.
      const path = figure.slideOnly ? `slides/${chapter.slug}/#/${figure.slideOnly}` : `chapters/${chapter.slug}/#${figure.id}`;
      figures.push({ ...figure, home: { title: chapter.entry.data.title, path } });
    }
  }
  for (const { name, component } of registry) {
    const id = catalogFigureId(name);
    figures.push({ id, figure: name, props: {}, figureNumber: 0, source: `src/pages/figures/index.astro (the catalog's <${component}>)`, home: { title: EMBED_TEXT.catalog, path: `figures/#${id}` } });
  }
  assertUniqueFigureIds(figures);
  return figures;
}
