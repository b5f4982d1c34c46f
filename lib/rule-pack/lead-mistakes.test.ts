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
