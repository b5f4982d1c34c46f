/**
 * Session 49 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Ownership (O3, R-D2): a fix reported by the id of the change that made it, with no "commit" word before the id, as
 *   trackers write it ("Fixed in r4821.", "Fixed in 9c41be07", "It was fixed in commit:5e0d2ab9", a commit address). A
 *   release or version ("Fixed in 2.3.", "fixed in v4.1.2"), a year or a bare number stays a status, and so does a
 *   commit dated long before ("fixed in r2201 two years ago").
 * - Ownership (R-M2, O2): the customer's input taken into consideration with "all" before it or its topic after it
 *   ("we have taken all your remarks into consideration", "your suggestion about the late checkout").
 * - Ownership (O2): the team briefed on the complaint ("we have briefed the housekeeping team").
 * - Ownership (O1, R-U5): work "towards" fixing the very thing raised or towards a resolution; work towards improving the
 *   service in general is not.
 * - Not ownership (O2): praise passed on, also as "gracious compliments".
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a fix named by its change id is an action on the report (O3, R-D2); a release, a bare number or an old commit is not',
  'ownership',
  [
    'Fixed in r4821.',
    'Thanks for spotting it! Applied at r390.',
    'Fixed in 9c41be07, thanks for the clear steps.',
    'It was fixed in commit:5e0d2ab9.',
    'Fixed in https://github.com/acme/widgets/commit/a41f9e2c07 and uploaded.',
    'This has been fixed in r1170.',
  ],
  [
    'Fixed in 2.3.',
    'Fixed in v4.1.2, please update.',
    'Fixed in 2021.',
    'Fixed in 1234567.',
    'This was fixed in r2201 two years ago, so please update.',
    'It was fixed in the 3.0 release.',
  ],
);

signalCases(
  'the customer input taken into consideration, with "all" or its topic, is logging it (R-M2, O2)',
  'ownership',
  [
    'We will take your suggestion about the late checkout into consideration.',
    'We have taken all your comments into account.',
    'Your points are fair and we are taking all of your concerns on board.',
  ],
  ['Take your time and let us know.', 'You may want to take your budget into account before upgrading.'],
);

signalCases(
  'the team briefed on the complaint is passing it on (O2)',
  'ownership',
  ['We have briefed the housekeeping team about the noise.', "I'll brief our night staff on this."],
  ['I was briefed by the manager before my shift.', 'Please brief your team on the new process.'],
);

signalCases(
  'work towards fixing the thing raised, or towards a resolution, is ownership (O1, R-U5); improvement in general is not',
  'ownership',
  ['We will work towards resolving this before your next stay.', 'Our agent is working towards a quick resolution.'],
  ['We are always working towards building a better app.', 'We are constantly working towards improving our services.'],
);

signalCases(
  'gracious compliments passed on are praise passed on (O2); a complaint passed on still counts',
  'ownership',
  ['I will share your complaint about the slow service with our staff.'],
  ['Happy to pass your gracious compliments on to the chef.'],
);

signalCases(
  'review (rf-o): a change id with a fresh time, or a contraction, is still the fix; old, foreign or reported fixes are not (O3)',
  'ownership',
  [
    "Fixed in r9034 an hour ago, tonight's nightly will have it.",
    "It's been fixed in r7761; the next snapshot carries it.",
    "Fixed in r4821. Last week's build still has the crash, so grab tomorrow's.",
    'Pushed in c81e44f a few minutes ago, please pull and retry.',
  ],
  [
    'This was fixed in r1402 over three years ago, so your copy is very old.',
    'It was fixed in r880 back in 2015, please update.',
    'According to the changelog, it was fixed in 2e4b91a by the upstream team.',
    'Hmm, you said it was fixed in 7ac31f0, but the log says otherwise.',
  ],
);

signalCases(
  'review (rf-o): work towards a resolution is ownership only when we or our team do it (O1)',
  'ownership',
  ["We're working towards fixing this before the weekend.", 'Our engineers have been working toward a permanent fix.'],
  [
    'Microsoft is working towards a fix for this Windows update problem.',
    'The airline and the airport are working towards a resolution of the strike.',
    "I hope you'll work towards a solution with your landlord.",
    'Your bank will be working towards a resolution within 10 days.',
  ],
);

signalCases(
  'review (rf-o): input taken into consideration needs us as subject, not refused, not asked of the customer (R-M2)',
  'ownership',
  ["We've taken all of your remarks about the checkout page into account.", "Rest assured, we're taking your valuable feedback on board."],
  [
    'Unfortunately we cannot take your suggestion into consideration at this time.',
    'We are unable to take your request into consideration as the deadline has passed.',
    'Please take these points into account when you renew your plan.',
    'When choosing a size, take these remarks into consideration.',
  ],
);

signalCases(
  'review (rf-o): a briefing done or promised counts; a daily routine does not (O2)',
  'ownership',
  ["We've re-briefed our drivers on the delivery instructions.", 'I have personally briefed the front desk team about your complaint.'],
  ['We brief the staff every morning before opening.'],
);
