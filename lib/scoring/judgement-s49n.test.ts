/**
 * Session 49 (judge-n): negative language by structure. Sentences written for these tests, none copied from a corpus row.
 * - Negative (R-K1 "This is the expected behavior"): the report rejected with the behaviour itself as the subject of the
 *   verdict ("The current behaviour is correct.", "the behaviour you describe is intended"). A verdict inside a condition,
 *   or one followed by "now" (a fix reported), is not.
 * - Negative (N1 "forum", R-F1 the tracker): the customer advised to use another venue, named by a longer name or by its
 *   address, to ask, report or discuss there ("please take this to our user forum to discuss it", "please use https://… to
 *   report a new bug"); a page to sign in at is no venue.
 * - Negative (N1 "forum"): the venue named as the place for questions of this kind ("for questions like these, the
 *   developers mailing list is the better place", "please keep support questions to the users mailing list") and the
 *   wrong venue said bare as an opening ("Wrong forum, this one is for …"). Questions of this kind answered here, a wrong
 *   list that is not a venue and a wrong radio channel are not.
 * - Negative (R-K1 "it's not valid for me"): the customer's submission called not valid or marked invalid ("the patch
 *   isn't valid", "I'll mark it invalid"), and the complaint put down to the customer's misreading ("you misunderstood
 *   the instructions", "it was simply a misunderstanding"). A token or coupon that expired, the writer's own misreading,
 *   an apology for a misunderstanding, a plain "there was a misunderstanding" and one owned by us are not.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'the behaviour called correct or intended rejects the report (R-K1)',
  'negative-language',
  [
    'The current behaviour is correct.',
    'The behavior you describe is intended, the export skips hidden sheets.',
    'Sorry, but the default behaviour is correct as it stands.',
  ],
  [
    'If the current behaviour is correct, we should document it better.',
    'The current behaviour is correct now that the patch is in.',
    'Your behaviour in the lobby was correct and the ban has been lifted.',
  ],
);

signalCases(
  'another venue to use for asking or reporting, by a longer name or an address, is a redirect (N1, R-F1)',
  'negative-language',
  [
    'Please use our users mailing list to discuss setups like yours.',
    'Please use our community forum to ask other players about mods.',
    'Please use https://bugs.example.org/new to report a new bug.',
  ],
  ['Please use https://example.com/login to sign in again.', 'Please use the reset link in the email to set a new password.'],
);

signalCases(
  'the venue for questions of this kind, or the wrong venue said bare, is a redirect (N1)',
  'negative-language',
  [
    'For questions like these, the developers mailing list is the better place.',
    'Please keep support questions to the users mailing list.',
    'Wrong forum, this one is for the desktop app.',
    'Wrong mailing list: this one covers packaging only.',
  ],
  [
    'For issues like this, we usually reset the router remotely.',
    'Keep the questions coming, we read every reply.',
    'You downloaded the wrong list of serial numbers.',
    'The router was set to the wrong channel, I have changed it.',
  ],
);

signalCases(
  "the customer's submission called not valid, or the complaint put down to their misreading, rejects the report (R-K1)",
  'negative-language',
  [
    'The attached patch is not valid against the current branch.',
    'Please send a fresh patch, that one is no longer valid.',
    "I'm going to mark this one invalid, there is nothing to act on.",
    'I think you misunderstood how the trial period works.',
    'It was simply a misunderstanding of what the package includes.',
    'Must be some miscommunication, every room has a heater.',
  ],
  [
    'Your session token is no longer valid, so the app logged you out.',
    'Your claim is valid and the refund is on its way.',
    'Sorry if I misunderstood your question about exports.',
    'Apologies for any misunderstanding about the delivery date.',
    'There was a misunderstanding with your booking and we have fixed it.',
    'It was just a miscommunication on our part, and the deposit is refunded.',
  ],
);

signalCases(
  'review (rf-n): a fix reported, a misreading supposed or ours, a venue beside the help given here',
  'negative-language',
  [
    'The behaviour you are seeing is correct, the filter only covers active users.',
    'Sorry, the existing behavior was intended.',
    'After the last release, the behaviour you describe is intended.',
    'Those pull requests aren\'t valid, please rebase them.',
    'I am going to mark this one as invalid.',
    'You\'ve misunderstood how the allowance works, it resets monthly.',
    'It was just a misunderstanding, the plan never included that feature.',
    'Please use https://bugs.example.org to report a new bug.',
    'For problems like this, the bug tracker is the right place.',
    'For requests like yours, our community forum would be better.',
  ],
  [
    'Good news: after the update the behaviour is now correct.',
    'After the hotfix, the default behaviour is right and exports include hidden rows.',
    'It must have been a miscommunication between our warehouse teams, sorry about that.',
    'If you think you may have misunderstood the setup guide, no worries, I can walk you through it.',
    'Don\'t worry if you misread the invoice, the layout is confusing and we are changing it.',
    'For issues like this, our forum has a great pinned guide you might enjoy reading.',
    'For questions like this, the community forum is also a nice resource, but I\'m happy to help here too.',
    'The token is no longer valid, so I issued a new one.',
    'Your configuration is correct, so the next step is on our side.',
    'Please use our tracker to follow the progress of the fix.',
  ],
);
