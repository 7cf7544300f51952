/** The net for English left on a page in another language: it must catch both kinds, and not German itself. */
import { describe, expect, it } from 'vitest';
import { englishIn, englishPhrases } from '../../../scripts/english-left.ts';

const english = { figure: { reset: 'Reset', copy: 'Copy link to this view', count: { one: '{n} point', other: '{n} points' }, name: 'ReLU' } };
const german = { figure: { reset: 'Zurücksetzen', copy: 'Link zu dieser Ansicht kopieren', count: { one: '{n} Punkt', other: '{n} Punkte' }, name: 'ReLU' } };

describe('english-left', () => {
  it('takes the English phrases the translation says differently, cut at their placeholders', () => {
    expect(englishPhrases(english, german)).toEqual(['Copy link to this view', 'points', 'Reset', 'point']);
  });

  it('finds a phrase of the locale, and a sentence written in English into the code', () => {
    const phrases = englishPhrases(english, german);
    expect(englishIn('Abbildung 1. Reset', phrases)).toEqual(['Reset']);
    expect(englishIn('Drag the slider to see it bend', phrases)).toEqual(['the word "the"', 'the word "to"', 'the word "it"']);
  });

  it('finds nothing in German, nor in a name both languages share', () => {
    const phrases = englishPhrases(english, german);
    expect(englishIn('Zurücksetzen · 12 Punkte · ReLU knickt die Gerade bei null. Link zu dieser Ansicht kopieren', phrases)).toEqual([]);
    // A word inside a German word is not the word: "Bias", "Tonne", "Neuron", "Forum".
    expect(englishIn('Bias, Tonne, Neuron, Forum, Ansicht', phrases)).toEqual([]);
  });
});

describe('around', () => {
  it('quotes where English reads, for the message', async () => {
    const { around } = await import('../../../scripts/english-left.ts');
    expect(around('Abbildung 1: Drag the slider', 'the word "the"')).toBe('Abbildung 1: Drag the slider');
    expect(around('Abbildung 1. Reset', 'Reset')).toBe('Abbildung 1. Reset');
  });
});
