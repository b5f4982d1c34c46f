// Session 30 (judge-e): condescension as classes of what is said to the customer, not as rows' phrases.
// Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();
/** The words each condescension finding objects to, with its rule. */
const talkDown = (text: string) =>
  scorer
    .score(text)
    .findings.filter((f) => ['condescension-scold', 'calm-down', 'calm-down-start', 'as-i-said', 'condescension'].includes(f.ruleId))
    .map((f) => `${f.ruleId}: ${(f.actual ?? '').toLowerCase()}`);

signalCases(
  "the customer's manners scolded, or what they made of themselves; not our own wording owned, nor our own polite request",
  'condescension',
  [
    'You could have asked a bit more politely, but here is the refund.',
    'It is not that hard to write a civil message to the team.',
    'A little courtesy goes a long way on these forums.',
    'Other players said you were making a real nuisance of yourself in chat.',
  ],
  ['Could you kindly send us the log file?', 'We could have worded that email more politely, sorry.', 'Thanks for the polite reminder, the parcel left today.'],
);

signalCases(
  'told they got off lightly; our own luck and a plain "you were lucky to catch it" are not verdicts',
  'condescension',
  ['Consider yourself lucky the account was only suspended.', "It's lucky you were only warned this time."],
  ['You were lucky to catch it in time.', 'We were lucky you reported it early.'],
);

signalCases(
  "their words called odd; an odd error is about the product",
  'condescension',
  ["That's kind of an odd thing to say. The plan renews monthly.", 'What a strange assumption, the app never sells data.'],
  ['That is an odd error, could you send a screenshot?', 'This is a strange one: the sync ran twice.'],
);

signalCases(
  'set against the customers the product is for; "we are sorry it was not for you" echoes them',
  'condescension',
  ['We serve thousands of people who do need the daily reminders.', 'This app just isn’t for you, then.'],
  ["We're sorry the app wasn't for you.", 'Thousands of people use the new editor every day.'],
);

signalCases(
  '"You realize…" said to the customer, as a statement or with a tag question; not "once/if you realize"',
  'condescension',
  ['You realize that the trial ended in March.', 'You know the trial ended in March and that we emailed you twice, right?'],
  ['Once you realize the sync is paused, tap Resume.', 'If you realize the code is wrong, request a new one.'],
);

signalCases(
  'ironic praise of what the customer named or timed; praise of our own thing is not',
  'condescension',
  ['Your cleverly named account was reported twice.', 'That was a conveniently timed refund request.'],
  ['The new plans are clearly named in the app.', 'The store is conveniently located near the station.'],
);

signalCases(
  'a maxim laid down as a rule for the customer',
  'condescension',
  ['Rule one: a sync is not a backup.', 'The golden rule of backups is to keep two copies.'],
  ['The golden retriever in the ad is ours.', 'Your new rule is saved and runs every night.'],
);

signalCases(
  'what everybody knows; "of course" stays a connective, even before a need (not talking down in the tuning rows)',
  'condescension',
  ['As anyone knows, a cable must be plugged in to charge.', 'As everyone would know, the store closes at six.'],
  ['Of course you can keep your old number.', 'Of course, we will refund the fee.', 'Of course you need to update the app first.'],
);

signalCases(
  'a minimiser before an obligation laid on people in general, or on the customer to put up with it; a plain step is not',
  'condescension',
  ['People who host their own mail just have to plan for outages.', "You'll simply have to live with the new layout."],
  ['Customers just need to log in with their email.', 'You just need a card reader for this.', "You'll have to wait about two days for the refund."],
);

signalCases(
  'the customer\'s tone judged, and "relax" as a command; "sit back and relax" and "relax the filter" are not',
  'condescension',
  ["There's no need for that tone, we're looking into it.", 'Please watch your language in the chat.', "Relax, it's one email."],
  ['Sit back and relax while we sort it out.', 'You can relax the filter under Settings.'],
);

signalCases(
  '"Again," opening what the customer must do; "again" with thanks or an apology is not',
  'condescension',
  ['Again, you need to verify the email first.', 'Hi Sam, once again, please read the setup steps.'],
  ['Thanks again, please check the new build.', 'Again, sorry for the long wait.'],
);

signalCases(
  '"clearly states" points back at what the customer was given to read; a thing they must send is not',
  'condescension',
  ['The confirmation email clearly states the return date.', 'Our terms plainly say the deposit is kept.'],
  ['Please upload a photo which clearly shows the card number.', 'Send a scan that clearly shows your name.'],
);

describe('condescension findings name the words', () => {
  it.each([
    ['You could have asked a bit more politely, but here is the refund.', 'condescension-scold: you could have asked a bit more politely'],
    ['Consider yourself lucky the account was only suspended.', 'condescension-scold: consider yourself lucky'],
    ["Relax, it's one email.", 'calm-down-start: relax,'],
    ['Please watch your language in the chat.', 'calm-down: watch your language'],
    ['Again, you need to verify the email first.', 'as-i-said: again, you need to'],
  ])('%j', (text, finding) => expect(talkDown(text)).toContain(finding));
});

signalCases(
  "the customer's reading reproached; a pointer to somewhere new is not",
  'condescension',
  ['Have you read the manual? Page 4 covers pairing.', 'Did you read my previous reply about the PIN?', 'You need to actually read the error before you post it.'],
  ['Have you looked at the samples folder? There is one for each board.', 'Did you get my previous reply about the PIN?'],
);
