// Session 32 (speed): two changes that make scoring cheaper and must leave every answer as it was.
// 1. nameAcceptor keeps the newest string object of a draft it already read (a re-scored draft is a new
//    string with the same characters), so later compares in the scan are identity checks.
// 2. In a long draft, the anchor groups of its frequent words are not placed (MatcherTable.denseGroups):
//    a phrase is then tried more often, and must find exactly the hits it found before.
// 3. The German promise cues' `iu` expression runs only on a text holding "ich", "wir", "Sie" or "unser"
//    after a non-letter (commitments/languages.ts needing): the same answer on every text.
// 4. Session 32 review (judge-e, R11): the cache test asks about the same word at the same place in a draft that
//    reads it otherwise ("Zorvath.Core.dll"), so it fails if the kept answers are never cleared for a new text.
import { describe, expect, it } from 'vitest';
import { GERMAN } from './commitments/languages';
import { MatcherTable } from './matchers';
import { englishWords, nameAcceptor, NameSlot } from './names';
import { tokenize } from './tokens';
import { compileWordClasses } from './word-classes';

const common = englishWords(new Set(['thanks', 'order']));

describe('nameAcceptor and a draft scored again as a new string', () => {
  it('gives the same answers for an equal text in a fresh string object, and reads the next text afresh', () => {
    const accept = nameAcceptor(undefined, common);
    const text = 'Hi Maria, thanks for writing. Zorvath from billing will call you.';
    // The same characters, built anew (as plainSpaces/analyse do on every score).
    const again = [...text].join('');
    const maria = text.indexOf('Maria');
    const zorvath = text.indexOf('Zorvath');
    expect(accept('Maria', NameSlot.Given, text, maria)).toBe(true);
    expect(accept('Zorvath', NameSlot.Given, text, zorvath)).toBe(false);
    expect(accept('Maria', NameSlot.Given, again, maria)).toBe(true);
    expect(accept('Zorvath', NameSlot.Given, again, zorvath)).toBe(false);
    expect(accept('Zorvath', NameSlot.Loose, again, zorvath)).toBe(true);
    // Another draft with another word at Maria's place: not the answer kept for "Maria".
    const other = 'Hi Order, thanks for writing. Zorvath from billing will call you.';
    expect(accept('Order', NameSlot.Given, other, maria)).toBe(false);
    // The same word at the same place in a draft that reads it otherwise (the first part of a file name,
    // "Zorvath.Core.dll"): only a cache cleared for the new text answers false here, since the word and its
    // place alone match what was kept for the first draft.
    const dotted = 'Hi Maria, thanks for writing. Zorvath.Core.dll is the file to replace.';
    expect(dotted.indexOf('Zorvath')).toBe(zorvath);
    expect(accept('Zorvath', NameSlot.Loose, dotted, zorvath)).toBe(false);
    // And back to the first draft's characters: its answer again, not the file name's.
    expect(accept('Zorvath', NameSlot.Loose, again, zorvath)).toBe(true);
  });
});

/** Scans `text` for `phrases` with a fresh table; a capitalised word fills any {name} slot. */
function scan(phrases: string[], text: string): { found: string[][]; attempts: number } {
  const table = new MatcherTable(compileWordClasses({ we: { words: ['we', 'I'] }, thing: { words: ['the order', 'the parcel', 'your refund'] } }));
  table.addList(phrases);
  const hits = table.scanAll(text, tokenize(text, 0, text.length), (w) => /^[A-Z]/.test(w));
  return { found: hits.map((list) => list.map((h) => text.slice(h.start, h.end))), attempts: table.lastAttempts };
}

describe('a long draft whose frequent words hold a phrase’s anchors', () => {
  const phrases = ['<we> ... (sent|shipped) <thing>', 'the ... arrive (today|tomorrow)', 'sorry ... wait', '{name} ,'];
  // "the", "we" and "I" are frequent here (one token in a few); "sorry", "wait" and "arrive" are not.
  const sentences = [
    'We sent the order to the depot and the parcel left the depot.',
    'I shipped the parcel and the driver has the route.',
    'The parcel should arrive tomorrow, and the refund with it.',
    'Sorry for the long wait, Maria, the depot was closed.',
    'The team and the driver and the depot all have the details.',
  ];

  it('finds in the whole draft exactly the hits it finds sentence by sentence', () => {
    const long = Array.from({ length: 12 }, (_, i) => sentences[i % sentences.length]).join(' ');
    expect(tokenize(long).length).toBeGreaterThan(64 * 2);
    const whole = scan(phrases, long).found;
    const bySentence = phrases.map(() => [] as string[]);
    for (let i = 0; i < 12; i++) scan(phrases, sentences[i % sentences.length]!).found.forEach((list, p) => bySentence[p]!.push(...list));
    expect(whole).toEqual(bySentence);
    expect(whole[0]!.slice(0, 2)).toEqual(['We sent the order', 'I shipped the parcel']);
    expect(whole[1]![0]).toBe('The parcel should arrive tomorrow');
    expect(whole[2]![0]).toBe('Sorry for the long wait');
    expect(whole[3]![0]).toBe('Maria,');
  });

  it('still tries a phrase only where its rare words lie within reach', () => {
    // "sorry" opens the draft and "wait" closes it, 200 tokens later: never within the phrase's reach.
    const filler = Array.from({ length: 40 }, () => 'the day').join(' and ');
    const { found, attempts } = scan(['sorry ... wait'], `sorry ${filler} wait`);
    expect(found[0]).toEqual([]);
    expect(attempts).toBe(0);
  });
});

describe('the German promise cues behind their prefilter', () => {
  // The cues as one `iu` expression, as they were tested before the prefilter.
  const whole = new RegExp(GERMAN.cues.map((c) => `(?:${c.re.source})`).join('|'), 'iu');
  it.each([
    'Ich melde mich morgen bei Ihnen.',
    'Morgen rufe ich Sie zurück.',
    'WIR SCHICKEN IHNEN DEN ERSATZ.',
    'Sie hören von uns bis Freitag.',
    'Unser Team wird das prüfen.',
    '„Wir senden die Unterlagen“, schrieb sie.',
    '_ich melde mich',
    '1wir melden uns',
    'Émile: ich prüfe das',
    'ſie werden von uns hören',
    'We will send it today, which should help.',
    'Thanks for waiting; the fix ships on Friday.',
    '',
  ])('%j', (text) => {
    expect(GERMAN.anyCue.test(text)).toBe(whole.test(text));
  });

  it('finds a cue in a German sentence and none in an English one', () => {
    expect(GERMAN.anyCue.test('Ich melde mich morgen bei Ihnen.')).toBe(true);
    expect(GERMAN.anyCue.test('We will send it today, which should help.')).toBe(false);
  });
});
