// Names of the symbols that turn up in URLs, e-mail addresses, paths and passwords, in the three
// languages of the alphabets (columns: English, German, Italian). Whitespace is listed too, because
// a space inside a password must be said, not skipped.

type Names = readonly [en: string, de: string, it: string];

export const SYMBOL_NAMES: Readonly<Record<string, Names>> = {
  '-': ['dash', 'Bindestrich', 'trattino'],
  _: ['underscore', 'Unterstrich', 'trattino basso'],
  '.': ['dot', 'Punkt', 'punto'],
  '@': ['at', 'At-Zeichen', 'chiocciola'],
  '/': ['slash', 'Schrägstrich', 'barra'],
  '\\': ['backslash', 'Backslash', 'barra rovesciata'],
  ':': ['colon', 'Doppelpunkt', 'due punti'],
  ';': ['semicolon', 'Semikolon', 'punto e virgola'],
  ',': ['comma', 'Komma', 'virgola'],
  '+': ['plus', 'Plus', 'più'],
  '#': ['hash', 'Raute', 'cancelletto'],
  '&': ['ampersand', 'Und-Zeichen', 'e commerciale'],
  '*': ['asterisk', 'Stern', 'asterisco'],
  '!': ['exclamation mark', 'Ausrufezeichen', 'punto esclamativo'],
  '?': ['question mark', 'Fragezeichen', 'punto interrogativo'],
  '=': ['equals', 'Gleichheitszeichen', 'uguale'],
  '%': ['percent', 'Prozent', 'percento'],
  $: ['dollar', 'Dollar', 'dollaro'],
  '€': ['euro', 'Euro', 'euro'],
  '£': ['pound', 'Pfund', 'sterlina'],
  '~': ['tilde', 'Tilde', 'tilde'],
  '^': ['caret', 'Zirkumflex', 'accento circonflesso'],
  '(': ['open parenthesis', 'Klammer auf', 'parentesi aperta'],
  ')': ['close parenthesis', 'Klammer zu', 'parentesi chiusa'],
  '[': ['open square bracket', 'eckige Klammer auf', 'parentesi quadra aperta'],
  ']': ['close square bracket', 'eckige Klammer zu', 'parentesi quadra chiusa'],
  '{': ['open curly brace', 'geschweifte Klammer auf', 'parentesi graffa aperta'],
  '}': ['close curly brace', 'geschweifte Klammer zu', 'parentesi graffa chiusa'],
  '<': ['less-than sign', 'Kleiner-als-Zeichen', 'minore'],
  '>': ['greater-than sign', 'Größer-als-Zeichen', 'maggiore'],
  '|': ['vertical bar', 'senkrechter Strich', 'barra verticale'],
  '"': ['double quote', 'Anführungszeichen', 'virgolette'],
  "'": ['apostrophe', 'Apostroph', 'apostrofo'],
  '`': ['backtick', 'Backtick', 'apice inverso'],
  '–': ['en dash', 'Halbgeviertstrich', 'trattino medio'],
  '—': ['em dash', 'Geviertstrich', 'trattino lungo'],
  '§': ['section sign', 'Paragraf', 'paragrafo'],
  '°': ['degree sign', 'Grad', 'grado'],
};

export const SPACE_NAMES: Readonly<Record<string, Names>> = {
  ' ': ['space', 'Leerzeichen', 'spazio'],
  '\u00A0': ['non-breaking space', 'geschütztes Leerzeichen', 'spazio unificatore'],
  '\t': ['tab', 'Tabulator', 'tabulazione'],
  '\n': ['new line', 'neue Zeile', 'a capo'],
};
