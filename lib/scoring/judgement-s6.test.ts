// Session 6 structures of the default pack (judgement-a: empathy, ownership, expectation,
// confirm-resolution, personalization, greeting), each with replies that show the signal and hard
// negatives that look alike but do not. Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();

const cases = signalCases;

cases(
  'a name counts only when it addresses the customer',
  'personalization',
  ['Thanks, Priya!', 'Hi Priya is it ok now?', 'Sorry Sam, that was our mistake.', 'Your refund is done, Priya.'],
  [
    'Good news, Sam is on his way!',
    'Thanks, Priya will call you back.',
    'Great, Sam has fixed it.',
    'Sorry about the wait, Marco checks the returns on Mondays.',
    'Thanks for waiting.\n\n— Marcus, Support',
    'Your refund is on its way.\n\nMarcus, Customer Care team',
  ],
);

cases(
  'invisible characters before the first word',
  'greeting',
  ['\uFEFFHi Dana, your order is on its way.', '\u0000Hello, your order is on its way.', '\u200B\u200EHey, the order shipped.'],
  ['\uFEFFYour order is on its way.'],
);

cases(
  'an action done or promised in the first person, whatever the verb (actions.ts)',
  'ownership',
  [
    "I've lifted the cap on transfers.",
    "I'll ring you back.",
    'I will ring you at 10 tomorrow.',
    "We're reverting 2.8.0 right now.",
    'Leave this one with me.',
    "I've unblocked your card.",
    "We've waived the fee for you.",
    "I'm rebooking your seat.",
  ],
  [
    "I'll know more by Friday.",
    "We'll keep everything crossed for you!",
    'I will post any updates here.',
    'We have limited the update to twice a month.',
    "I've noticed the same on my laptop.",
    "I'm hoping the courier is quicker this time.",
    "I'll be honest, that version is old.",
    "We're experiencing high volumes today.",
  ],
);

describe('commitments and ownership read a first-person action the same way', () => {
  it.each(["I'll ring you at 10 tomorrow.", "I'll unlock it for you by Friday.", "I'll know more by Friday.", "We'll see tomorrow."])('%j', (t) => {
    const r = scorer.score(t, { writtenAt: '2026-12-01T09:00:00Z', timeZone: 'UTC' });
    expect((r.commitments ?? []).length > 0).toBe(r.signals.ownership);
  });
});

cases(
  'an evaluative word on what happened to the customer (evaluative.ts, VADER)',
  'empathy',
  [
    "Losing that much money on a trip that didn't happen is awful.",
    'That must be really unsettling.',
    'Nine days is far longer than it should take.',
    'Waiting all weekend for a call that never came sounds exhausting.',
    'What a stressful start to the move.',
    'Being charged twice is unacceptable, and I have asked for the refund.',
  ],
  [
    "That's not bad at all.",
    'Running the service as root is dangerous.',
    'The path in your config is wrong.',
    'It is difficult to say without the logs.',
    'Is that bad?',
    'The old build was slow.',
  ],
);

cases(
  'a yes/no question on the present state of what was fixed, or a request to report back',
  'confirm-resolution',
  [
    'Does it hold now?',
    'Are payments going through for you now?',
    'Has that sorted it for you?',
    'Keep me posted on how the next payment goes.',
    'Let me know if the connection holds.',
    'I swapped the router. Is the signal stable again?',
  ],
  ["We'll have it fixed by Friday.", 'Can you send me the logs now?', 'Do you have the order number now?', 'Is there a reason you need it now?', 'It works now.'],
);

cases(
  'a next event without a clock',
  'expectation',
  [
    'It will be arranged for you.',
    'A replacement will be sent to your address.',
    'Once the fix ships, the error goes away.',
    'The fix is coming very soon.',
    'A courier will collect it.',
    "As soon as I hear back, I'll update the ticket.",
  ],
  ['It should work now.', 'We will notify you if there are any changes.', 'The fix went out last week.', 'Once you restart, the error goes away.'],
);
