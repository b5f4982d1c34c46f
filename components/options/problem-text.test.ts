// A pack's problems on the options page speak the browser's language: the code picks the message,
// the parameters fill it, the path stays as written; an unknown code shows the English message.
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import { loadPack, type PackProblem } from '@/lib/rule-pack';
import { failureText, problemDetail, problemLine, problemMessage, problemsSummary } from './problem-text';

const badPack = (phrase: string) =>
  `schema_version: 1\nid: team\nname: Team\nversion: "1"\nrules:\n  - id: sorry\n    type: phrase-present\n    level: info\n    message: Sorry\n    signal: apology\n    phrases: ["${phrase}"]\n    examples: { flag: [Sorry], pass: [Hi] }\n`;
const errorsOf = (text: string): PackProblem[] => {
  const r = loadPack(text);
  if (r.ok) throw new Error('accepted');
  return r.errors;
};

describe('pack problems in the UI language', () => {
  afterEach(() => useLocale('en'));

  it('German: an unknown word class, named by its path, with line and column', () => {
    useLocale('de');
    const [p] = errorsOf(badPack('we <entschuldigen> you'));
    expect(p!.path).toBe('rules[0].phrases[0]');
    expect(problemLine(p!)).toBe('rules[0].phrases[0]: Unbekannte Wortklasse <entschuldigen> in „we <entschuldigen> you“ (Zeile 11, Spalte 15)');
    // The CLI's words are unchanged.
    expect(p!.message).toBe('unknown word class <entschuldigen> in "we <entschuldigen> you"');
  });

  it('English: the same problem in English words', () => {
    const [p] = errorsOf(badPack('we <entschuldigen> you'));
    expect(problemDetail(p!)).toBe('Unknown word class <entschuldigen> in “we <entschuldigen> you” (line 11, column 15)');
  });

  it('German: YAML syntax, unknown fields with a suggestion, size limits', () => {
    useLocale('de');
    expect(problemMessage(errorsOf('id: a\nid: b\n')[0]!)).toBe('Ein Schlüssel steht zweimal in derselben Zuordnung; der zweite würde den ersten ersetzen');
    expect(problemMessage({ path: 'rules[0].singal', message: 'x', code: 'unknownFieldSuggest', params: { key: 'singal', suggestion: 'signal' } })).toBe(
      'Unbekanntes Feld „singal“ – meinten Sie „signal“?',
    );
    expect(problemMessage(errorsOf('x'.repeat(2100 * 1024))[0]!)).toBe('Das Paket ist größer als 2048 KB (2100 KB)');
  });

  it('German: a YAML or JSON mistake is explained in German words, not in the parser’s English', () => {
    useLocale('de');
    // A tab where spaces belong, an unclosed quote, a second ": " on one line, an alias without anchor.
    expect(problemLine(errorsOf('rules:\n\t- id: x\n')[0]!)).toBe('Das ist kein gültiges YAML: Tabulatoren dürfen YAML nicht einrücken: Rücken Sie mit Leerzeichen ein (Zeile 2, Spalte 1)');
    expect(problemMessage(errorsOf('name: "Team\n')[0]!)).toMatch(/^Das ist kein gültiges YAML: Ein schließendes Zeichen fehlt: ein Anführungszeichen/);
    expect(problemMessage(errorsOf('name: Team: Nord\n')[0]!)).toMatch(/^Das ist kein gültiges YAML: Ein „Schlüssel: Wert“ steht, wo ein Wert hingehört/);
    expect(problemMessage(errorsOf('name: *team\n')[0]!)).toBe('Das ist kein gültiges YAML: Ein Alias (*Name) verweist auf keinen vorher gesetzten Anker (&Name)');
    // JSON: the same German whichever browser's JSON.parse wrote the English.
    const json = (text: string) => {
      const r = loadPack(text, { format: 'json' });
      if (r.ok) throw new Error('accepted');
      return r.errors[0]!;
    };
    expect(problemLine(json('{"id": "a",}'))).toBe('Das ist kein gültiges JSON: Ein Name in doppelten Anführungszeichen wurde erwartet (oft steht ein Komma nach dem letzten Eintrag) (Zeile 1, Spalte 12)');
    expect(problemMessage(json('{"id": "a" "name": "b"}'))).toBe('Das ist kein gültiges JSON: Zwischen zwei Einträgen wurde ein Komma erwartet');
    for (const p of [errorsOf('rules:\n\t- id: x\n')[0]!, json('{"id": "a",}')]) expect(problemMessage(p)).not.toMatch(/parser|expected|allowed/i);
  });

  it('English: a YAML mistake keeps the parser’s own words, which name the character', () => {
    expect(problemMessage(errorsOf('name: "Team\n')[0]!)).toMatch(/^This is not valid YAML \(the parser says: “Missing closing "quote/);
  });

  it('a problem without a code, or with a code this build does not know, shows its English message', () => {
    useLocale('de');
    expect(problemMessage({ path: 'x', message: 'something new' })).toBe('something new');
    expect(problemMessage({ path: 'x', message: 'from a newer build', code: 'fromTheFuture' as never, params: {} })).toBe('from a newer build');
  });

  it('a failed subscription check: the failure and the refused pack’s first problems, and how many more', () => {
    useLocale('de');
    const problems: PackProblem[] = [1, 2, 3, 4, 5].map((i) => ({ path: `rules[${i}].id`, message: 'dup', code: 'duplicateId', params: { id: `r${i}` } }));
    const failure: PackProblem = { path: '', message: 'The new pack was refused: …', code: 'packRefused', params: {} };
    expect(failureText(failure, problems, 'english')).toBe(
      'Das neue Paket wurde abgelehnt: rules[1].id: Die ID „r1“ kommt in dieser Liste zweimal vor; rules[2].id: Die ID „r2“ kommt in dieser Liste zweimal vor; rules[3].id: Die ID „r3“ kommt in dieser Liste zweimal vor; und 2 weitere',
    );
    expect(problemsSummary(problems.slice(0, 4))).toMatch(/; und 1 weiteres$/);
    expect(failureText({ path: '', message: 'The server answered 503.', code: 'fetchStatus', params: { status: '503' } }, undefined)).toBe('Der Server antwortete mit 503');
    // A record stored before codes existed: its English lastError.
    expect(failureText(undefined, undefined, 'The server answered 503.')).toBe('The server answered 503.');
  });
});
