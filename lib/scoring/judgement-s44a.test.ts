/**
 * Session 44 (judge-a): apology read through misspellings and formal regret (LABELING apology; RULINGS E1; corpus-extra
 * R-X2 "we regret the inconvenience" is an apology). Every sentence is written for these tests, none taken from a corpus row.
 *
 * - A misspelt apology or regret word is the word meant (apology-spelling.ts): its skeleton (doubled letters made one:
 *   "appologies", "regreeted", "sorrry") or, for a word of seven letters or more, one slip ("apolgize", "aplogies"),
 *   or two dropped letters in a long word ("inconvience"). Short words are read by skeleton or a listed shorthand only;
 *   real words near the class ("regress", "register", "regular", "frustrates") stay as written.
 * - Formal regret is an apology: the writer's regret with an adverb ("we truly regret"), regret at news ("regret to
 *   hear"), the passive of care desks ("is deeply regretted", "inconvenience regretted"), a regret that names what went
 *   wrong ("regret the unpleasant experience", "regret that you had to wait").
 * - Not an apology: regret denied or foretold to the customer ("we regret nothing", "you won't regret it", "no
 *   regrets"), and "sorry" the adjective before its noun ("a sorry state", "a sorry excuse").
 * - Empathy words misspelt read as meant, so a misspelt validation is one ("I undrstand how frustating this is").
 * - Empathy (E1, LABELING "acknowledgement of the customer's situation"): what the problem cost the customer said with a
 *   verb of knowing ("I know you've spent hours on this"); an understatement ("I know this hasn't been easy", "is no fun
 *   at all."). Not: a step noted ("I see you have tried X"), a task rated ("not easy to find", "no fun to skip").
 */
import { describe, expect, it } from 'vitest';
import { meantApologyWord } from './apology-spelling';
import { signalCases } from './test/signal-cases';

signalCases(
  'a misspelt apology or regret word is the word meant',
  'apology',
  [
    'Appologies for the late delivery, the parcel is on its way now.',
    'We aplogise for the mix-up with your order, a new one ships today.',
    'We are sorrry the room was not ready when you arrived.',
    'Soory for the wait, your refund has been processed.',
    'Dear Guest, Inconvience highely regreeted. Our team will service the air conditioner.',
    'Our sincere apologise for the trouble with your booking.',
  ],
  [
    'Please register your device on the portal first.',
    'The regular price applies after the promo ends.',
    'The patch regressed the startup time, so we reverted it.',
    'The story behind the feature is in our blog.',
  ],
);

signalCases(
  'formal regret is an apology (R-X2)',
  'apology',
  [
    'We truly regret the unpleasant experience you had at the front desk.',
    'Regret to hear that the breakfast was served cold.',
    'The trouble with your booking is deeply regretted.',
    'It is regretted that the pool was closed during your stay.',
    'We regret that you had to wait so long for the shuttle.',
    'I sincerely regret the confusion over the invoice.',
  ],
  [
    'We regret nothing about the new design, it tested well with users.',
    "You won't regret upgrading to the annual plan.",
    'No regrets here, the update went smoothly.',
    'Regrettably the export feature is not available on the free plan.',
  ],
);

signalCases(
  '"sorry" the adjective before its noun is no apology',
  'apology',
  ['Sorry, the link was wrong; here is the right one.', 'I am sorry the router arrived in that state.'],
  ['The old router was left in a sorry state after the storm.', 'That was a sorry excuse for a manual, so we rewrote it.'],
);

signalCases(
  'a misspelt validation is one (E1)',
  'empathy',
  ['I undrstand how frustating this must be for you.', 'We completely understnad your frustation with the delay.'],
  ['I understood the steps, thanks, the export works now.', 'The installer frustrates nobody once the key is entered.'],
);

describe('apology-spelling: which typed words are read as another', () => {
  it.each([
    ['appologies', 'apologies'],
    ['apolgize', 'apologize'],
    ['regreeted', 'regretted'],
    ['sorrry', 'sorry'],
    ['sry', 'sorry'],
    ['inconvience', 'inconvenience'],
    ['frustating', 'frustrating'],
  ])('%s is %s', (typed, meant) => expect(meantApologyWord(typed)).toBe(meant));
  it.each(['regress', 'regressed', 'register', 'regular', 'sorrow', 'story', 'sore', 'frustrates', 'understated', 'understood', 'convenience', 'inconvenient', 'apologue'])(
    '%s is typed as meant',
    (typed) => expect(meantApologyWord(typed)).toBeUndefined(),
  );
});

signalCases(
  'what the problem has cost the customer, acknowledged, is empathy (E1, LABELING "situation")',
  'empathy',
  [
    "I know you've spent hours on this already, so let's get it fixed today.",
    'I realise this has caused you a lot of extra work with your clients.',
  ],
  [
    'I see you have tried restarting the router; next, check the cable.',
    'I know you have tried a beta before, so the steps will be familiar.',
    'We know the update took three hours to roll out.',
  ],
);

signalCases(
  'an understatement of the trouble ("hasn\'t been easy", "no fun") is empathy',
  'empathy',
  [
    "Thank you for bearing with us, I know this hasn't been easy.",
    "It can't have been fun to lose a whole afternoon to the upload.",
    'Being without internet for three days is no fun at all.',
  ],
  [
    'It is not easy to find the setting, it lives under Advanced.',
    'The tutorial is no fun to skip, we know, but it only takes a minute.',
    'The update is no fun, but it only takes a minute.',
    'Queueing is no fun, so we added online booking.',
  ],
);
