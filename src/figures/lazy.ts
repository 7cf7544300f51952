/**
 * The only figure script a page loads up front (well under 1 KB gzip). Each figure's own code, and Plot, are
 * imported the first time the figure is approached or touched (pointer, focus, touch), or comes within a
 * screen of the viewport once the reader scrolls. Until then the build-time SVG is on the page, already
 * readable, and a page costs no figure code to open.
 */
import { named } from './kit/contract/definition.ts';
import { figureModules } from './index.ts';
import { holdUntilLoaded } from './kit/browser/before-load.ts';

const loaded = new Set<string>();

async function define(name: string): Promise<void> {
  const modules = figureModules[name];
  if (!modules) throw new Error(`no figure named "${name}"`);
  // Figures with their own wiring export an element class; the rest get the kit's.
  const [source, Element, { defineFigure }] = await Promise.all([modules.source(), modules.element?.(), import('./kit/browser/element.ts')]);
  defineFigure(named(name, source), Element);
}

export function loadFigure(name: string): Promise<unknown> {
  if (loaded.has(name)) return Promise.resolve();
  loaded.add(name);
  return define(name).catch((error: unknown) => {
    loaded.delete(name);
    console.error(`Bending Lines: could not load the "${name}" figure`, error);
  });
}

function wake(figure: HTMLElement): void {
  const name = figure.dataset.blFigure;
  if (name) void loadFigure(name);
  // Linked figures follow each other, so they wake together.
  const link = figure.dataset.link;
  if (link) for (const partner of figures) if (partner.dataset.link === link && partner !== figure) void loadFigure(partner.dataset.blFigure ?? '');
}

const figures = Array.from(document.querySelectorAll<HTMLElement>('[data-bl-figure]'));

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      wake(entry.target as HTMLElement);
    }
  },
  { rootMargin: '100% 0px' },
);

// Watch for nearness only after the first scroll: opening a page should fetch no figure code.
addEventListener('scroll', () => figures.forEach((figure) => observer.observe(figure)), { once: true, passive: true });

for (const figure of figures) {
  // Controls are in the Tab order from the start; reaching one (focusin) wakes the figure, and its first key waits.
  holdUntilLoaded(figure);
  // A shared link names this figure's state in the query: show that state, not the build-time one.
  if (new URLSearchParams(location.search).has(figure.id)) wake(figure);
  for (const type of ['pointerenter', 'pointerdown', 'focusin', 'touchstart'] as const) {
    figure.addEventListener(type, () => wake(figure), { once: true, passive: true });
  }
}
