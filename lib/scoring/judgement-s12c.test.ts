// Session 12 (judgement-c, issue 10): ownership, expectation and confirm-resolution as maintainers write
// them on mailing lists, forums and issue threads. Each block pairs the structure with controls that must
// not fire: the customer's or a third party's action, a hypothetical, a question back, a standing offer.
// Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a plan on a fix verb with "need to" or "should", and "I\'ll do that"',
  'ownership',
  [
    "I'll need to rework the importer for files this large.",
    'We will need to rethink how the cache expires.',
    'If it still fails on the nightly, we should fix that before the release.',
    'Right, I will do that now and post the new file.',
    "Right, I'm going to do that tonight.",
  ],
  [
    // Asking the customer for something is no plan of the agent's.
    "We'll need to see your config first.",
    "I'll need to know which version you run.",
    // Someone else's action, a question back, a negated plan.
    'You should fix that in your own config.',
    'Should we fix this in the old branch as well?',
    "I don't think we should change the default.",
  ],
);

signalCases(
  'the subject left out: after a comma, or opening on a finished fix (O3)',
  'ownership',
  [
    'Thanks for the trace, will look into it.',
    'I can see the same crash here, will fix it this week.',
    'Thanks for the report, found the bug and it is fixed in git now.',
    'Fixed it in the repo, thanks for the patch.',
    'Thanks for the core dump. Tracked down the cause of your crash: a stale lock file.',
  ],
  [
    // A status without an object, a question, and the customer's own fix.
    'Fixed in 2.3.',
    'Did you find the cause?',
    'The reinstall fixed it for me.',
    'If that is the case, will it still work?',
  ],
);

signalCases(
  'a wish to look, continued work, help once the same team has the details, part of a group contacted',
  'ownership',
  [
    'Please allow us to take a look at the account by emailing our care team.',
    "We're continuing to monitor the mail servers.",
    'Send your card number to our app team address and I will be able to help you with the limits.',
    'I pinged some of the maintainers of the driver.',
    'I asked one of the developers about the regression.',
  ],
  [
    // Help promised only if trouble comes later is standing availability (O1).
    'If you still have trouble, we will be able to help you with that.',
    'This setting will allow you to share a map by text.',
  ],
);

signalCases(
  'moving the thread, offers to review a contribution and standing offers are not ownership',
  'ownership',
  [
    // Controls: the same verbs on the customer's case.
    "I'll review your PR tonight.",
    "I've added a check for empty rows to the parser.",
    "I've tagged the driver's maintainers so they can look at the crash.",
    'Email me the log and I will look into it.',
  ],
  [
    "I've moved this issue to the discussions board.",
    "I'm happy to review a PR if someone writes one.",
    "We'd accept a pull request for this.",
    'If you are still having problems please email help@bank.example.com with your number and we will look into it.',
    "If you're having trouble, please write to help@maps.example.com and we can address the issue!",
    'We would love to address any issues you have with the app.',
    'We would like to inform you that transfers are limited per day.',
    "I've just emailed you.",
    'I investigated a bug once where the service was slow to start.',
  ],
);

signalCases(
  'the next release or build named as where the change lands (X1)',
  'expectation',
  [
    'The driver will be built into our next firmware image.',
    "I'm not sure the current version allows it, but in the next release it does.",
    'The next build will include the new exporter.',
    'The rewrite is planned for Q3.',
    "I'll look at your board when I'm back.",
    'Once I get back from the conference I will test it.',
  ],
  [
    // A hedge, a question, a past release, a past return.
    'It might be in the next release.',
    'Will it be in the next release?',
    'It was fixed in the previous release.',
    'When I came back the service was down.',
    // A process described in a how-to, and "at the moment" = now.
    'Enter the one time code which will be sent to you.',
    "We're short on stock at the moment it seems.",
  ],
);

signalCases(
  'a bare report-back, a re-run, trouble still there after a step, the wish to hear the outcome (C1)',
  'confirm-resolution',
  [
    'Please report back.',
    'Try the new image and post back with the results.',
    'Could you retry with the current master?',
    'Can you try again with 2.4?',
    'Please test the next build and let me know if you still notice problems.',
    'Reinstall the app and let us know if issues are persistent.',
    'Download the update and see how it works for you.',
    "I'd love to hear if this would work.",
    'Please confirm the fix on your side.',
  ],
  [
    // Generic offers, a diagnostic request, a wait, the system's own retry.
    'Let us know if you still need help.',
    'If you are still experiencing issues, please email help@bank.example.com with your device.',
    'Please report back with your logs.',
    'Please try again later.',
    'Wait an hour and retry.',
    'The client will retry on its own.',
    "I'd love to hear more about your setup.",
  ],
);

signalCases(
  'an issue or pull request opened, a fix in hand, work under way with the subject left out (O1/O3)',
  'ownership',
  [
    'Thanks for the details. I opened #812 to track the crash on resume.',
    'I have a fix ready locally for the crash, it needs one more test.',
    'Thanks for the logs. Working on a fix now, the parser drops the last row.',
    'Thanks for the screenshots. Sending this over to our network team with your line details.',
  ],
  [
    // A participle clause about the customer's log, a bare question, a third party's ticket.
    'Looking at your log, the disk is full.',
    'I have a question about your setup.',
    'Someone opened #812 last week for the same crash.',
  ],
);

signalCases(
  'the trigger of a promised step: a version, CI or a merge, a quarter ahead (X1)',
  'expectation',
  [
    'The fix is in master and will be part of 2.4.',
    "I'll merge it once CI is green.",
    "I'll reopen this when the PR lands.",
    'We plan to ship this in Q1.',
  ],
  [
    'Sales were slow in Q1.',
    'Did it break when the PR landed?',
    'It was part of 2.3 already.',
  ],
);

signalCases(
  'reopen or come back only if it still fails, re-run after updating, confirm a named fix (C1)',
  'confirm-resolution',
  [
    'Please try with v1.4 and reopen if it persists.',
    'Please pull the latest master and try again.',
    'Could you test the PR branch and confirm it fixes your case?',
    'Please verify on your end.',
    'Still seeing this on 2.0?',
    'Can you give the beta a spin and let us know?',
    "Clear your cache and reach back out if that doesn't do the trick.",
  ],
  [
    'Feel free to reach out again if you need anything.',
    'Update the app and try again later.',
    'Confirm your email address to finish signing up.',
  ],
);

signalCases(
  'the next contact and its place, a weekday without a preposition, a plan with its own clock (X1)',
  'expectation',
  [
    "You'll hear back from the team.",
    'Expect a call from us.',
    "I'll respond on the ticket.",
    "I'll post here when there's news.",
    'Your order will ship Monday.',
    'Engineers are on site and expect to have it fixed this afternoon.',
    "It's scheduled to be fixed in the next sprint.",
    'Your replacement is on its way.',
    'New version coming soon.',
  ],
  [
    // Only if something changes, a past plan, a question, a negated post.
    "You'll hear from us if anything changes.",
    'It was scheduled to ship last week.',
    'Will you hear back from them?',
    "We won't post here again.",
    'Expect delays this weekend.',
  ],
);

signalCases(
  'a check reported as done before its finding, a note put on the account (O3)',
  'ownership',
  [
    'I checked and your order shipped today.',
    "I checked, it's fine on our end.",
    "I've put a note on your account so this doesn't happen again.",
  ],
  [
    // The customer's own check quoted back, a finding without an action verb, advice to the customer.
    '> I checked and it still fails on my board.\n\nThat is a known problem with the old firmware.',
    'Your order shows as shipped today.',
    'Put a note on the parcel so the driver sees it.',
  ],
);

signalCases(
  'a change made with the subject left out (O3)',
  'ownership',
  ['OK, just made the change to allow the larger size.', 'Thanks for the report. Just pushed a fix for the crash.'],
  ['Have you made the change yet?', 'Someone made the change last year.'],
);

signalCases(
  'a step, then whether it changes what the customer sees (C1)',
  'confirm-resolution',
  ["Try a release build and see if that's closer to what you expect.", 'Try a clean build and see if that is any different.'],
  ['I will try a clean build and see if that is the cause.'],
);
