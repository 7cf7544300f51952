/**
 * The ink shares the deck's BroadcastChannel with sync.ts, so it must know its own messages from the deck's and
 * from anything malformed (src/deck/client/ink/channel.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isInkMessage, perFrame } from '../../../src/deck/client/ink/channel.ts';

const stroke = { id: 'a-1', slide: 2, step: 0, colour: 'blue', points: [1, 2, 3, 4] };

describe('isInkMessage', () => {
  it('takes the ink and pointer messages', () => {
    for (const m of [
      { type: 'pointer', x: 10, y: 20 },
      { type: 'pointer', x: null, y: null },
      { type: 'ink-grow', stroke },
      { type: 'ink-done', stroke },
      { type: 'ink-remove', id: 'a-1' },
      { type: 'ink-clear', slide: 2 },
      { type: 'ink-hello' },
      { type: 'ink-all', strokes: [stroke] },
    ]) expect(isInkMessage(m), JSON.stringify(m)).toBe(true);
  });

  it("leaves the deck's own messages and malformed ones alone", () => {
    for (const m of [
      null, 'ink-hello', 5,
      { type: 'goto', slide: 1, step: 0, clock: 1, rank: 'x' }, { type: 'hello' }, { type: 'state' },
      { type: 'pointer', x: '10', y: 20 }, { type: 'pointer', x: 10 }, { type: 'pointer', x: NaN, y: 1 },
      { type: 'ink-grow', stroke: { ...stroke, colour: 'pink' } }, { type: 'ink-done' },
      { type: 'ink-remove', id: 3 }, { type: 'ink-clear', slide: '2' }, { type: 'ink-all', strokes: 'x' },
    ]) expect(isInkMessage(m), JSON.stringify(m)).toBe(false);
  });
});

describe('perFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the latest value once a frame, and flush sends what waits at once', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const sent: number[] = [];
    const send = perFrame((n: number) => sent.push(n));
    send(1);
    send(2);
    send(3);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(sent).toEqual([3]);
    send(4);
    send.flush();
    expect(sent).toEqual([3, 4]);
    send.flush(); // nothing waits: nothing sent
    expect(sent).toEqual([3, 4]);
  });
});
