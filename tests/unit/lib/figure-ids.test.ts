import { describe, expect, it } from 'vitest';
import { assertUniqueFigureIds, catalogFigureId } from '../../../src/lib/figure-ids.ts';

describe('assertUniqueFigureIds(figures)', () => {
  it('accepts ids that differ', () => {
    expect(() => assertUniqueFigureIds([{ id: 'fig-a-1', source: 'a.mdx:3' }, { id: 'fig-b-1', source: 'b.mdx:5' }])).not.toThrow();
  });

  it('names both places of a shared id, and the embed address they would share', () => {
    const figures = [
      { id: 'fig-a-1', source: 'content/chapters/01-a.mdx:9' },
      { id: 'line', source: 'content/chapters/02-b.mdx:12' },
      { id: 'line', source: 'content/chapters/05-c.mdx:40' },
    ];
    expect(() => assertUniqueFigureIds(figures)).toThrow(
      'content/chapters/02-b.mdx:12 and content/chapters/05-c.mdx:40 both give a figure the id "line"; figure ids must be unique across the course (its embed page is /embed/line/).',
    );
  });

  it('catches a chapter that takes a catalog figure’s id', () => {
    expect(() => assertUniqueFigureIds([{ id: catalogFigureId('neuron-line'), source: 'content/chapters/01-a.mdx:9' }, { id: 'catalog-neuron-line', source: 'the catalog' }])).toThrow(/01-a\.mdx:9 and the catalog/);
  });
});
