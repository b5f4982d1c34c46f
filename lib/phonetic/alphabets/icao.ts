import type { Alphabet } from '../types';

// Spellings as ICAO Annex 10 writes them: "Alfa" and "Juliett" are deliberate, so that speakers of
// other languages pronounce them right; "Niner" keeps nine apart from the German "nein".
export const icao: Alphabet = {
  id: 'icao',
  label: 'ICAO / NATO',
  lang: 'en-US',
  letters: {
    A: 'Alfa', B: 'Bravo', C: 'Charlie', D: 'Delta', E: 'Echo', F: 'Foxtrot', G: 'Golf',
    H: 'Hotel', I: 'India', J: 'Juliett', K: 'Kilo', L: 'Lima', M: 'Mike', N: 'November',
    O: 'Oscar', P: 'Papa', Q: 'Quebec', R: 'Romeo', S: 'Sierra', T: 'Tango', U: 'Uniform',
    V: 'Victor', W: 'Whiskey', X: 'X-ray', Y: 'Yankee', Z: 'Zulu',
    ß: 'sharp S',
  },
  digits: {
    plain: ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'],
    icao: ['Zero', 'Wun', 'Too', 'Tree', 'Fower', 'Fife', 'Six', 'Seven', 'Ait', 'Niner'],
  },
  caseWords: { upper: 'capital', lower: 'lowercase', position: 'before' },
  marks: {
    '\u0301': 'acute', '\u0300': 'grave', '\u0302': 'circumflex', '\u0308': 'umlaut',
    '\u0303': 'tilde', '\u0327': 'cedilla', '\u030A': 'ring', '\u030C': 'caron',
  },
  codePointWord: 'code point',
  symbolColumn: 0,
};
