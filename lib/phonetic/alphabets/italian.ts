import type { Alphabet } from '../types';

// The Italian telephone alphabet (alfabeto telefonico), mostly city names. J, K, W, X and Y are
// foreign letters with several customary words; this table uses Jolly, Kappa, Washington, Xeres and
// Yacht (other offices say i lunga, Kursaal, doppia vu, ics, York). Italian has no separate
// radiotelephony digits, so both digit styles give the ordinary words.
const digits = ['Zero', 'Uno', 'Due', 'Tre', 'Quattro', 'Cinque', 'Sei', 'Sette', 'Otto', 'Nove'];

export const italian: Alphabet = {
  id: 'italian',
  label: 'Italian',
  lang: 'it-IT',
  letters: {
    A: 'Ancona', B: 'Bologna', C: 'Como', D: 'Domodossola', E: 'Empoli', F: 'Firenze',
    G: 'Genova', H: 'Hotel', I: 'Imola', J: 'Jolly', K: 'Kappa', L: 'Livorno', M: 'Milano',
    N: 'Napoli', O: 'Otranto', P: 'Padova', Q: 'Quarto', R: 'Roma', S: 'Savona', T: 'Torino',
    U: 'Udine', V: 'Venezia', W: 'Washington', X: 'Xeres', Y: 'Yacht', Z: 'Zara',
    ß: 'esse tedesca',
  },
  digits: { plain: digits, icao: digits },
  // Italians say the case after the letter: "Ancona maiuscola".
  caseWords: { upper: 'maiuscola', lower: 'minuscola', position: 'after' },
  marks: {
    '\u0301': 'accento acuto', '\u0300': 'accento grave', '\u0302': 'accento circonflesso',
    '\u0308': 'dieresi', '\u0303': 'tilde', '\u0327': 'cediglia', '\u030A': 'anello',
    '\u030C': 'pipa',
  },
  codePointWord: 'Unicode',
  symbolColumn: 2,
};
