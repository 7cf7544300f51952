/**
 * The curve a <Sketch> reveals, from the figure's own definition at build time. A figure kind with nothing to
 * sketch fails the build at the exercise's line, naming the kinds that can be sketched.
 */
import { definitionOf, definitions } from './definitions.ts';
import type { SketchTarget } from './kit/contract/definition.ts';
import { defaultsOf, parseLenient } from './kit/contract/spec.ts';

export function sketchTargetFor(figureName: string, reveal: Record<string, unknown>, source: string): SketchTarget {
  const figure = definitionOf(figureName);
  if (!figure.sketch) {
    const can = definitions.filter((d) => d.sketch).map((d) => d.component);
    throw new Error(`${source}: <Sketch>: a ${figure.component} has no curve to sketch. Figures that have one: ${can.join(', ')}.`);
  }
  // remark-exercises has checked these props strictly; lenient parsing only fills in the defaults.
  const state = parseLenient(figure.spec, reveal, defaultsOf(figure.spec));
  return figure.sketch(state, figure.compute(state));
}
