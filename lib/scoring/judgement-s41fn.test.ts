/**
 * Session 41 fix (fix-n): review findings 3b, 3d and 1b on the merge of session 41. Every sentence written for this
 * test (none copied from a corpus row).
 *
 * 3b. Four negative-language exceptions of session 41 (a harm made impossible, a regret over an event that did not
 *     happen, data we never sell, what happens without the fix) are entries of their own again in *nl-except, not
 *     folded into unrelated entries with '|'; the phrase-count guards (judgement-s25b, judgement-s29b) were raised
 *     openly instead. What flags and what passes is unchanged: the same readings, pinned here entry by entry.
 * 3d. confirm-resolution-retry names what is tried again by class (<retry-object>: the product by its kind;
 *     <fix-carrier>: the update or build the fix came in), not by game words; and "should go through" counts as a fix
 *     made only with "now": a refund that "should go through by Friday" is a future event, so a report-back after it
 *     asks nothing about a fix (C1).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { signalCases } from './test/signal-cases';

describe('3b: the session-41 negative-language exceptions are entries of their own', () => {
  it('no *nl-except entry joins a session-41 reading to another with a top-level "|"', () => {
    const pack = parse(readFileSync(resolve(__dirname, '../../packs/default.yaml'), 'utf8'), { maxAliasCount: 1000 }) as {
      rules: { id: string; except?: unknown[] }[];
    };
    const nlExcept = pack.rules.find((r) => r.id === 'negative-language')!.except as string[];
    const starts = [
      '(not possible|not be possible|isn\'t possible|impossible|no way) to (lose',
      '(unfortunately|sadly) [,] (the|your',
      '(we|I) [<adv>] (don\'t|do not|won\'t|will not|never',
      'without (the|this|that|these|those',
    ];
    for (const start of starts) expect(nlExcept.some((e) => typeof e === 'string' && e.startsWith(start)), start).toBe(true);
  });
});

signalCases(
  '3b: each unfolded reading still cancels what it cancelled; its limit-kind neighbours still flag',
  'negative-language',
  [
    "It isn't possible to transfer the licence to a second person.",
    "We don't offer phone support on weekends.",
    "Unfortunately we can't extend the warranty for that model.",
  ],
  [
    "Relax, it's impossible to lose your saved drafts when the page reloads.",
    "Sadly the parcel didn't arrive before the weekend; a new one leaves today.",
    'We will never share your contact details with advertisers.',
    "Without the hotfix applied, the importer can't read files over 2 GB.",
    'Please try the patches on the following feature branch.',
    "I'm not sure whether the sync is not finished yet on your side.",
  ],
);

signalCases(
  '3d: a retry invitation after a fix, for any product by its kind; a future event is no fix made',
  'confirm-resolution',
  [
    "We've patched the login bug, so maybe give the website another try.",
    'The upload error is fixed now, in case you would like to use the app again.',
    "We've released a new build with the fix; feel free to retest it.",
    'Your card should now go through. Keep me posted!',
  ],
  [
    'Your refund should go through by Friday. Keep me posted!',
    'The transfer should go through within three working days. Let us know!',
    'We hope you will give our shop another chance!',
  ],
);
