/**
 * Session 25 (judge-b), negative language.
 * 1. The shared negative-language exceptions (*nl-except) had grown to 97 of negative-rejection's 100-phrase
 *    limit; entries of one shape now share one phrase. What they cancel is unchanged (report-guard: every
 *    report identical); these tests keep the room and pin a few of the merged readings.
 * 2. An e-mail address in quote marks ("write to us at 'care@shop.com'") was blanked with the quoted text
 *    (quotes.ts blanks quoted words as someone else's), so a redirect to a support mailbox went unread when
 *    the agent put the address in quotes. A quote that is one e-mail address and nothing else stays readable.
 * Every sentence written for this test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createScorer } from './index';
import { quotedSpans } from './quotes';

const scorer = createScorer();
const negative = (reply: string) => scorer.score(reply).signals['negative-language'] === true;

describe('negative-language exceptions: room under the 300-phrase limit', () => {
  // Session 41 (fix-n): raised from 90 to 95, openly. Session 41 added four readings to the shared *nl-except, each a
  // structure of its own tested in judgement-s41n (a harm made impossible, a regret over an event that did not happen,
  // data we never sell, what happens without the fix); folding them into unrelated entries with '|' only to stay under
  // 90 hid the count this guard exists to show. negative-close reads *nl-except and its own list: 93 of the schema's 100.
  // Session 50 (lead): the schema's limit has been 300 phrases since session 47 (lib/rule-pack/schema.ts), as
  // judgement-s29b already says; this guard still counted against the old 100 and failed when session 50's review added
  // two readings to *nl-except (a hardware part lacking support, judgement-s50n): negative-close read 96. It now keeps
  // a tenth of the real limit free, like judgement-s29b, openly.
  it('every negative-language rule reads at most 270 exception phrases once the shared lists are read in', () => {
    const pack = parse(readFileSync(resolve(__dirname, '../../packs/default.yaml'), 'utf8'), { maxAliasCount: 1000 }) as {
      rules: { id: string; signal?: string; except?: unknown[] }[];
    };
    const rules = pack.rules.filter((r) => r.signal === 'negative-language' && r.except);
    expect(rules.length).toBeGreaterThan(3);
    for (const r of rules) expect(r.except!.flat().length, r.id).toBeLessThanOrEqual(270);
  });
});

describe('negative language: the merged exceptions still cancel what they cancelled', () => {
  it.each([
    // an indirect question (the head list of wondering and checking)
    "I'm curious whether the export is not finished yet on your side.",
    'Could you check whether the toggle is not switched on?',
    // a question opened by a negated auxiliary, or by why
    "Can't you see the upload button on the left?",
    "Why couldn't the printer pick up the new driver?",
    // a reopen on a condition
    'Feel free to reopen this ticket if the patch does not help.',
    'You can reopen the ticket if you still see the error.',
    // a trip the customer is spared
    'No need to call your bank, the refund is already on its way.',
  ])('%s', (reply) => expect(negative(reply)).toBe(false));

  it.each([
    "We don't ship to Canada at the moment.",
    'Please raise this through our support form.',
    'Gift cards cannot be refunded.',
  ])('still flags: %s', (reply) => expect(negative(reply)).toBe(true));
});

describe('negative language: a support mailbox in quote marks is read as an address', () => {
  it.each([
    "Please write to us at 'care@fitapp.io' with your order number.",
    'Please reach out to "billing@shopco.com" about the refund.',
    "Do share your feedback with us over an email to 'team@notesapp.io'.",
    'Kindly send the screenshots to “help@payapp.in”.',
  ])('%s', (reply) => expect(negative(reply)).toBe(true));

  it.each([
    // the address the customer receives at, or the agent writing to them: no channel they are sent to
    'We\'ve sent the receipt to "jane@example.com", so it should be in your inbox.',
    "I emailed you at 'jo@example.com' this morning.",
    "Your login is 'sam@mail.com', and the reset link went there too.",
    // other quoted words stay blanked: the error's words are not the agent's refusal
    'The error says "Cannot reach server", so the sync stopped; I have restarted it for you.',
  ])('%s', (reply) => expect(negative(reply)).toBe(false));

  it('only a quote holding one e-mail address and nothing else is left readable', () => {
    expect(quotedSpans("write to 'care@shop.com' today")).toEqual([]);
    expect(quotedSpans('it said "mail care@shop.com now"')).toHaveLength(1);
    expect(quotedSpans('run `ssh git@github.com` first')).toHaveLength(1);
  });
});
