// Mistakes a team lead makes writing a first pack by hand, and what `rapport validate` (and the
// options page, which loads packs the same way) must say about each: refuse it with the path, or warn.
import { describe, expect, it } from 'vitest';
import { loadPack } from './index';
import { formatProblem } from './problems';

const HEAD = 'schema_version: 1\nid: team\nname: Team\nversion: "1"\n';
const RULE = 'rules:\n  - id: avoid\n    type: phrase-avoid\n    level: warning\n    message: Avoid\n    phrases: [not my job]\n    examples: {flag: [Not my job!]}\n';
const errorsOf = (text: string, format: 'yaml' | 'json' = 'yaml') => {
  const r = loadPack(text, { format });
  return r.ok ? [] : r.errors.map(formatProblem);
};

describe('two items with one id', () => {
  it('refuses a second closing question, tip, situation or custom tool with the id of the first', () => {
    const yaml =
      HEAD +
      RULE +
      'closing_questions:\n  - {id: q, text: Anything else?, variants: [anything else]}\n  - {id: q, text: Have I solved it?, variants: [have I solved]}\n' +
      'tips:\n  - {id: t, title: A, text: A, topics: [a]}\n  - {id: t, title: B, text: B, topics: [b]}\n' +
      'situations:\n  - {id: s, label: A, cues: [a]}\n  - {id: s, label: B, cues: [b]}\n' +
      'sites:\n  custom:\n    - {id: desk, name: A, match: ["https://a.example/*"], reply_box: "#r"}\n    - {id: desk, name: B, match: ["https://b.example/*"], reply_box: "#r"}\n';
    // Before: valid, and the pack layers kept one of each pair ("0 rules, 1 tip, 1 closing question").
    expect(errorsOf(yaml)).toEqual([
      'closing_questions[1].id: duplicate closing question id "q" (line 14, column 10)',
      'tips[1].id: duplicate tip id "t" (line 17, column 10)',
      'situations[1].id: duplicate situation id "s" (line 20, column 10)',
      'sites.custom[1].id: duplicate tool id "desk" (line 24, column 12)',
    ]);
  });
});

describe('JSON packs', () => {
  const json = (rules: string) => `{"schema_version": 1, "id": "team", "name": "Team", "version": "1",\n "rules": ${rules}\n}`;
  const rule = '{"id": "a", "type": "phrase-avoid", "level": "warning", "message": "m", "phrases": ["x"], "examples": {"flag": ["x"]}}';

  it('refuses a key written twice instead of keeping the last silently', () => {
    // Before: ok, with the first "rules" gone ("0 rules").
    expect(errorsOf(json(`[${rule}],\n "rules": []`), 'json')).toEqual(['rules: the key "rules" is written twice; the second would replace the first (line 3, column 2)']);
  });

  it('places a trailing comma at its line and column', () => {
    // Before: `not valid JSON: Unexpected token ']', ..."` with no line, as Node 20 gives no position.
    expect(errorsOf(json(`[${rule},]`), 'json')).toEqual([expect.stringMatching(/^not valid JSON: .* \(line 2, column 131\)$/)]);
  });
});

describe('text that is not what the lead wrote', () => {
  it('refuses a pack that was not saved as UTF-8 (its accents read as "\uFFFD")', () => {
    // What readFileSync(…, 'utf8') and File.text() make of "Téam" saved as Latin-1.
    expect(errorsOf(HEAD.replace('name: Team', 'name: T\uFFFDam') + RULE)).toEqual([
      'the text has "\uFFFD" where a character could not be read: save the pack as UTF-8 (line 3, column 8)',
    ]);
  });

  it('says a YAML flow list broke on " #" (a comment), not only what the parser saw', () => {
    const errs = errorsOf(HEAD + RULE.replace('[not my job]', '[within # hours, not my job]'));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toContain('" #" starts a YAML comment');
  });

  it('warns when " #" cut a raw pattern short', () => {
    const r = loadPack(HEAD + RULE.replace('[not my job]', '\n      - pattern: \\bINC\\d{7} #\\d+\n      - not my job'));
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/^rules\[0\]\.phrases\[0\]\.pattern: " #" starts a YAML comment, so this item is only "\\\\bINC\\\\d\{7\}" and "#\\d\+" is dropped/),
    ]);
  });
});

describe('a word class the pack declares', () => {
  const pack = (phrase: string) =>
    `${HEAD}word_classes:\n  team: {words: [the network team]}\nrules:\n  - id: avoid\n    type: phrase-avoid\n    level: warning\n    message: Avoid\n    phrases: ["${phrase}"]\n    examples: {flag: [ask the network team]}\n`;

  it('is not called unknown when only the asked verb form is missing', () => {
    expect(errorsOf(pack('ask <team>'))).toEqual([]);
    // Before: 'unknown word class <team> in "ask <team:past>"', though word_classes.team is right there.
    expect(errorsOf(pack('ask <team:past>'))).toEqual([
      'rules[0].phrases[0]: word class <team> has no verbs, so <team:past> matches nothing: list verbs under word_classes.team.verbs, or write <team> (line 12, column 15)',
    ]);
  });
});

describe('a rule without examples', () => {
  it('says what examples look like, not "required (a object)"', () => {
    const errs = errorsOf(HEAD + RULE.replace('    examples: {flag: [Not my job!]}\n', ''));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^rules\[0\]\.examples: required: every rule has examples .*flag: \[/);
  });
});

describe('a JSON pack nested deeper than the stack', () => {
  it('still gets the JSON message, not "could not load the pack"', () => {
    const deep = `{"a":${'['.repeat(100_000)}1,${']'.repeat(100_000)}}`;
    expect(errorsOf(deep, 'json')).toEqual([expect.stringMatching(/^not valid JSON: /)]);
  });
});
