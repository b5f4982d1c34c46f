/**
 * Session 39 (judge-b): ownership by kinds of missed sentence, each fixed by structure and checked on sentences written
 * here (none copied from a corpus row).
 *
 * 1. RULINGS O1 and corpus-extra R-C1/R-WB2: a separate willingness sentence after the same team's own address counts
 *    ("… email us. We'll be glad to help."); so does willingness with an intensifier or a future or conditional "be" and a
 *    verb of fixing or changing ("I will be more than willing to work with you"). Standing availability ("always happy to
 *    help"), help on another occasion (R-C1's later date) and "happy to hear / discuss / share your kind words" do not.
 * 2. corpus-extra R-R2: a colleague copied in counts, also in brackets ("[Cc'ing Priya]") or as a bare "CC name," opening a
 *    sentence; a "Cc: list@address" trailer or a licence note "(CC BY-SA 4.0)" does not.
 * 3. RULINGS O3 "tested, tried to reproduce": a first-person test run counts whatever it ran on ("I have run the trace
 *    tool", "I bisected it", "I tried three firmware versions"); "I ran into the same thing" and a test not yet done do not.
 * 4. corpus-extra R-U5: a team's work on the very fault the customer raised, pointed back at ("improve the accuracy of
 *    those features", "minimize this downtime"), counts; general improvement talk does not.
 * 5. Expectation, corpus-extra R-R1 and RULINGS X1: a promised patch is a next event also with the subject left out ("Will
 *    post a fix.") or through "make sure" ("I'll make sure you get the patch"), and a time counts after the writer's own
 *    plan or obligation ("I need to call the vendor tomorrow"); a hedged plan or the customer's own step does not.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a willingness sentence after the same team\'s channel, or with an intensifier (O1, R-C1)',
  'ownership',
  [
    'Drop a line to help@ourshop.com with the receipt. We\'ll be glad to help.',
    'Write to care@acme.io with the order number. We will be glad to assist you.',
    'We\'re truly happy to replace the faulty adapter for you.',
    'We\'d be very happy to replace the charger for you.',
    'I will be more than willing to work with you to get the exporter running.',
  ],
  [
    'We\'re always happy to help!',
    'We\'re so glad to hear you\'re enjoying the app.',
    'If you ever need anything else, email us and we\'ll be happy to help.',
    'We are happy to discuss our pricing with you.',
    'We\'d be happy to share your kind words with the team.',
  ],
);

signalCases(
  'a colleague copied in, in brackets or as a bare "CC name," (R-R2)',
  'ownership',
  ['[Cc\'ing Priya] Looks like a regression in the probe path.', 'CC marek, he wrote that driver.', 'Looks odd to me (adding Tomas).'],
  ['Cc: stable@vger.kernel.org', 'Released under (CC BY-SA 4.0) terms.'],
);

signalCases(
  'a first-person test run, whatever it ran on (O3)',
  'ownership',
  [
    'I have run xfstests twice and nothing shows up.',
    'I bisected down to the merge of the gpio branch.',
    'I tried three firmware versions and all of them link at 1G.',
  ],
  ['I ran into the same thing last year.', 'I have not tested it yet.', '> I tested it on 5.4 and it fails.\nThanks for the report.'],
);

signalCases(
  'work on the very fault, pointed back at (R-U5)',
  'ownership',
  [
    'We\'re working hard to improve the accuracy of those features.',
    'We are working closely with the bank to minimize or avoid this downtime in the future.',
    'Our engineers are working to reduce these delays.',
  ],
  [
    'We are working on a fully updated version that you will get for free.',
    'We\'re constantly working to improve the app.',
    'We are working hard to improve our services for everyone.',
  ],
);

signalCases(
  'a promised patch with the subject left out or through "make sure", a time after the writer\'s plan (R-R1, X1)',
  'expectation',
  [
    'Will send a small patch for the timeout later.',
    'Will bisect and post a fix.',
    'I\'ll make sure the fix lands in your branch.',
    'I need to ring the courier tomorrow about it.',
    'I have to phone the courier tomorrow about it.',
  ],
  [
    'Will that patch help?',
    'Will probably send a fix.',
    'The maintainer will post a fix.',
    'You need to restart it tomorrow.',
    'I hope to have a fix soon.',
  ],
);
