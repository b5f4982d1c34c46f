/**
 * Session 38 (judge-c), negative language (RULINGS N1, corpus-extra R-D3, R-F1, R-X3). The rulings applied:
 * - R-D3: "an explicit refusal or impossibility aimed at what the customer asked is negative" ("no plan to
 *   implement", "I'm not planning to add them"): the same refusal for the future said in the passive or impersonally
 *   ("that request is unlikely to be implemented"), support withdrawn as the plan ("with 3.0 we will drop support for
 *   it"), the customer's proposal turned down ("I don't think we want that"), and "there currently isn't a way to".
 *   A promise that a fault won't recur ("this won't happen again") and a timing ("won't happen until …") refuse
 *   nothing (pack rule negative-rejection and its except).
 * - N1 "another company" and R-X3: the customer's own vendor or account contact is another party ("you'd need to
 *   contact your account manager", "ask your OEM") (pack word class elsewhere); the agent's own contact is not.
 * - R-F1: asking the customer to open a report on a tracker or a new list thread is a redirect, also with the tracker
 *   named before the noun ("a new bugzilla ticket", "a new email thread") or with "I suggest you …".
 * - N1 "forum" / channel notices: the post sent to another stream or list ("this should go in the #help stream"), or
 *   the question refused on this one ("this list is not appropriate for usage questions"), is a redirect.
 * - N1 "can't / unable" and "another company": the helper's own knowledge too short to help ("I don't know enough
 *   about X to help") and the people who would know better ("the Foo folks would know more") count.
 * - N1 "negatively worded facts … where nothing is denied": the customer's failing thing named in a relative clause
 *   ("the script that does not work for you") restates their report, nothing refused (negative-language except).
 * - R-K1 ("This is the expected behavior" rejects the report): the complaint answered with what the product was made to
 *   be ("the editor was designed as a simple note taker") (pack rule negative-rejection).
 * Every sentence written for this test; each yes-case fails without its change.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'the request refused for the future, passive or impersonal (R-D3)',
  'negative-language',
  [
    'Thanks for the list. Most of these ideas will probably not happen in this version, the team is too small.',
    'A macOS build is unlikely to be added, sorry.',
    'Offline mode is never going to be supported on the free tier.',
    'With release 3.0 we will drop support for the old controllers.',
    'Honestly I don\'t think we want that in the core library.',
    'There currently isn\'t a way to merge two workspaces.',
  ],
  [
    'We are sorry about the missed delivery, this won\'t happen again.',
    'The transfer won\'t happen until the payment clears on Monday.',
    'Your booking is going to be added to the new system tonight.',
    'We\'ll drop you an email as soon as the part arrives.',
  ],
);

signalCases(
  'the customer sent to their own vendor or account contact (N1 another company, R-X3)',
  'negative-language',
  [
    'Bulk licensing is handled separately, you would need to contact your account manager.',
    'The signed firmware has to come from the maker, so you\'ll need to ask your OEM for it.',
    'Reach out to your hosting provider about the MX records.',
  ],
  ['I have contacted your account manager and she will call you this afternoon.'],
);

signalCases(
  'a tracker report, a new list thread or another stream asked of the customer (R-F1, N1 forum)',
  'negative-language',
  [
    'I suggest you open a new jira ticket for the crash.',
    'Could you start a new email thread for the second problem?',
    'This question should go in the #support stream, not in #announcements.',
    'This list is not appropriate for installation questions like this one.',
  ],
  ['The parcel should go in the post this evening.', 'The refund should go to your bank within three days.'],
);

signalCases(
  "the helper's knowledge too short to help, and the people who know better (N1)",
  'negative-language',
  [
    'I don\'t know enough about scanners to help with this one, sorry.',
    'We\'re not familiar enough with that framework to advise on it.',
    'Maybe the packaging folks will have a better idea about the dependency.',
    'The firmware maintainers would know more about that flag.',
  ],
  ['I know enough about this board to say the fuse is gone.', 'Our courier people will have your parcel by noon.'],
);

signalCases(
  "the customer's failing thing named in a relative clause restates their report (N1)",
  'negative-language',
  [],
  [
    'Could you attach the config file that does not work for you?',
    'Please send me the log from the laptop that doesn\'t work for you.',
  ],
);

signalCases(
  'the complaint answered with what the product was made to be (R-K1)',
  'negative-language',
  [
    'The editor was designed as a simple note taker, not a full word processor.',
    'Our planner is intended as a light tool for small teams.',
    'That level was always meant as an optional challenge.',
  ],
  ['The old build folder was first used as a scratch area and is now kept.'],
);
