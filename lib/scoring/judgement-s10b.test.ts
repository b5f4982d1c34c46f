// Session 10 structures of the default pack (judgement-b, issue 10): ownership, expectation and negative
// language as brand support on Twitter, staff in GitHub issues and IRC helpers write them. Every sentence
// here was written for these tests from the rulings (RULINGS O1–O3, X1, N1; corpus-extra R-F1), not taken
// from a corpus row.
import { signalCases } from './test/signal-cases';

signalCases(
  'limits said with other auxiliaries, nouns and adverbs (N1)',
  'negative-language',
  [
    "We don't have a release date to share yet.",
    "We're no longer offering that plan to new customers.",
    "That isn't something we're able to do, sorry.",
    "Refunds aren't possible once the ticket has been used.",
    'That feature isn\'t planned.',
    "This won't be backported to the 2.x branch.",
    "There's no such option in the config file.",
    "Sorry, we don't do price matching.",
    'Unfortunately this is a limitation of the platform.',
    "This is a known limitation and there's no workaround.",
    'Sorry, no ETA I can share.',
    "We're not responsible for third-party sellers.",
  ],
  [
    "There's no workaround needed, it just works now.",
    'The fix is in 2.3, no workaround required.',
    "You're not responsible for this, it's our fault.",
    'We do offer price matching on most items.',
    'The fee won\'t be added to your bill.',
    "Thanks for the report! I'm not sure yet, I'll dig into it.",
    'This outage wasn\'t planned, sorry about that.',
    "I checked and you're not set up for autopay yet, so I've turned it on for you.",
  ],
);

signalCases(
  'only someone else, only one way, only some customers (N1 limits)',
  'negative-language',
  [
    'Only the account holder can make changes to the booking.',
    'The only way to change it is through the website.',
    'This offer is for new customers only.',
    "That's only available to Premium members.",
  ],
  [
    'The only way to fix this is to reinstall the driver.',
    'It only takes a minute to set up.',
    'Your refund will go back to the original card within 5 days.',
    'Changes can be made online at any time.',
  ],
);

signalCases(
  'sent to another business, account, tracker or line (N1 redirects, R-F1)',
  'negative-language',
  [
    "That's a decision for the airport, not for us.",
    "That's one for your bank, I'm afraid.",
    'Please reach out to @AcmeHelp and they\'ll sort it.',
    'Please reach out to our sister account for billing.',
    'Please file that in the frontend repo instead.',
    'This should be reported to the Chromium bug tracker.',
    "You'd have to take this up with your distro's maintainers.",
    "That's a question for #ubuntu.",
    "Your best bet is the vendor's support line.",
    'Store staff can help you with that in person.',
    'That would be something for the Debian folks.',
    "I'm locking this thread.",
  ],
  [
    "Good question for the team! I'll ask them and get back to you.",
    "I've reported it upstream and linked this issue.",
    'Please tag me in the new issue so I see it.',
    'Please send us a screenshot of the form you filled in.',
    "Please email us the logs and I'll forward them.",
    "Please contact us here by DM and we'll sort it.",
    'Please visit https://docs.example.com/install for the install steps.',
    "I've locked it for you so nobody else can change it.",
    "The developer will be able to fix it in the next build, I've asked them.",
    'Your bank will be able to see the refund tomorrow.',
  ],
);

signalCases(
  'the next contact or delivery without a clock, and a wait or a part of a month ahead (X1)',
  'expectation',
  [
    "We'll have someone reach out to you.",
    'Our team will be reaching out to you via email.',
    'You will get a call from our team.',
    "You'll get an SMS when the driver is 30 minutes away.",
    'Keep an eye on your inbox for an email from us.',
    'Give it 24 hours and it should update.',
    "Give it a few minutes and it'll come back.",
    'It will be back in stock by mid-March.',
    'The ETA is Thursday afternoon.',
    'The estimated restoration time is 4pm.',
    'The update rolls out over the next few weeks.',
    "It's on its way to you now.",
    'It will be released in v2.0.',
    'This is scheduled for the 3.1 milestone.',
    'Planned for the next minor release.',
    "It'll be merged after the CI passes.",
    "I'll DM you the details.",
    "We'll reply to your email.",
    "We'll send a replacement out to you.",
    "We'll have a replacement sent out to you.",
    'Your refund has been processed and should appear in your account within a week.',
  ],
  [
    "You'll get an error if the token is wrong.",
    'You will get a message saying the file is locked.',
    'Keep an eye on the logs when you restart it.',
    'Wait 10 seconds before you plug it back in.',
    'In early March we changed the billing system.',
    'It was released in v2.0 last year.',
    'The update was planned for the next release but got pulled.',
    'If you wait a few minutes, does it reconnect?',
    'The parcel was on its way to you but got returned.',
  ],
);

signalCases(
  'taking the case on in idioms, tries and builds on the agent\'s side (O1, O3)',
  'ownership',
  [
    "We'll make it right.",
    "I'll take it from here.",
    "I'll have a go at reproducing this tomorrow.",
    "We're going to get an engineer out to you.",
    'Our engineers are aware and working on a fix.',
    "I'm going to try and replicate it on my board here.",
    "I'll try your config on my setup.",
    "I'll see about adding an option for that.",
    "I've put a new build up on the download page with the fix.",
    "I'll put a fix in for the next release.",
    "I've made a ticket for our engineers.",
    'The devs are on it.',
    'Sorry about that! Passed this along to the right folks.',
    'Thanks Sam. Looking into this for you now and will update you shortly.',
  ],
  [
    'Thanks for the kind words, I\'ll pass them on!',
    'It was fixed in release 3.2.',
    'Feel free to open a PR if you want.',
    'The new release includes a fix for this.',
    "I've been using this setup for years without issues.",
    'Looking at the log, the cable is loose.',
    'Will that work for you?',
  ],
);
