// Session 28 (judge-b), negative language. Sentences written for these tests (never corpus rows).
//   1. A search for a remedy that found none ("we can't find anything we can do about the fee") is a limit: it was
//      read as the agent's finding ("I can't find anything wrong"), which it is not. The finding stays a finding,
//      and the offer "if there's anything we can do about it" is no limit.
//   2. A limit of the product that the reply goes on to lift ("P2P isn't implemented yet. I will bring it back") is
//      no refusal (RULINGS N1: nothing is denied); the pack's `unless_after`. A refusal of ours ("we don't ship
//      there yet") stays one whatever follows, a redirect is no limit, and a limit given with a workaround still
//      flags (the method's rewrite fits it: "What you can do is…").
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { loadPack } from '@/lib/rule-pack';

const scorer = createScorer();
const negative = (text: string) => scorer.score(text).signals['negative-language'] === true;
/** The words of the negative-language findings (any rule of the signal). */
const flagged = (text: string) =>
  scorer
    .score(text)
    .findings.filter((f) => f.ruleId.startsWith('negative-'))
    .map((f) => text.slice(f.span.start, f.span.end));

describe('a search for a remedy that found none is a limit', () => {
  it.each([
    ["We can't find anything we can do about the fee, sorry.", 'anything we can do about'],
    ["I couldn't see anything else I could do about the charge.", 'anything else I could do about'],
    ["I don't see anything more we can change about your plan, I'm afraid.", 'anything more we can change about'],
  ])('%s', (text, words) => {
    expect(negative(text)).toBe(true);
    expect(flagged(text)).toContain(words);
  });

  it.each([
    "I can't find anything wrong with your account.",
    "We couldn't find anything unusual in the logs.",
    "If there's anything we can do about the delay, we'll let you know.",
    'Is there anything we can do about the noise from the fan?',
    'Let us know if there is anything else we can do for you.',
  ])('no limit: %s', (text) => {
    expect(negative(text)).toBe(false);
  });
});

describe('a limit the reply goes on to lift', () => {
  it.each([
    'Dark mode is not implemented yet. I will bring it back after the current patches land.',
    "The export to PDF isn't supported yet. We'll add it in the next release.",
    "The driver doesn't support hotspot mode yet, but it's possible to make it work with a small change.",
    "Offline mode isn't available at the moment. There are a few fixes ahead of it. I'll add it back once they are in.",
  ])('no refusal: %s', (text) => {
    expect(negative(text)).toBe(false);
  });

  it.each([
    // A refusal of ours stays a refusal, whatever follows.
    "We don't ship to Iceland yet, but we'll add it in the spring.",
    // A limit with a workaround: what the customer asked for is still denied.
    "It's not possible to merge the two boards, but you can copy the columns across.",
    // No lift: "add it to our blacklist" takes it away.
    "That game isn't supported by the overlay. I'm going to add it to our blacklist.",
    // Too far away: the lift is three sentences on.
    "Calendar sync isn't supported. Please check the settings. Restart the app. Reinstall it. I will add it in the next release.",
    // A redirect is no limit, even before a lift.
    'Your bank is the best place to ask about that. We will add it in a later version.',
  ])('still negative: %s', (text) => {
    expect(negative(text)).toBe(true);
  });

  it('the limit is flagged on its own words when it stays', () => {
    const text = "Unfortunately we don't offer refunds on gift cards. We'll add it to the FAQ later.";
    expect(flagged(text).some((w) => /don't/.test(w))).toBe(true);
  });
});

describe('unless_after in a pack of its own', () => {
  const pack = (unlessAfter?: string[]) =>
    loadPack({
      schema_version: 1,
      id: 's28b',
      name: 's28b',
      version: '1.0.0',
      rules: [
        {
          id: 'limit',
          type: 'phrase-avoid',
          signal: 'negative-language',
          level: 'warning',
          message: 'limit',
          phrases: ["(isn't|is not) supported"],
          examples: { flag: ['Printing is not supported.'], pass: ['Printing works.'] },
          ...(unlessAfter ? { unless_after: unlessAfter } : {}),
        },
      ],
    });

  it('reads its phrases after the match, not before', () => {
    const loaded = pack(['I will fix it']);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const s = createScorer(loaded.pack);
    expect(s.score('Printing is not supported. I will fix it soon.').signals['negative-language']).toBe(false);
    expect(s.score('I will fix it soon. Printing is not supported.').signals['negative-language']).toBe(true);
    const without = pack();
    if (!without.ok) throw new Error(JSON.stringify(without.errors));
    expect(createScorer(without.pack).score('Printing is not supported. I will fix it soon.').signals['negative-language']).toBe(true);
  });
});
