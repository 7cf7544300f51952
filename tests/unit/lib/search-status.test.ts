import { describe, expect, it } from 'vitest';
import { searchStatus } from '../../../src/lib/search-status.ts';

describe('the search status', () => {
  it('says plainly when the matches are the query’s own words', () => {
    expect(searchStatus('Bias', 3, ['bias', 'Bias', 'bias:'])).toBe('3 chapters mention “Bias”.');
    expect(searchStatus('loss landscape', 1, ['loss'])).toBe('1 chapter mentions “loss landscape”.');
  });

  it('names what was matched when it is not the query (markup, stems, prefixes)', () => {
    expect(searchStatus('<img src=x onerror=alert(1)>', 8, ['one', 'on', 'One', 'one,'])).toBe('Nothing matches “<img src=x onerror=alert(1)>” exactly; 8 chapters mention “one” or “on”.');
    expect(searchStatus('neurons', 2, ['neuron'])).toBe('Nothing matches “neurons” exactly; 2 chapters mention “neuron”.');
    expect(searchStatus('x', 1, ['a', 'b', 'c', 'd', 'e', 'f'])).toBe('Nothing matches “x” exactly; 1 chapter mentions “a”, “b”, “c”, “d” or “e” and more.');
  });

  it('says when nothing matched', () => {
    expect(searchStatus('  zebra ', 0, [])).toBe('No chapter mentions “zebra”.');
  });
});
