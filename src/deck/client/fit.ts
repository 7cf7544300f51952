/**
 * Keeps everything on a slide inside it, without shrinking anything: a figure's plot already draws at the size
 * its cell allows (the figure element reads --plot-fit), so what is left to fit is the column of controls beside
 * it. When they run past the bottom they flow into two columns, then three (the plot gives up the width). A slide
 * whose content still does not fit is marked `data-overflow` with what overflowed, for the build's slide check
 * (scripts/check-slides.ts) and the layout tests: the author must cut, split the slide, or hide controls.
 */
/**
 * Zooms a figure may take, largest first. The smallest keeps every word in a figure at 15 canvas px or more (its
 * smallest type is 13 px: deck.css), the size the back row of a room can read at 1080p.
 */
const ZOOMS = [1.5, 1.4, 1.3, 1.2];
const MAX_COLUMNS = 3;
/** The controls never take more of the figure's width than this: the plot is what the room looks at. */
const MAX_SIDE_SHARE = 0.42;
const SETTLE_MS = 200;
/** Sub-pixel rounding aside, a box overflows when its content is taller than it. */
const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1;

/**
 * The largest zoom, then the fewest columns, at which a figure's controls fit beside its plot. If none does, the
 * figure is left at the smallest zoom with as many columns as the width allows, and reported.
 */
function fitFigure(figure: HTMLElement): boolean {
  const side = figure.querySelector<HTMLElement>('.bl-figure__side');
  const body = figure.querySelector<HTMLElement>('.bl-figure__body');
  if (!side || !body) return true;
  // Lines of algebra are wide and short: under the plot they cost the plot a little height, beside it a column.
  const aside = side.querySelector(':scope > .bl-figure__aside');
  if (aside) body.append(aside);
  for (const zoom of ZOOMS) {
    figure.style.setProperty('--figure-zoom', String(zoom));
    for (let columns = 1; columns <= MAX_COLUMNS; columns++) {
      side.dataset.columns = String(columns);
      if (columns > 1 && side.offsetWidth > body.clientWidth * MAX_SIDE_SHARE) {
        side.dataset.columns = String(columns - 1);
        break;
      }
      if (!overflows(side)) return true;
    }
  }
  return false;
}

export function fitSlide(slide: HTMLElement): void {
  const body = slide.querySelector<HTMLElement>('.slide__body');
  if (!body) return;
  const problems: string[] = [];
  for (const figure of body.querySelectorAll<HTMLElement>('.bl-figure')) {
    if (!fitFigure(figure)) problems.push(`the controls of ${figure.id}`);
  }
  const { bottom, right } = body.getBoundingClientRect();
  for (const child of body.children) {
    const box = child.getBoundingClientRect();
    if (box.height > 0 && (box.bottom > bottom + 1 || box.right > right + 1)) problems.push(child.id || child.className || child.tagName.toLowerCase());
  }
  if (problems.length) slide.dataset.overflow = problems.join('; ');
  else delete slide.dataset.overflow;
}

/**
 * Fits every slide now, again when fonts arrive and around printing, and a slide once its figures have settled
 * after a change (a control a new state hides or shows changes the column's height; not every frame of a drag).
 */
export function fitAll(slides: HTMLElement[]): void {
  const all = () => slides.forEach(fitSlide);
  all();
  void document.fonts?.ready.then(all);
  addEventListener('beforeprint', all);
  addEventListener('afterprint', all);
  for (const slide of slides) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    slide.addEventListener('bl-figure-change', () => {
      clearTimeout(timer);
      timer = setTimeout(() => fitSlide(slide), SETTLE_MS);
    });
  }
}
