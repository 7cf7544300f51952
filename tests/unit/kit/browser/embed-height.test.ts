/**
 * The embed page's height messages, with a fake window: its root's box height is set by the test, and a fake
 * ResizeObserver lets the test say when the root changed size.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMBED_HEIGHT, heightMessage, reportHeight } from '../../../../src/figures/kit/browser/embed-height.ts';

describe('heightMessage(id, height)', () => {
  it('is the documented shape, the height rounded up to a whole pixel', () => {
    expect(heightMessage('fig-one-neuron-1', 612.2)).toEqual({ type: 'bending-lines:embed-height', id: 'fig-one-neuron-1', height: 613 });
    expect(EMBED_HEIGHT).toBe('bending-lines:embed-height');
    expect(Object.keys(heightMessage('x', 1)).sort()).toEqual(['height', 'id', 'type']);
  });
});

function fakeWindow(framed: boolean) {
  const observers: (() => void)[] = [];
  vi.stubGlobal('ResizeObserver', class {
    callback: () => void;
    constructor(callback: () => void) {
      this.callback = callback;
    }
    observe() {
      observers.push(this.callback);
    }
  });
  const box = { height: 500 };
  const posted: unknown[][] = [];
  const view = {
    document: { documentElement: { getBoundingClientRect: () => ({ height: box.height }) } },
    parent: undefined as unknown,
  };
  view.parent = framed ? { postMessage: (...args: unknown[]) => posted.push(args) } : view;
  return { view: view as unknown as Window, box, posted, resized: () => observers.forEach((o) => o()) };
}

afterEach(() => vi.unstubAllGlobals());

describe('reportHeight(id, view)', () => {
  it('posts the root’s height to the parent at once and whenever it changes, never the same height twice', () => {
    const { view, box, posted, resized } = fakeWindow(true);
    reportHeight('fig-a-1', view);
    box.height = 640.5;
    resized();
    resized();
    box.height = 300;
    resized();
    expect(posted).toEqual([
      [heightMessage('fig-a-1', 500), '*'],
      [heightMessage('fig-a-1', 641), '*'],
      [heightMessage('fig-a-1', 300), '*'],
    ]);
  });

  it('posts nothing when the page is not in a frame', () => {
    const { view, posted, resized } = fakeWindow(false);
    reportHeight('fig-a-1', view);
    resized();
    expect(posted).toEqual([]);
  });
});
