import { describe, expect, it } from 'vitest';
import { ALPHABET_IDS, isAlphabetId, spell, toText } from './index';

const AZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const words = (input: string, alphabet: (typeof ALPHABET_IDS)[number]): string[] =>
  spell(input, { alphabet, markCase: 'never' }).groups.flat().map((c) => c.words.join(' '));

describe('alphabets, letter by letter', () => {
  it('spells A–Z in ICAO as ICAO writes the words (Alfa, Juliett)', () => {
    expect(words(AZ, 'icao')).toEqual([
      'Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett',
      'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango',
      'Uniform', 'Victor', 'Whiskey', 'X-ray', 'Yankee', 'Zulu',
    ]);
  });

  it('spells A–Z with the DIN 5009:2022 city table', () => {
    expect(words(AZ, 'din5009')).toEqual([
      'Aachen', 'Berlin', 'Chemnitz', 'Düsseldorf', 'Essen', 'Frankfurt', 'Goslar', 'Hamburg',
      'Ingelheim', 'Jena', 'Köln', 'Leipzig', 'München', 'Nürnberg', 'Offenbach', 'Potsdam',
      'Quickborn', 'Rostock', 'Salzwedel', 'Tübingen', 'Unna', 'Völklingen', 'Wuppertal', 'Xanten',
      'Ypsilon', 'Zwickau',
    ]);
  });

  it('spells the German umlauts and both forms of Eszett as DIN 5009:2022 does', () => {
    expect(words('ÄÖÜßẞ', 'din5009')).toEqual([
      'Umlaut Aachen', 'Umlaut Offenbach', 'Umlaut Unna', 'Eszett', 'Eszett',
    ]);
    expect(words('äöü', 'din5009')).toEqual(['Umlaut Aachen', 'Umlaut Offenbach', 'Umlaut Unna']);
  });

  it('spells A–Z with the Italian telephone alphabet', () => {
    expect(words(AZ, 'italian')).toEqual([
      'Ancona', 'Bologna', 'Como', 'Domodossola', 'Empoli', 'Firenze', 'Genova', 'Hotel', 'Imola',
      'Jolly', 'Kappa', 'Livorno', 'Milano', 'Napoli', 'Otranto', 'Padova', 'Quarto', 'Roma',
      'Savona', 'Torino', 'Udine', 'Venezia', 'Washington', 'Xeres', 'Yacht', 'Zara',
    ]);
  });

  it('spells lower-case letters with the same words', () => {
    for (const id of ALPHABET_IDS) {
      expect(words(AZ.toLowerCase(), id)).toEqual(words(AZ, id));
    }
  });

  it('spells an accented letter the table lacks as its base letter and the accent', () => {
    expect(words('é', 'icao')).toEqual(['Echo acute']);
    expect(words('è', 'italian')).toEqual(['Empoli accento grave']);
    expect(words('ä', 'icao')).toEqual(['Alfa umlaut']);
    // Decomposed input (e + combining acute) reads the same as the composed letter.
    expect(words('e\u0301', 'icao')).toEqual(['Echo acute']);
  });
});

describe('digits', () => {
  const digits = (alphabet: (typeof ALPHABET_IDS)[number], style: 'plain' | 'icao'): string =>
    toText(spell('0123456789', { alphabet, digits: style, groupSize: 10 }), { charSeparator: ' ' });

  it('reads digits plainly by default and in ICAO radiotelephony style on request', () => {
    expect(toText(spell('0123456789', { groupSize: 10 }), { charSeparator: ' ' })).toBe(
      'Zero One Two Three Four Five Six Seven Eight Nine',
    );
    expect(digits('icao', 'icao')).toBe('Zero Wun Too Tree Fower Fife Six Seven Ait Niner');
  });

  it('reads digits in German, with "Zwo" in the radiotelephony style', () => {
    expect(digits('din5009', 'plain')).toBe('Null Eins Zwei Drei Vier Fünf Sechs Sieben Acht Neun');
    expect(digits('din5009', 'icao')).toBe('Null Eins Zwo Drei Vier Fünf Sechs Sieben Acht Neun');
  });

  it('reads digits in Italian in both styles', () => {
    const italian = 'Zero Uno Due Tre Quattro Cinque Sei Sette Otto Nove';
    expect(digits('italian', 'plain')).toBe(italian);
    expect(digits('italian', 'icao')).toBe(italian);
  });
});

describe('isAlphabetId', () => {
  it('accepts only the alphabet ids, so a stale setting falls back instead of breaking', () => {
    expect(ALPHABET_IDS.every(isAlphabetId)).toBe(true);
    expect(isAlphabetId('nato')).toBe(false);
    expect(isAlphabetId(undefined)).toBe(false);
  });
});
