/**
 * Axis ranges for data: what a dataset without authored ranges gets, and how a figure's axes follow a
 * reader's edits. Pure, for the build and the browser alike.
 */

/** A range that holds every value with a little room, on round numbers. */
export function roomyDomain(values: readonly number[]): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  lo -= span * 0.08;
  hi += span * 0.08;
  const step = 10 ** Math.floor(Math.log10(span)) / 2;
  return [Number((Math.floor(lo / step) * step).toFixed(10)), Number((Math.ceil(hi / step) * step).toFixed(10))];
}

/** How far a dragged point may take the axes: this many published spans beyond either end. */
export const GROWTH = 1;

/** The furthest a dragged or added point may go: the published range grown by GROWTH spans each way. */
export function editLimits([lo, hi]: readonly [number, number]): [number, number] {
  const span = hi - lo;
  return [lo - GROWTH * span, hi + GROWTH * span];
}

/**
 * The range to draw edited values in. Values within the edit limits keep the published range, grown just
 * enough to hold them, so the axes stay still while a point is dragged inside them; values beyond (pasted
 * data of another scale) get a range of their own.
 */
export function domainFor(published: readonly [number, number], values: readonly number[]): [number, number] {
  const [min, max] = editLimits(published);
  if (values.some((v) => v < min || v > max)) return roomyDomain(values);
  // Each end moves only if a value passes it, out to a round number a little beyond.
  const span = published[1] - published[0];
  const step = 10 ** Math.floor(Math.log10(span)) / 2;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const round = (v: number) => Number(v.toFixed(10));
  return [
    lo < published[0] ? round(Math.floor((lo - span * 0.04) / step) * step) : published[0],
    hi > published[1] ? round(Math.ceil((hi + span * 0.04) / step) * step) : published[1],
  ];
}
