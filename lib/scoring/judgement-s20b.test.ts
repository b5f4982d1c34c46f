// Session 20 (judge-b, issue 10): three weak labels.
// - closing_question: a can-you request to try something counts asked as a question too (Q1 "Could you try X
//   and let us know if it works?"); a check whose "yes" routes the customer elsewhere closes nothing, through
//   the new `unless_reply` of the `question` rule type.
// - confirm_resolution (C1, R-F2, R-X6): "test it and tell me", "did that do it?", "any change?", a retry in
//   the customer's own words after a change, trouble or the same error after the step, how a named update works
//   out, a polite "is it possible to try the latest build?", a re-run on a newer release, "seeing if" after a step.
// - condescension: "why don't you just …" is a suggestion that names the method (R-D1; the labels score it
//   false), "why didn't you just …" blames what the customer did; "just … like everyone else" compares.
// Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { loadPack } from '../rule-pack/load';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

signalCases(
  'a request to try something, asked as a question, is a closing question (Q1)',
  'closing-question',
  [
    'Could you try turning off the VPN?',
    'Can you try the beta channel and see?',
    'Is it possible to use the latest installer for testing? The crash should already be fixed.',
    'Have you tried to reproduce this with the newest firmware? There were two fixes since.',
  ],
  [
    'Could you try to remember when it started?',
    'Can you try calling the bank?',
    'Could you try running it with the debug flag and send me the log?',
    'Could you send us your order number?',
  ],
);

signalCases(
  'a check whose "yes" sends the customer to another channel is not a closing question (C1, Q1)',
  'closing-question',
  ['Could you re-check whether the card works now?'],
  [
    'Could you re-check whether the card works now? If yes, please contact us through the help section.',
    'Can you confirm if the balance is still wrong? If so, kindly email our payments team.',
  ],
);

signalCases(
  'checks of the fix in short or everyday words invite the customer to confirm it worked (C1, R-X6)',
  'confirm-resolution',
  [
    'I pushed a new build. Test it and tell me.',
    'Did that do it?',
    'Any change?',
    'I cleared the cache on the server. Is that any better?',
    "I've unlocked your account, please try signing in again.",
    "I've re-sent the activation email. Please try now.",
    'Did you get a chance to try it?',
    'Please let us know if you face any issues after updating.',
    'Let me know if you see the same error after the upgrade.',
    'We are shipping a new release next week. Let us know how the new update works for you!',
    'This article covers that message. Please let me know if you can find the cause there!',
    'Remove the plugin completely and try restarting, checking if that is what breaks it.',
  ],
  [
    'Let us know if you face any further issues.',
    'Let me know if you have any questions about it.',
    'Let me know if you can find the order number.',
    'Please try calling the bank again.',
    'Please try again later.',
    'Did you get a chance to read the terms?',
    'What happens when you run the command?',
  ],
);

signalCases(
  'what a proposed step changes, asked of the step, checks a possible fix (C1, R-F2)',
  'confirm-resolution',
  ['What happens if you use the compatibility mode instead?', 'Is it possible for you to try the patched kernel?'],
  ['What happens if the payment fails?', 'Is it possible to export the report as CSV?'],
);

signalCases(
  '"why don\'t you just …" suggests a method (R-D1); blaming a past step or comparing with everyone talks down (CON1)',
  'condescension',
  ["Why didn't you just restore the backup?", "Why don't you just reboot it like everyone else?"],
  ["Why don't you just partition the SSD into two caches?", 'Why not just install the 32-bit build?'],
);

signalCases(
  '"it\'s easy:" before the step reassures; "it\'s really quite simple" is a verdict on the customer (CON1)',
  'condescension',
  ["It's really quite simple: open Settings and turn it off.", "Honestly, it's actually very easy."],
  ["It's easy: open Settings and turn off sync.", "It's simple, we'll send a prepaid label and you drop the parcel off."],
);

describe('the question rule type takes unless_reply (additive pack field)', () => {
  const pack = (extra: string) => `
schema_version: 1
id: t
name: T
version: 1.0.0
rules:
  - id: check
    type: question
    signal: closing-question
    level: suggestion
    message: Ask whether it is fixed.
    phrases: ["is it (working|fixed) now"]
${extra}
    examples: { flag: ["Is it working now?"], pass: ["It is working now."] }
`;
  it('cancels the question when the reply holds one of the phrases anywhere', () => {
    const loaded = loadPack(pack('    unless_reply: ["if (yes|so) [,] please contact"]'), { format: 'yaml', source: 't.yaml' });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const scorer = createScorer(loaded.pack);
    expect(scorer.score('Is it working now?').signals['closing-question']).toBe(true);
    expect(scorer.score('Is it working now? If yes, please contact the bank.').signals['closing-question']).toBe(false);
  });
  it('refuses a phrase with an unknown word class there, with a path into the field', () => {
    const loaded = loadPack(pack('    unless_reply: ["<nosuchclass> contact"]'), { format: 'yaml', source: 't.yaml' });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.some((e) => e.path.includes('unless_reply'))).toBe(true);
  });
});
