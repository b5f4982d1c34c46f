// The structural patterns of the default pack, each with replies that show the signal and hard
// negatives that look alike but do not (own examples, written for these tests, not corpus items).
import { describe } from 'vitest';
import { signalCases } from './test/signal-cases';

signalCases(
  "the issue's examples", 'ownership',
  [
    "I've sent a refresh to your modem, give it ten minutes and let me know if it's stable.",
    'We can certainly pass this to the billing team.',
    "Let's get you sorted.",
    'I checked your booking and moved you to the 9:40 train.',
    "I'm chasing the warehouse about your parcel.",
    'Our engineers will take a closer look at the logs.',
    'I have forwarded your suggestion to the product team.',
    "We'd be glad to look into the charge with you.",
    "I'm on it.",
    'Our devs are digging into the crash logs.',
    // S47 (judge-o): moved from the other side. RULINGS O3 counts "tried to reproduce" as an action on the case, and
    // corpus-extra's rulings count "I can't reproduce this locally" and "Reproduced" (a reproduction whatever it found);
    // the attempt that worked, said with "can", is the same report (judgement-s47o).
    'I can reproduce this on version 4.2 as well.',
  ],
  [
    'Send us your order number so we can log this for review.',
    "We're always here to help!",
    'Glad we could help you out!',
    "We've fixed this in the 2.1 release.",
    'Is there anything else I can help with today?',
    "We'll need a screenshot of the error first.",
    "I've replied to your email.",
  ],
);

signalCases(
  "the issue's examples", 'negative-language',
  [
    "You'll need to call our billing line for that.",
    'Please file a report at the service desk.',
    'Return it to the store you bought it from.',
    "We don't have a way to merge two accounts.",
    "You're only able to change the date once.",
    'Exporting to PDF isn’t supported on the free plan.',
    'Please raise this through our support form.',
    "I'm closing this issue as a duplicate.",
    "That token is from the docs, you can't use it for real payments.",
    'No idea, sorry, you might ask about that in #postgresql.',
    'Please call us at 1-800-555-0100 about the charge.',
    'Your local branch will be able to help with the form.',
  ],
  [
    "Gift cards don't need activating, you can use them straight away.",
    "If you can't log in, reset your password from the sign-in page.",
    "I'll contact the courier for you today.",
    'Please DM us your contact number and we will call you.',
    'Changing the timezone won’t cause any problems.',
    "I can't wait to see what you build!",
    'Please DM us the details and we will take it from there.',
    'Try version 2 and ask me again.',
  ],
);

signalCases(
  "the issue's examples", 'expectation',
  [
    "I'll let you know as soon as I hear back from the warehouse.",
    'The refund will reach your card within 5 working days.',
    'Your replacement should arrive tomorrow.',
    'We will add the export button back soon.',
    "You'll get the confirmation once the payment clears.",
    'The engineer will arrive between 8 am and 12 pm.',
    "I'll reply here when it's merged.",
  ],
  [
    'That should fix it now.',
    "We'll sort this out as soon as we can.",
    'Did the update arrive yesterday?',
    'Our shop is open until 6 pm on weekdays.',
    'Is it working now?',
    'We close at 6 pm on Fridays.',
  ],
);

signalCases(
  "the issue's examples", 'empathy',
  [
    "That doesn't sound right.",
    "That's no good at all.",
    'We never like hearing this.',
    'This is really concerning.',
    'I know this will take a while.',
    "I'm sorry you feel that way.",
  ],
  [
    'Sorry to hear that. Which router do you have?',
    "That's a great idea, thanks!",
    "It's hard to say without the logs.",
    "I don't understand the question.",
  ],
);

signalCases(
  "the issue's examples", 'teach',
  [
    'This happens because the app keeps the old password in its keychain.',
    'The payment was declined because the billing postcode did not match your card.',
    'To stop read receipts, go to Settings > Privacy and untick Read receipts.',
    "You can click 'Export' on the project page and pick CSV.",
    'Each workspace has its own API key, so copy the one from this workspace.',
    'Use the same test tokens on the server side as well.',
    'A workaround is to rename the folder before you sync.',
    'That means the old config in /etc is still being read.',
  ],
  [
    'Try logging out and back in.',
    'Please restart the app and try again.',
    'You can find the logs under Help if you want to send them to us.',
    'Steps are here: https://example.com/help',
    'It was declined for security reasons.',
    'Could you check the settings page for me?',
  ],
);

signalCases(
  "the issue's examples", 'confirm-resolution',
  [
    'Test it again and tell me how it goes.',
    'Keep me posted on the results.',
    'Has that sorted it?',
    "Let me know if you're still seeing the error.",
    'Give it a try and see if that helps.',
    "If you're still stuck after that, let me know.",
    'Let me know whether the new build fixes it for you.',
    'Please try again and let us know.',
    'Reply here if it keeps crashing.',
    'Can you check again and see if the error is gone?',
  ],
  [
    'Let me know if you need anything else.',
    'DM us if you still need help.',
    'Let me know your order number.',
    'Should you have any questions, let us know.',
    "We'll let you know when it's working again.",
    "I'll update the ticket once it's fixed.",
    'Please send your order number and let us know your address.',
  ],
);

signalCases(
  "the issue's examples", 'personalization',
  ['Thanks for the update, Simon!', 'Hi Priya, the VPN is back.', 'Good news Maria!', "That's fixed for you now, Tom."],
  ['Hi there, the VPN is back.', 'The next train from Preston leaves at 9.', 'Thanks for your patience!', 'Glad it arrived!'],
);

signalCases(
  "the issue's examples", 'closing-question',
  ['Could you clear the cache and let us know if it works?', 'Were you able to speak with the bank about the card?', 'Any luck with the reset?', 'Has that sorted it?'],
  ['Could you send us your order number?', 'Did you restart the router?', 'Is there something I can help with?'],
);

// Structures added in session 3 (2026-11-30): mechanisms stated in the third person, a goal then a
// step, key chords and command lines, chains of steps; limits and redirects by clause; release notes
// and thread housekeeping are not ownership. Own examples, none taken from the corpus.
describe('session 3 structures', () => {
  signalCases(
    'session 3', 'teach',
    [
      'The error comes from an old lockfile that still points at version 2.',
      'That warning shows up whenever the disk is more than 90% full.',
      'The app only syncs over Wi-Fi by default.',
      'This is a known limitation of the free plan: exports are capped at 1,000 rows.',
      'Refunds always go back to the original card.',
      'Since 2.0 the CLI expects the token in an environment variable rather than a flag.',
      'Uninstalling the app does not cancel the subscription.',
      'The old URL stopped working when we moved to the new domain.',
      'Just add `--no-sandbox` to the launch command.',
      'sudo apt-get install build-essential should sort it.',
      'Press Ctrl+Shift+T to reopen the tab you closed.',
      'To keep the session alive, set ServerAliveInterval to 60 in your ssh config.',
      'If you want the old layout back, switch the theme to Classic in Preferences.',
      'In the app, open Profile, then switch off marketing emails.',
      'That flag was removed in 3.0, use --output instead.',
      'The setting lives in Account > Privacy.',
    ],
    [
      'Please send us the logs from Help > About.',
      "I've reset your password, you can log in now.",
      'We require proof of purchase.',
      'We always reply within a day.',
      'Please check your spam folder.',
      'Could you post the output of uname -a?',
      'Reboot and try again.',
      'You can find the logs in the Help menu.',
    ],
  );
  signalCases(
    'session 3', 'negative-language',
    [
      "We don't do refunds on sale items.",
      "That option isn't available in your country yet.",
      "There isn't a way to merge two accounts.",
      'Unfortunately we are not taking new orders this week.',
      'Please take it back to the shop you bought it from.',
      'This is not something we are able to change.',
      'This is outside the scope of this project.',
      "We won't be adding this feature.",
      'Please use our contact form for billing questions.',
      "You'd have to ask the maintainers of that library.",
      'This would need to go through our sales team.',
      'Your bank is the best place to ask about that charge.',
    ],
    [
      "You don't need to reinstall anything.",
      "We don't see any outages in your area right now.",
      'It does not affect your other devices.',
      "I'll pass this to our sales team for you.",
      "Gift cards don't need activating, you can use them straight away.",
    ],
  );
  signalCases(
    'session 3', 'ownership',
    ["I'll get a replacement sent out to you.", "I've gone ahead and cancelled the duplicate order.", "I've tagged the right engineer on this issue."],
    [
      'We changed the API in 2.0, so the old call no longer works.',
      'We removed that option in v3.',
      "We've released 4.1 which includes the fix.",
      "I've updated your comment to use code formatting.",
      "We're tracking this in #456.",
    ],
  );
  signalCases(
    'session 3', 'confirm-resolution',
    [
      'Does the page load for you now?',
      'Could you check that the invoice now shows the discount?',
      'Try it with the new build and report back.',
      'Let us know how you get on with that.',
      'Please reopen if the problem returns.',
    ],
    ['Let us know your postcode.', 'Please open a new issue for anything else.'],
  );
  signalCases('session 3', 'personalization', ['That is great news Maria.', 'Cheers Wojciech, fixed now.'], ['We shipped it from Austin yesterday.', 'Thanks for waiting! ^Sara']);
  signalCases('session 3', 'empathy', ['I know how important this booking is to you.'], ['I understand you would like a refund.']);
});

// Session 5 structures (issue 10): own sentences, written for these tests, not corpus rows.
describe('session 5 structures (ownership, empathy, expectation, confirm-resolution)', () => {
  signalCases(
    'session 3', 'ownership',
    [
      "We'd certainly fix the billing address for you.",
      'I did some research on the port list for your forest trust.',
      "We'd be happy to help you move the licence. Which account is it on?",
      'Our team will help you get the refund through, and I will assist with the paperwork.',
      // A real action in the same sentence as a conditional offer still counts.
      "If the payment fails again, we will check the mandate and we'll be happy to help.",
    ],
    [
      // An offer under a condition, or handed on to another forum / company (O1).
      'If the sync still fails after the update, we will be glad to assist.',
      'We will be happy to help again should anything else come up.',
      "I'll gladly help. This one is best asked on the developer forum, where the experts can answer it.",
      "If you've run into any other problems, write to us from the app. We'll be more than happy to assist you.",
      // A feature withdrawn for everyone, a notice only if something changes.
      'We will notify you if there are any updates to the policy.',
      'We have disabled the group payments feature in the app.',
    ],
  );
  signalCases(
    'session 3', 'expectation',
    [
      "We'll review the statement and get back to you.",
      'I will look at the logs, then update you.',
      'Our engineer will be in touch with you at the slot you booked.',
      'I will post any updates here.',
      'The credit will show on your card in 2 to 4 working days.',
    ],
    [
      'We will update you in case of any changes.',
      "I'll be glad to help you today.",
      'Let us know if there is anything else.',
    ],
  );
  signalCases(
    'session 3', 'confirm-resolution',
    [
      'Let me hear whether the new setting works.',
      'Just following up to see if the command above helped.',
      'I moved the check to the close of the bar. Try it now.',
      'Please test the attached version.',
      'After the reboot, tell us the outcome.',
      'Let us know if either of those settings helps.',
      'Has the workaround above solved it?',
      'Keep me informed on the status once you have rebooted.',
    ],
    ['Try again later.', 'Please try the latest version of the app.', 'Hope this helps!', 'Did the courier leave a card?', 'Let me know your account number.'],
  );
  signalCases(
    'session 3', 'empathy',
    [
      'We hear your concern about the missing cashback.',
      'That does not look good.',
      'This is most unusual, the meter should never read zero.',
      'This is not the service we would want any of our customers to get.',
      'I understand the trip did not meet your expectations.',
      'We are sorry that you had to go through all of this.',
    ],
    ['We understand your request for a dark theme.', 'I understand that you want to close the account.', 'Glad to hear it works now!'],
  );
});

// Session 5: redirects to the team's own support channels (RULINGS N1, corpus-extra R-X3), limits
// stated as missing means or withdrawn features, and teaching told apart from rituals, boilerplate
// reasons and try-X steps. Sentences written for these tests.
describe('session 5 structures', () => {
  signalCases(
    'session 3', 'negative-language',
    [
      'Kindly get in touch with us through the in-app help section.',
      'For anything else, please reach out via our online support portal.',
      'Please lodge a complaint through the customer care web form.',
      'You can ring our helpline on 0300 123 4567.',
      'Write to us at care@example.org with your booking reference.',
      'Please submit your claim at https://claims.example.net so the team can review it.',
      'It would be best to post your question on the community forum.',
      'At the moment we do not have the facility to split a payment.',
      'We have discontinued the gift wrapping service.',
      'We have capped free transfers at three per month.',
      "There's nothing built in for that.",
      "I don't believe that's possible with the basic plan.",
      'Note that the loyalty points cannot be transferred to another member.',
      "You can't do a bulk import from the phone app.",
    ],
    [
      'Please DM us the order number and we will check it.',
      "Could you share the ticket number you got when you called?",
      'We received your message through the contact form and I have refunded the fee.',
      "I'll raise this with our support team today.",
      'The log says the volume cannot be mounted, so the disk needs checking.',
      'Point it at the backup host, which cannot be a domain controller.',
      'I see that the app cannot find your card, so I have re-added it for you.',
      "I don't think the cable is the problem here.",
    ],
  );
  signalCases(
    'session 3', 'teach',
    [
      'Your card is charged only if you confirm the payment with your PIN.',
      'Deleted photos are kept for 30 days before they are removed for good.',
      'Transfers are capped at five per day on the basic plan.',
      'Older clients are affected by the certificate change, newer ones are not.',
      'You need to open port 443, otherwise the sync will fail.',
      'Sounds like the files were saved in a local folder, not the shared drive.',
      'Slow logins can stem from a stale DNS entry.',
      'We request you not to share the code with anyone who calls you.',
      'The schema update must be run before the new server is added.',
      'Next time, make sure the backup finished before you upgrade.',
      'Open the admin page and then setting the retention to 90 days will keep them.',
    ],
    [
      'If the reply helped, please click "Accept Answer" and upvote it.',
      'It is best to ask this on the vendor forum.',
      'The delay in replying is due to a surge in queries.',
      'There might be a few reasons since you are facing this issue.',
      'If the problem persists, feel free to message me.',
      'We will let you know if anything changes in the future.',
      'You can uninstall and reinstall the app from the store.',
      'The last thing to check is whether the printer is switched on.',
      // Session 30 (judge-a): what the company never asks for is a security notice, a policy (T1); the adjudicated
      // rows read it so ("… will never ask for any personal information over the phone" is not teach). The advice
      // to the customer above ("we request you not to share the code") still teaches.
      'We never ask for your password over the phone.',
    ],
  );
  signalCases(
    'session 3', 'negative-language',
    [
      'Please visit the nearest service centre with the receipt.',
      'Kindly approach the branch that issued the card.',
      'You may raise a dispute with your card provider.',
      'I suggest opening a case with the hardware vendor.',
      'Please write to help@example.com with the order number.',
    ],
    ['I opened a case with the vendor for you this morning.', 'Please check the order page for the tracking number.'],
  );
  signalCases(
    'session 3', 'teach',
    [
      'Login scripts are applied at sign-in, so the change shows after you log off and on.',
      'Bonus points are credited only for the first booking of the month.',
      'The client uses the DNS record to find the mail server.',
      'The certificate must include every host name the clients use.',
      'The daily limit is set by your card issuer.',
    ],
    ['Please use the form to send us your details.', 'You must include your order number in the email.'],
  );
  signalCases(
    'session 3', 'condescension',
    [
      "Wouldn't it be simpler to just read the error message?",
      "Why don't you just restart it like everyone else?",
      'Have you actually checked the settings page?',
      "You're doing this the wrong way.",
      "Honestly, it's not rocket science.",
      'A simple search would have shown you the answer.',
      "You obviously didn't read the instructions.",
      'No offense, but this is beginner stuff.',
      'You have to understand that we get hundreds of these.',
      'Scroll up to my earlier reply.',
    ],
    [
      'Please accept the answer so other people can find it later.',
      'Have you ever tried the offline mode? It might suit you.',
      'Would it be easier for you if I called this afternoon?',
      "Why don't you try the beta and tell me how it goes?",
      'I understand that the cache is confusing.',
    ],
  );
});
