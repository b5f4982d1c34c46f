// Session 28 (judge-c): ownership as the helper's own offer to do the change, the time the helper needs for the work,
// a plan after "but" with its subject left out, effort pledged on a step of the case, eagerness to help and help with
// "this"; help whose means is the customer's own step is no ownership. Confirm-resolution: whether the thing handed
// over behaves as expected, progress asked for, a fix handed over "so you can test it", the helper's own build to try.
// Expectation (X1): a passive progress report names no next event. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'the helper offers to make the change themself (O1)',
  'ownership',
  ['If you would rather not touch the config, I can do it.', "Otherwise I'm happy to do so tonight.", 'Just say the word and I can do that for you.'],
  ["I could do that, but it would break everyone's build.", 'I can do it manually but the script is quicker for you.', 'You can do it from the settings page.'],
);

signalCases(
  'the time the helper needs for the work on the case (O1)',
  'ownership',
  ['The parser is tangled, so I need some time to fix it properly.', "We'll need a couple of days to investigate the sync failures."],
  ['We need more time to reply to everyone in the queue.', 'You need some time to get used to the new menu.'],
);

signalCases(
  'a plan after "but" with its subject left out (O1)',
  'ownership',
  ["Not sure the flag can go, but will raise it with the release team.", 'No promises, but will patch it this weekend.'],
  ['The export is slow, but it will improve.', 'The page was blank, but will they fix it?'],
);

signalCases(
  'effort pledged on a step of the case (O1)',
  'ownership',
  ["We'll make every effort to trace the missing parcel.", "I'll do everything I can to get your account restored."],
  ['We shall do everything in our power to turn this around.', 'We always do our best to improve the service.', "Email us and we'll do our best to improve things for you."],
);

signalCases(
  'eagerness to help, and help with "this" (O1)',
  'ownership',
  ['We are truly eager to help with the refund.', "I'm more than willing to help here.", 'We can help you with that!'],
  ["We're always ready to help.", "We're always eager to help.", 'We can help you with the transfer limits.', 'Are you willing to help us test it?'],
);

signalCases(
  "help whose means is the customer's own step is no ownership (O1)",
  'ownership',
  [],
  ['Allow us to assist you by sending us your order details.', "We'd be glad to help you by sharing the crash log with us."],
);

signalCases(
  'whether what was handed over behaves as expected (C1)',
  'confirm-resolution',
  ['I rebuilt the table, please check if it is correct now.', 'Here is the patched script; can you verify that the output looks right?'],
  ['Please check if it is in stock before you order.', 'Can you tell me whether the invoice is paid?'],
);

signalCases(
  'a report asked for on progress after a change to come (C1)',
  'confirm-resolution',
  ['The next update should help with this, let us know if there is any improvement.', 'Tell me if you notice any difference after the restart.'],
  ['Let us know if you have any questions.', 'There is no progress on the feature request yet.'],
);

signalCases(
  'a fix handed over so the customer can test it (C1)',
  'confirm-resolution',
  ["I'll post the patched binary so you can try it out tonight.", 'Here is a test build so that you can verify the fix.'],
  ['Send me the file so I can test it.', 'We keep the old version so you can roll back.'],
);

signalCases(
  "the helper's own build to try (C1, R-X6)",
  'confirm-resolution',
  ['I made a change for this; try installing this build when you can.', 'Try flashing the attached firmware.'],
  ['Try installing the latest version from the store.', 'Try downloading it again from the website.'],
);

// X1 asks for a next event; "it's being looked at" reports work under way, with no event the customer can wait for.
signalCases(
  'a passive progress report names no next event (X1)',
  'expectation',
  ['Your ticket is being looked at and we will update you tomorrow.'],
  ["It's being looked at.", 'Your request is being reviewed by the billing team.'],
);

signalCases(
  'a look taken or a pass made over the customer\'s material (O3)',
  'ownership',
  ['I had a quick look at your billing history.', "I've gone through your sync logs.", 'We went through your order history twice.'],
  ['We went through the same thing last spring.', 'Have a look at the help page.', 'You can go through the logs yourself.'],
);

signalCases(
  'contact made or the team told (O3, O2)',
  'ownership',
  ['I reached out to the carrier this morning.', "I've let our billing team know.", "We'll make the developers aware."],
  ['You can reach out to the carrier directly.', 'Let the team know if it happens again.'],
);

signalCases(
  'feedback taken on board, a service arranged, the case assigned to oneself (O2, O1)',
  'ownership',
  [
    "We'll take your suggestion on board.",
    "I've arranged for an engineer to visit.",
    'Assigning this to myself.',
    "I'll see to it that the charge is reversed.",
    'Consider it done.',
    'I can get that reissued for you.',
    'I tested it on a clean install and it loads.',
  ],
  ['You can set that up yourself in settings.', 'Can you arrange for someone to be home?', 'Assign it to the right queue first.'],
);

signalCases(
  'the shortest promise and work under way with the subject left out (O1)',
  'ownership',
  ['Will do, thanks for the nudge.', 'Working on it now.', 'Happy to help with your refund!'],
  ['The old cable will do.', 'What will do the trick?', 'Working on it is no fun.', 'Happy to help!'],
);
