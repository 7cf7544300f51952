/**
 * url-state reads and writes the page's own `location` and `history`; a small fake of both stands in for them,
 * so the tests see every replaceState call.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkTo, readParam, writeParam } from '../../../../src/figures/kit/browser/url-state.ts';

interface FakeHistory {
  state: unknown;
  calls: string[];
  replaceState(state: unknown, unused: string, url: URL | string): void;
}

let fakeLocation: URL;
let fakeHistory: FakeHistory;

beforeEach(() => {
  vi.useFakeTimers();
  fakeLocation = new URL('https://example.test/chapters/one-neuron/?other=1#intro');
  fakeHistory = {
    state: { deck: 3 },
    calls: [],
    replaceState(state, _unused, url) {
      // The page's history keeps its state object; a replace that dropped it would lose the deck's position.
      expect(state).toBe(fakeHistory.state);
      fakeLocation = new URL(String(url));
      this.calls.push(fakeLocation.href);
    },
  };
  vi.stubGlobal('location', {
    get href() {
      return fakeLocation.href;
    },
    get search() {
      return fakeLocation.search;
    },
  });
  vi.stubGlobal('history', fakeHistory);
});

afterEach(() => {
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('readParam(id, search = location.search)', () => {
  it('reads one figure\'s parameter, decoded', () => {
    expect(readParam('fig-a', '?fig-a=w%3A0.4%2Cb%3A1&fig-b=x')).toBe('w:0.4,b:1');
    expect(readParam('fig-b', '?fig-a=w:1&fig-b=x')).toBe('x');
  });
  it('is null when the figure has no parameter', () => {
    expect(readParam('fig-a', '?fig-b=x')).toBeNull();
    expect(readParam('fig-a', '')).toBeNull();
  });
  it('reads the page\'s own query by default', () => {
    fakeLocation = new URL('https://example.test/?fig-a=w:2');
    expect(readParam('fig-a')).toBe('w:2');
  });
});

describe('writeParam(id, value)', () => {
  it('writes nothing until the changes pause, then once, with the last value of each figure', () => {
    writeParam('fig-a', 'w:1');
    vi.advanceTimersByTime(200);
    writeParam('fig-a', 'w:2');
    writeParam('fig-b', 'b:3');
    vi.advanceTimersByTime(200);
    expect(fakeHistory.calls).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(fakeHistory.calls).toHaveLength(1);
    const url = new URL(fakeHistory.calls[0]);
    expect(url.searchParams.get('fig-a')).toBe('w:2');
    expect(url.searchParams.get('fig-b')).toBe('b:3');
  });
  it('keeps the rest of the address: path, other parameters and the hash', () => {
    writeParam('fig-a', 'w:1');
    vi.advanceTimersByTime(250);
    const url = new URL(fakeHistory.calls[0]);
    expect(url.pathname).toBe('/chapters/one-neuron/');
    expect(url.searchParams.get('other')).toBe('1');
    expect(url.hash).toBe('#intro');
  });
  it('removes a figure\'s parameter when its value is empty (the authored state)', () => {
    fakeLocation = new URL('https://example.test/?fig-a=w:1&other=1');
    writeParam('fig-a', '');
    vi.advanceTimersByTime(250);
    expect(fakeHistory.calls).toEqual(['https://example.test/?other=1']);
  });
  it('starts afresh after a write: an earlier figure is not written again', () => {
    writeParam('fig-a', 'w:1');
    vi.advanceTimersByTime(250);
    fakeLocation = new URL('https://example.test/');
    writeParam('fig-b', 'b:2');
    vi.advanceTimersByTime(250);
    expect(fakeHistory.calls[1]).toBe('https://example.test/?fig-b=b%3A2');
  });
});

describe('linkTo(id, value)', () => {
  it('is this page with the figure\'s state, scrolled to the figure', () => {
    const url = new URL(linkTo('fig-a', 'w:0.5'));
    expect(url.searchParams.get('fig-a')).toBe('w:0.5');
    expect(url.searchParams.get('other')).toBe('1');
    expect(url.hash).toBe('#fig-a');
  });
  it('drops the parameter for the authored state and changes nothing on the page', () => {
    fakeLocation = new URL('https://example.test/p/?fig-a=w:1');
    expect(linkTo('fig-a', '')).toBe('https://example.test/p/#fig-a');
    expect(fakeHistory.calls).toEqual([]);
    expect(fakeLocation.href).toBe('https://example.test/p/?fig-a=w:1');
  });
});
