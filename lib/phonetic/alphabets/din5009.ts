import type { Alphabet } from '../types';

// DIN 5009:2022 ("Buchstabiertafel für Wirtschaft und Verwaltung"): city names replace the old
// first names. The 2022 table has no entries for "Ch" and "Sch" any more: they are spelled letter by
// letter. Digits: "Zwo" is the German telephone convention that keeps zwei apart from drei.
export const din5009: Alphabet = {
  id: 'din5009',
  label: 'German (DIN 5009:2022)',
  lang: 'de-DE',
  letters: {
    A: 'Aachen', B: 'Berlin', C: 'Chemnitz', D: 'Düsseldorf', E: 'Essen', F: 'Frankfurt',
    G: 'Goslar', H: 'Hamburg', I: 'Ingelheim', J: 'Jena', K: 'Köln', L: 'Leipzig', M: 'München',
    N: 'Nürnberg', O: 'Offenbach', P: 'Potsdam', Q: 'Quickborn', R: 'Rostock', S: 'Salzwedel',
    T: 'Tübingen', U: 'Unna', V: 'Völklingen', W: 'Wuppertal', X: 'Xanten', Y: 'Ypsilon',
    Z: 'Zwickau',
    Ä: 'Umlaut Aachen', Ö: 'Umlaut Offenbach', Ü: 'Umlaut Unna', ß: 'Eszett',
  },
  digits: {
    plain: ['Null', 'Eins', 'Zwei', 'Drei', 'Vier', 'Fünf', 'Sechs', 'Sieben', 'Acht', 'Neun'],
    icao: ['Null', 'Eins', 'Zwo', 'Drei', 'Vier', 'Fünf', 'Sechs', 'Sieben', 'Acht', 'Neun'],
  },
  caseWords: { upper: 'groß', lower: 'klein', position: 'before' },
  marks: {
    '\u0301': 'Akut', '\u0300': 'Gravis', '\u0302': 'Zirkumflex', '\u0308': 'Trema',
    '\u0303': 'Tilde', '\u0327': 'Cedille', '\u030A': 'Ring', '\u030C': 'Hatschek',
  },
  codePointWord: 'Unicode',
  symbolColumn: 1,
};
