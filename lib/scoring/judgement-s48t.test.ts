/**
 * Session 48 (judge-t): teach (RULINGS T1/T2). Sentences written here (none copied from a corpus row).
 *
 * 1. A better way asked back as a conditional ("If you declare it as a constant instead, does that give you what you
 *    want?") states the method and only checks that it fits: it teaches like "declare it as a constant instead" (T2, an
 *    approach), although the how-to rules skip questions. Rule teach-instead-asked: "if / what if you" + a how-to or
 *    means verb + "instead" within six words. Edges: an offer ("if you'd take a voucher instead"), a diagnostic question
 *    about what the customer did, and a routing or pointer step ("use the link instead") are not read.
 * 2. Moving to a development line named by its branch or snapshot ("use the head version of the plugin", "switch
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

// S48 fix (fixer-t, reviewer-4 finding 1): only the asked-back form counts, and a try-X step asked back (sign out and in,
// clear the cache, another browser, device, card or the app, an offer's code) or a choice among offers is no method (T2).
signalCases(
  'the asked-back better way needs the question; a try-X step or an offer put that way does not teach (T2)',
  'teach',
  [
    // reviewer-4's sentences: a method asked back still teaches.
    'What if you set the column type to Text instead?',
    'If you map the drive by its IP address instead, does it connect?',
    'If you add the header in the request instead, does the API accept it?',
    // my own
    'If you wrap the call in a transaction instead, do the duplicates stop?',
    'What if you sort the sheet by the second column instead?',
  ],
  [
    // reviewer-4's sentences: try-X steps asked back.
    'If you log out and back in instead, does that help?',
    'If you sign out and sign back in instead, does the menu come back?',
    'What if you clear the cache instead?',
    'What if you use a different browser instead?',
    'If you use Firefox instead, does the upload go through?',
    'If you use a different card instead, does the payment go through?',
    'If you install it on another computer instead, does it activate?',
    'If you use the app instead, does the booking show up?',
    'If you use the promo code instead, does the price drop?',
    // reviewer-4's sentences: statements that offer, sell or route.
    'If you select Standard shipping instead, it will arrive on Friday.',
    'If you choose the annual plan instead, you save twenty percent.',
    "If you set it up yourself instead, we won't charge the installation fee.",
    'If you open a ticket instead, we can track it properly.',
    // my own: the question must be the same sentence; a choice among offers asked back.
    'If you move the backup to the evening instead, the load drops. Does that suit you?',
    'If you pick the yearly plan instead, is that cheaper for your team?',
    'What if you open it in a private window instead?',
  ],
);

signalCases(
  'moving to the head, trunk or nightly build is an update step (T2); a cause given with it still teaches',
  'teach',
  [
    'The nightly build fixes it because the parser no longer drops the header row.',
    // S48 fix (fixer-t, reviewer-4 finding 3): building a line is a how-to, "master" is also a document's master copy,
    // and "the git version" is also the tool's own version; these are not read as an update step.
    'Build the git version with make install so the new flag is available.',
    'Use the master version of the template, then fill in your company name in cell B2.',
    'Build the trunk version with make and install it to /usr/local.',
    'Use the master copy of the invoice template and change the logo in the header.',
  ],
  [
    // S48 fix (finding 5): worded so as not to echo a corpus row, and read as teaching before the judge's change.
    'You could use the head version of the plugin until the release is out.',
    'You could switch to the trunk version for now.',
    'You could run the nightly build for the time being.',
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

// S48 fix (fixer-t, reviewer-4 finding 2): the topic reading only after an attitude or a boast of the team; a service
// act before "when it comes to" is a rule of the service (T1). The negatives below were all read as teaching before the
// judge's except.
signalCases(
  '"when it comes to" after an attitude is a topic; after an act of the service it is the rule\'s condition (T1)',
  'teach',
  [
    // reviewer-4's sentences
    'We charge a small fee when it comes to late check-outs.',
    'We offer a discount when it comes to group bookings.',
    'We always refund the deposit when it comes to medical cancellations.',
    'Whenever it comes to a chargeback, the account is frozen until the bank decides.',
    // my own
    'We hold the parcel for seven days when it comes to signed deliveries.',
  ],
  [
    'We pride ourselves on speed when it comes to repairs.',
    'We are always happy to help when it comes to any question.',
    'We listen carefully when it comes to feedback.',
  ],
);

signalCases(
  'a call reported as working on a system is a finding (T2); the same call given as a step teaches',
  'teach',
  [
    'Use load_config("prod") to read the production settings.',
    'Call load_config("prod") before the first request, otherwise the defaults are used.',
    // S48 fix (fixer-t, reviewer-4 finding 4): the finding must end its clause; a how-to after it still teaches.
    'os.path.join(a, b) works correctly on every platform, so use it to build the path.',
    'str.format() works fine on Python 3, so use it to build the message.',
  ],
  [
    'For what it is worth, load_config("prod") works fine on my Fedora box.',
    'Just to let you know, install.deps("core") worked fine for me on both laptops.',
    'I tested it: requests.get(url) works fine here.',
    'Good news: render() works fine on Windows too.',
  ],
);
