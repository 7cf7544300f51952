/**
 * What values a prop takes, as the catalog tells a course author in the course's language. The build's own error
 * messages say the same in English (allowedText in kit/contract/spec.ts), since those speak to whoever builds.
 */
import site from 'virtual:text/site';
import { fill } from '../../text/fill.ts';
import { fmt } from '../../figures/kit/draw/format.ts';
import { idsOfShape } from '../../figures/kit/data/registry.ts';
import type { PropSpec } from '../../figures/kit/contract/spec.ts';

const listed = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
/** A bound as an author would type it, in the language's marks. */
const bound = (value: number) => fmt(value, Number.isInteger(value) ? 0 : Math.min(4, String(value).split('.')[1]?.length ?? 0));

export function allowedValues(prop: PropSpec): string {
  switch (prop.kind) {
    case 'number':
      return fill(prop.integer ? site.catalog.allowed.integer : site.catalog.allowed.number, { min: bound(prop.min), max: bound(prop.max) });
    case 'choice':
      return fill(site.catalog.allowed.choice, { options: listed(prop.options) });
    case 'dataset': {
      const ids = idsOfShape(prop.shape);
      const kind = prop.shape === 'xy' ? site.catalog.allowed.xy : site.catalog.allowed.classes;
      return ids.length ? `${kind}: ${listed(ids)}` : kind;
    }
    case 'points':
      return site.catalog.allowed.points;
    case 'boolean':
      return site.catalog.allowed.boolean;
    case 'text':
      return fill(site.catalog.allowed.text, { max: prop.maxLength });
  }
}
