/**
 * Bases that wait for a dragged point to pause. A few bases cost a whole frame or more to draw (a loss
 * landscape's contours, a long loss curve on a log axis), and when a reader drags a data point their options
 * change on every frame, because they are drawn from the data. Rebuilding them each frame made a figure's drag
 * run at 30 frames a second or worse. So a builder can be marked `slowBase(builder)`: while the element says
 * the only change is the reader's points (`drawHolding(slots, true, …)`), `layered` gives back the base this
 * slot drew last time instead of a new one, and the overlay (the line, the path, the marker) is drawn through
 * that base's scales. The element draws again once the edits pause, without holding, and the base catches up.
 *
 * Outside `drawHolding` (the build, snapshots, rehearsals) a slow base is an ordinary base: nothing here can
 * change what a state looks like once it has settled.
 */

const slow = new WeakSet<object>();

/** Marks a base builder as one whose base may lag a drag by a pause (see above). Returns the builder. */
export function slowBase<B extends object>(build: B): B {
  slow.add(build);
  return build;
}

/** What one figure element drew last in each slow slot: `builder id # how many times it was used before`. */
export type HeldBases = Map<string, unknown>;

interface Drawing {
  slots: HeldBases;
  hold: boolean;
  /** Uses of each builder so far in this drawing: a figure may draw two panels with one builder. */
  uses: Map<object, number>;
  held: number;
}

let drawing: Drawing | undefined;
const builderIds = new WeakMap<object, number>();
let nextId = 0;

/**
 * Runs `draw` (a figure's `plot`) as one element's drawing. With `hold`, slow bases keep what this element
 * drew last in the same place. Returns whether any base was held, so the element knows to draw again later.
 */
export function drawHolding(slots: HeldBases, hold: boolean, draw: () => void): boolean {
  const outer = drawing;
  drawing = { slots, hold, uses: new Map(), held: 0 };
  try {
    draw();
    return drawing.held > 0;
  } finally {
    drawing = outer;
  }
}

/** The base for a `layered` call: `make()`'s, or, while holding, the one this slot drew last. */
export function heldOr<T>(build: object, make: () => T): T {
  if (!drawing || !slow.has(build)) return make();
  const use = drawing.uses.get(build) ?? 0;
  drawing.uses.set(build, use + 1);
  let id = builderIds.get(build);
  if (id === undefined) builderIds.set(build, (id = nextId++));
  const slot = `${id}#${use}`;
  if (drawing.hold && drawing.slots.has(slot)) {
    drawing.held++;
    return drawing.slots.get(slot) as T;
  }
  const base = make();
  drawing.slots.set(slot, base);
  return base;
}
