import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { layered, wholeDrawing, type BaseBuilder, type Overlay, type PlotElement } from '../../../../src/figures/kit/draw/layered.ts';
import { axesBase, frame, type Axes } from '../../../../src/figures/kit/draw/marks.ts';
import { finishPlot } from '../../../../src/figures/kit/draw/finish.ts';
import { drawHeatmap } from '../../../../src/figures/kit/draw/heatmap.ts';

const fresh = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const axes: Axes = { width: 300, height: 200, xDomain: [0, 1], yDomain: [0, 1], xLabel: 'x', yLabel: 'y' };
const nothing = () => {};

/** A builder that counts its calls, so a test can tell a cached base from a new one. */
function counted<O>(build: BaseBuilder<O>): BaseBuilder<O> & { calls: number } {
  const counting = Object.assign((doc: Document, options: O) => {
    counting.calls++;
    return build(doc, options);
  }, { calls: 0 });
  return counting;
}

/** The data-base name of the one layered drawing `el` is. */
const nameOf = (el: Element) => el.getAttribute('data-base');

describe('layered(doc, build, options, draw): the cache is keyed by the builder and its options', () => {
  it('the same builder and options give the cached base; changing any option gives a new one', () => {
    const doc = fresh();
    const build = counted(axesBase);
    const first = layered(doc, build, axes, nothing);
    expect(nameOf(layered(doc, build, { ...axes }, nothing))).toBe(nameOf(first));
    expect(build.calls).toBe(1);
    const variants: Axes[] = [
      { ...axes, width: 301 },
      { ...axes, height: 201 },
      { ...axes, xDomain: [0, 2] },
      { ...axes, yDomain: [-1, 1] },
      { ...axes, xLabel: 'time →' },
      { ...axes, yLabel: '↑ loss' },
      { ...axes, zeroRule: true },
    ];
    const names = new Set([nameOf(first)]);
    for (const [i, variant] of variants.entries()) {
      names.add(nameOf(layered(doc, build, variant, nothing)));
      expect(build.calls).toBe(i + 2);
    }
    // Each changed input drew a different base, named apart on the page.
    expect(names.size).toBe(variants.length + 1);
  });

  it('a base drawn from long data (a loss curve) is rebuilt when one value changes', () => {
    const doc = fresh();
    const build = counted((d: Document, { loss }: { loss: Float64Array }) =>
      Plot.plot({ ...frame(300, 200), document: d, marks: [Plot.line(loss, { x: (_: number, i: number) => i, y: (v: number) => v })] }) as unknown as PlotElement,
    );
    const loss = Float64Array.from({ length: 500 }, (_, i) => 1 / (i + 1));
    layered(doc, build, { loss }, nothing);
    layered(doc, build, { loss: loss.slice() }, nothing);
    expect(build.calls).toBe(1);
    const changed = loss.slice();
    changed[499] += 1e-9;
    layered(doc, build, { loss: changed }, nothing);
    expect(build.calls).toBe(2);
  });

  it('the same options under two builders are two bases', () => {
    const doc = fresh();
    const withRule: BaseBuilder<Axes> = (d, o) => axesBase(d, { ...o, zeroRule: true });
    expect(nameOf(layered(doc, withRule, axes, nothing))).not.toBe(nameOf(layered(doc, axesBase, axes, nothing)));
  });

  it('refuses options that cannot be keyed: a function, a Map, a class instance', () => {
    const doc = fresh();
    const build = counted((d: Document, o: Record<string, unknown>) => axesBase(d, axes, [Plot.text([String(Object.keys(o))])]));
    expect(() => layered(doc, build, { tickFormat: (v: number) => `${v}` }, nothing)).toThrow(/function cannot be part of a cache key/);
    expect(() => layered(doc, build, { lookup: new Map([['a', 1]]) }, nothing)).toThrow(/Map cannot be part of a cache key/);
    expect(() => layered(doc, build, { when: new Date(0) }, nothing)).toThrow(/Date cannot be part of a cache key/);
    expect(build.calls).toBe(0);
  });

  it('a builder made afresh on every call (an inline arrow closing over a value) is rebuilt, never stale', () => {
    const doc = fresh();
    const labelled = (yLabel: string) => layered(doc, (d: Document) => axesBase(d, { ...axes, yLabel }), {}, nothing);
    const a = wholeDrawing(labelled('first label'));
    const b = wholeDrawing(labelled('second label'));
    expect(a.textContent).toContain('first label');
    expect(b.textContent).toContain('second label');
    expect(nameOf(a)).not.toBe(nameOf(b));
  });

  it('one cache per document: a base built for the server is never handed to the browser', () => {
    const build = counted(axesBase);
    layered(fresh(), build, axes, nothing);
    layered(fresh(), build, axes, nothing);
    expect(build.calls).toBe(2);
  });

  it('names a base by its markup: the same on every document, different when the drawing is', () => {
    expect(nameOf(layered(fresh(), axesBase, axes, nothing))).toBe(nameOf(layered(fresh(), axesBase, axes, nothing)));
    expect(nameOf(layered(fresh(), axesBase, axes, nothing))).toMatch(/^[0-9a-z]+$/);
  });
});

describe('wholeDrawing(root)', () => {
  it('fills every placeholder with a finished clone of its base, so the drawing is what the build shows', () => {
    const doc = fresh();
    const wrap = doc.createElement('div');
    wrap.append(layered(doc, axesBase, axes, nothing), layered(doc, axesBase, { ...axes, xLabel: 'other' }, nothing));
    expect(wrap.querySelectorAll('[data-base-pending]')).toHaveLength(2);
    wholeDrawing(wrap);
    expect(wrap.querySelectorAll('[data-base-pending]')).toHaveLength(0);
    const [first, second] = Array.from(wrap.querySelectorAll('.bl-layered > svg:first-child'));
    expect(first.outerHTML).toBe(finishPlot(axesBase(doc, axes)).outerHTML);
    expect(second.textContent).toContain('other');
  });

  it('still finds a base the cache has dropped since the drawing was made', () => {
    const doc = fresh();
    const early = layered(doc, axesBase, { ...axes, xLabel: 'early' }, nothing);
    // More bases than the cache holds (32), so the first is evicted.
    for (let i = 0; i < 40; i++) layered(doc, axesBase, { ...axes, width: 300 + i + 1 }, nothing);
    expect(wholeDrawing(early).textContent).toContain('early');
  });

  it('says so when a placeholder was cloned away from its base', () => {
    const doc = fresh();
    const copy = layered(doc, axesBase, axes, nothing).cloneNode(true) as Element;
    expect(() => wholeDrawing(copy)).toThrow(/placeholder that no layered\(\) call made/);
  });
});

describe('Overlay.keep(draw, data)', () => {
  const points = [
    { x: 0.2, y: 0.3 },
    { x: 0.7, y: 0.9 },
  ];
  let calls = 0;
  const drawPoints = (o: Overlay, data: readonly { x: number; y: number }[]) => {
    calls++;
    o.dots(data, { label: 'data' });
  };
  const drawRing = (o: Overlay, data: readonly { x: number; y: number }[]) => {
    calls++;
    o.dots(data, { label: 'data', fill: 'none', stroke: 'currentColor' });
  };

  it('draws once per drawer and data on a base and clones after; new data or another drawer draws again', () => {
    const doc = fresh();
    const draw = (drawer: typeof drawPoints, data: typeof points) => wholeDrawing(layered(doc, axesBase, axes, (o) => o.keep(drawer, data)));
    calls = 0;
    const first = draw(drawPoints, points);
    const again = draw(drawPoints, points.map((p) => ({ ...p })));
    expect(calls).toBe(1);
    expect(again.querySelector('.bl-overlay')!.innerHTML).toBe(first.querySelector('.bl-overlay')!.innerHTML);
    draw(drawPoints, [{ x: 0.2, y: 0.3 }, { x: 0.7, y: 0.95 }]);
    expect(calls).toBe(2);
    draw(drawRing, points);
    expect(calls).toBe(3);
  });

  it('names kept groups by their markup, so the page can tell two drawings of them apart', () => {
    const doc = fresh();
    const keepOf = (data: typeof points) => layered(doc, axesBase, axes, (o) => o.keep(drawPoints, data)).querySelector('[data-keep]')!.getAttribute('data-keep');
    expect(keepOf(points)).toBe(keepOf(points));
    expect(keepOf(points)).not.toBe(keepOf([{ x: 0.5, y: 0.5 }]));
  });

  it('refuses data that cannot be keyed', () => {
    const doc = fresh();
    expect(() => layered(doc, axesBase, axes, (o) => o.keep((ov: Overlay, f: () => number) => ov.dots([{ x: f(), y: 0 }], { label: 'x' }), () => 0.5))).toThrow(/cannot be part of a cache key/);
  });
});

describe('drawHeatmap(o, width, height, rgba, …)', () => {
  it('draws the pixels as one PNG image over the data rectangle', () => {
    const doc = fresh();
    const rgba = new Uint8Array(2 * 2 * 4).fill(200);
    const el = layered(doc, axesBase, axes, (o) => drawHeatmap(o, 2, 2, rgba, [0, 1], [0, 1], { label: 'map' }));
    const image = el.querySelector('[aria-label="map"] image')!;
    expect(image.getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    expect(Number(image.getAttribute('width'))).toBeCloseTo(300 - 52 - 16, 1);
  });

  it('refuses pixels that do not fill the size given', () => {
    const doc = fresh();
    expect(() => layered(doc, axesBase, axes, (o) => drawHeatmap(o, 3, 3, new Uint8Array(4), [0, 1], [0, 1], { label: 'map' }))).toThrow(/expected 36 bytes/);
  });
});

describe('finishPlot(root)', () => {
  it('finishes Plot output and leaves a layered drawing as it was drawn', () => {
    const doc = fresh();
    const holder = doc.createElement('div');
    const chart = Plot.plot({ ...frame(300, 200), document: doc, marks: [Plot.line([[0, 0], [1, 1]], { ariaDescription: 'loss' })] }) as unknown as Element;
    const drawing = layered(doc, axesBase, axes, (o) => o.line([[0, 0], [1, 1]], { label: 'model output' }));
    const before = drawing.outerHTML;
    holder.append(chart, drawing);
    finishPlot(holder);
    expect(chart.querySelector('g[aria-label="loss"]')?.getAttribute('role')).toBe('group');
    expect(chart.querySelector('[aria-description], style')).toBeNull();
    expect(drawing.outerHTML).toBe(before);
  });
});

describe('base names survive what Plot counts', () => {
  it('a clipped base gets the same name however many charts Plot drew before it (a reload draws in another order)', () => {
    const clipped: BaseBuilder<{ width: number }> = (d, { width }) =>
      Plot.plot({ ...frame(width, 200), document: d, marks: [Plot.line([[0, 0], [1, 1]], { clip: true })] }) as unknown as PlotElement;
    const first = nameOf(layered(fresh(), clipped, { width: 300 }, nothing));
    // Plot's clip ids count every chart drawn with a clip so far.
    layered(fresh(), clipped, { width: 299 }, nothing);
    expect(nameOf(layered(fresh(), clipped, { width: 300 }, nothing))).toBe(first);
  });
});
