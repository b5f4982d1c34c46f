/**
 * Session 48 (judge-t): teach (RULINGS T1/T2). Sentences written here (none copied from a corpus row).
 *
 * 1. A better way asked back as a conditional ("If you declare it as a constant instead, does that give you what you
 *    want?") states the method and only checks that it fits: it teaches like "declare it as a constant instead" (T2, an
 *    approach), although the how-to rules skip questions. Rule teach-instead-asked: "if / what if you" + a how-to or
 *    means verb + "instead" within six words. Edges: an offer ("if you'd take a voucher instead"), a diagnostic question
 *    about what the customer did, and a routing or pointer step ("use the link instead") are not read.
 * 2. Moving to a development line named by its branch or snapshot ("use the head version from the repository", "switch
 *    to the trunk version") is an update step, a try-X (T2), like "install the latest version"; a reason given with it
 *    still teaches through its own phrase.
 * 3. "when it comes to X" names a topic, not a condition a rule applies under (T1, teach-rule); a real "when" clause with
 *    its own subject still reads as the rule of the service.
 * 4. A call reported as working on a system ('load_config("prod") works fine on my Fedora box') is a test finding, no
 *    method (T2; RULINGS: a look-up stated only as a finding); the same call given as a step still teaches.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a better way asked back as "if you … instead, does that …?" teaches; an offer, a diagnostic question or a link does not (T2)',
  'teach',
  [
    'If you declare it as a constant instead, does that give you what you want?',
    'What if you pass the path as an argument instead?',
    // The statement form was already read by the how-to rules and still is.
    'You could pass the folder as an argument instead.',
  ],
  [
    "If you'd take a voucher instead, just say so.",
    'Did it work when you used the old driver instead?',
    'If you use the link instead, does it open?',
    'If you email us instead, do we get the attachment?',
  ],
);

signalCases(
  'moving to the head, trunk or nightly build is an update step (T2); a cause given with it still teaches',
  'teach',
  ['The nightly build fixes it because the parser no longer drops the header row.'],
  [
    'You should use the head version from the repository.',
    'You could switch to the trunk version for now.',
    'Run the nightly build and see if it still happens.',
  ],
);

signalCases(
  '"when it comes to" names a topic, not a condition (T1); a "when" clause of the service still teaches',
  'teach',
  ['The fee applies when the order comes to more than fifty dollars.'],
  [
    'We are always glad to help, especially when it comes to family stays.',
    'When it comes to refunds, we are happy to look at every case.',
  ],
);

signalCases(
  'a call reported as working on a system is a finding (T2); the same call given as a step teaches',
  'teach',
  [
    'Use load_config("prod") to read the production settings.',
    'Call load_config("prod") before the first request, otherwise the defaults are used.',
  ],
  [
    'For what it is worth, load_config("prod") works fine on my Fedora box.',
    'Just to let you know, install.deps("core") worked fine for me on both laptops.',
  ],
);
