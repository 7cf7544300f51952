/**
 * The script of an embed page (/embed/<id>/): the figure wakes at once (an embed exists to be used, and a host's
 * frame may never scroll), the frame learns the page's height, and the link back to the chapter carries the state
 * the reader reached, so following it opens the chapter showing the same thing.
 */
import { loadFigure } from './lazy.ts';
import { reportHeight } from './kit/browser/embed-height.ts';
import type { FigureElement } from './kit/browser/element.ts';

const figure = document.querySelector<HTMLElement>('[data-bl-figure]');
if (figure) {
  void loadFigure(figure.dataset.blFigure ?? '');
  reportHeight(figure.id);
  const home = document.querySelector<HTMLAnchorElement>('[data-embed-home]');
  figure.addEventListener('bl-figure-change', () => {
    if (!home) return;
    const url = new URL(home.href);
    const query = (figure as FigureElement).shareQuery;
    url.search = query ? `?${new URLSearchParams({ [figure.id]: query })}` : '';
    home.href = url.href;
  });
}
