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
