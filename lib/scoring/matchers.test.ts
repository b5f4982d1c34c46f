import { describe, expect, it } from 'vitest';
import { loadPack } from '../rule-pack/load';
import { MatcherTable, type Hit } from './matchers';
import { compilePhrase, GAP_REACH, STEP_GAP } from './phrase';
import { tokenize } from './tokens';
import { compileWordClasses } from './word-classes';

/** Scans `text` for `phrases` with a fresh table; a capitalised word fills any {name} slot. */
function scan(phrases: string[], text: string, memoAfter?: number): { hits: Hit[][]; table: MatcherTable } {
  const table = new MatcherTable(compileWordClasses({ we: { words: ['we', 'I'] } }), memoAfter);
  table.addList(phrases);
  const hits = table.scanAll(text, tokenize(text, 0, text.length), (w) => /^[A-Z]/.test(w));
  return { hits, table };
}

/** `n` gaps between n + 1 words: "w0 ... w1 ... w2". */
const gapped = (words: string[]) => words.join(' ... ');

describe('gaps', () => {
  it('compiles adjacent gaps into one gap of a longer reach', () => {
    const reaches = (p: string) => compilePhrase(p).steps.filter((s) => s.k === STEP_GAP).map((s) => s.reach);
    expect(reaches('sorry ... wait')).toEqual([GAP_REACH]);
    expect(reaches('sorry ... ... … wait')).toEqual([3 * GAP_REACH]);
    expect(reaches('sorry ... for ... ... wait')).toEqual([GAP_REACH, 2 * GAP_REACH]);
  });

  it('skips up to the merged reach, shortest first, never across punctuation', () => {
    const ends = (text: string) => scan(['sorry ... ... wait'], text).hits[0]!.map((h) => text.slice(h.start, h.end));
    expect(ends('sorry for the long long long wait')).toEqual(['sorry for the long long long wait']);
    expect(ends('sorry a b c d e f g wait')).toEqual([]);
    expect(ends('sorry for the. Long wait')).toEqual([]);
    expect(ends('sorry wait, the wait')).toEqual(['sorry wait']);
  });

  it('matches a 30-gap phrase over a 4 KB reply in work linear in the reply', () => {
    // Every word fits every term, and the phrase's last word sits past a full stop: each of the
    // 4^30 ways through the gaps fails, at every word.
    // "done" ends every run of 99 words, so it is always within the phrase's reach (122 tokens) and
    // the phrase is tried at every word.
    const phrase = `${gapped(Array(31).fill('we'))} done`;
    const visits = (words: number) => {
      const text = Array.from({ length: words / 100 }, () => `${Array(99).fill('we').join(' ')}. done`).join(' ');
      const { hits, table } = scan([phrase], text);
      expect(hits[0]).toEqual([]);
      expect(table.lastAttempts).toBe((words / 100) * 99);
      return { visits: table.lastVisits, chars: text.length };
    };
    const half = visits(700);
    const full = visits(1400);
    expect(full.chars).toBeGreaterThan(4096);
    // Each (step, token) state fails once, and an attempt visits at most 64 branch points before it
    // keeps failures: a bounded number a word, so twice the words is about twice the work.
    expect(full.visits).toBeLessThan(300 * 1400);
    expect(full.visits / half.visits).toBeLessThan(2.1);
  });

  it('finds a 30-gap phrase where it fits', () => {
    const words = Array.from({ length: 31 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'z' : ''}`);
    const text = `${words.map((w) => `${w} x y`).join(' ')}`;
    const { hits } = scan([gapped(words)], text);
    expect(hits[0]!.map((h) => [h.start, h.end])).toEqual([[0, text.lastIndexOf(words[30]!) + words[30]!.length]]);
  });

  it('keeps optional words and alternations linear too', () => {
    const phrase = `${Array(20).fill('[very]').join(' ')} ${gapped(Array(10).fill('(very|so much)'))} end`;
    const text = `${Array(600).fill('very').join(' ')}. end`;
    const { hits, table } = scan([phrase], text);
    expect(hits[0]).toEqual([]);
    expect(table.lastVisits).toBeLessThan(200 * 600);
  });
});

describe('anchors within reach', () => {
  it('tries a phrase only where the words it needs lie within its reach', () => {
    const filler = Array(70).fill('and').join(' ');
    const far = `sorry ${filler} for the wait`;
    const farScan = scan(['sorry ... wait'], far);
    expect(farScan.hits[0]).toEqual([]);
    expect(farScan.table.lastAttempts).toBe(0);
    const near = `${filler} sorry for the wait`;
    const nearScan = scan(['sorry ... wait'], near);
    expect(nearScan.hits[0]!.map((h) => near.slice(h.start, h.end))).toEqual(['sorry for the wait']);
    expect(nearScan.table.lastAttempts).toBe(1);
  });

  it('finds the same hits with an address step, whose reach has no bound', () => {
    const text = `${Array(70).fill('and').join(' ')} write to support@example.com today`;
    const { hits } = scan(['write to {email}'], text);
    expect(hits[0]!.map((h) => text.slice(h.start, h.end))).toEqual(['write to support@example.com']);
  });
});

describe('memoised matching', () => {
  // The same hits, names included, whether failed states are kept from the first branch or never.
  it.each([
    ['sorry ... ... wait', 'sorry for the wait, sorry for the long long wait'],
    ['(hi|hello|dear) ... {name} (thanks|today)', 'Hello there Anna Bob today. Hi Cleo thanks'],
    ['[please] [kindly] (send|share) ... (logs|the logs|a screenshot)', 'Please kindly send us the logs or share a screenshot'],
    ['<we> ... (will|can) ... (check|look into) ... (it|this)', 'We will soon check it. I can look into this now'],
    ['(a|a b|a b c) ... c [d] ... e', 'a b c d x e a b c c c e'],
  ])('%s in %j', (phrase, text) => {
    const plain = scan([phrase], text, Infinity).hits;
    expect(scan([phrase], text, 0).hits).toEqual(plain);
    expect(plain[0]!.length).toBeGreaterThan(0);
  });

  it('takes back the names a failed way filled', () => {
    // "Anna" fills {name} with no gap, then "today" is not there; one skipped word on, "Bob" does.
    const text = 'Hi Anna Bob today';
    for (const memoAfter of [0, Infinity]) expect(scan(['hi ... {name} today'], text, memoAfter).hits[0]!.map((h) => h.names)).toEqual([['Bob']]);
  });
});

describe('phrases led by a built-in class test', () => {
  it('are tried only at the words that pass the test', () => {
    const text = 'Thanks for waiting. I restarted the server and checked the logs, then we updated it.';
    const { hits, table } = scan(['<action:past> (the|it)'], text);
    expect(hits[0]!.map((h) => text.slice(h.start, h.end))).toEqual(['restarted the', 'checked the', 'updated it']);
    expect(table.lastAttempts).toBe(3);
  });
});

describe('pack validation with many gaps', () => {
  it('accepts a phrase of 31 words joined by 30 gaps and runs its examples', () => {
    const phrase = gapped(Array(31).fill('we'));
    const many = Array(200).fill('we').join(' ');
    const result = loadPack({
      schema_version: 1,
      id: 'team',
      name: 'Team',
      version: '1',
      rules: [
        {
          id: 'gaps',
          type: 'phrase-avoid',
          level: 'warning',
          message: 'Gaps',
          phrases: [`${phrase} done`],
          examples: { flag: [`${Array(31).fill('we').join(' ')} done`], pass: [`${many}. done`] },
        },
      ],
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
