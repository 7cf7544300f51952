/**
 * The only figure script a page loads up front (well under 1 KB gzip). Each figure's own code, and Plot, are
 * imported the first time the figure is approached or touched (pointer, focus, touch), or comes within a
 * screen of the viewport once the reader scrolls. Until then the build-time SVG is on the page, already
 * readable, and a page costs no figure code to open.
 */
const loaders = import.meta.glob<unknown>('../*/element.ts');

const loaded = new Set<string>();

export function loadFigure(name: string): Promise<unknown> {
  const load = loaders[`../${name}/element.ts`];
  if (!load || loaded.has(name)) return Promise.resolve();
  loaded.add(name);
  return load().catch((error: unknown) => {
    loaded.delete(name);
    console.error(`Bending Lines: could not load the "${name}" figure`, error);
  });
}

function wake(figure: HTMLElement): void {
  const name = figure.dataset.blFigure;
  if (name) void loadFigure(name);
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
  // A shared link names this figure's state in the query: show that state, not the build-time one.
  if (new URLSearchParams(location.search).has(figure.id)) wake(figure);
  for (const type of ['pointerenter', 'pointerdown', 'focusin', 'touchstart'] as const) {
    figure.addEventListener(type, () => wake(figure), { once: true, passive: true });
  }
}
