/**
 * Figure ids across the whole course. Within a chapter the MDX check already refuses a repeated id; across
 * chapters it could not see one, and an embed's address (`/embed/<id>/`) and a shared link's query name a figure
 * by its id alone, so two chapters (or a chapter and the catalog) giving one id would make one embed page stand
 * for two figures. Pure, so it is tested without Astro.
 */

export interface PlacedFigure {
  id: string;
  /** Where the figure is written: `content/chapters/02-one-neuron.mdx:41`, or the catalog page. */
  source: string;
}

/** Throws naming both places when two figures share an id; the first pair found is enough to act on. */
export function assertUniqueFigureIds(figures: readonly PlacedFigure[]): void {
  const seen = new Map<string, PlacedFigure>();
  for (const figure of figures) {
    const other = seen.get(figure.id);
    if (other) {
      throw new Error(
        `${other.source} and ${figure.source} both give a figure the id "${figure.id}"; figure ids must be unique across the course (its embed page is /embed/${figure.id}/). Give one an id of its own with id="…".`,
      );
    }
    seen.set(figure.id, figure);
  }
}

/** The id of a figure's entry in the catalog (/figures/): its folder name under a prefix no chapter default takes. */
export const catalogFigureId = (name: string): string => `catalog-${name}`;
