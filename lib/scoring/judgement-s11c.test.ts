// Session 11, second wave (judgement-a, issue 10): empathy on brand macro replies (app-store developer
// replies, brand support). What the stock phrase is attached to decides (LABELING, E1, corpus-extra
// R-A2): "sorry to hear you're having trouble" is an apology only; the brand's own feeling about its
// product ("we're sad to see that our app…", "it's disappointing to hear that the app…") is not empathy;
// an apology that names the customer's feeling, and a validation of their report or situation, is.
// Each block keeps near-miss controls. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  '"sorry to hear you\'re having trouble" is an apology, not empathy (LABELING)',
  'empathy',
  [
    // Controls: the same opening with the customer's feeling or ordeal named.
    "Sorry to hear you're feeling frustrated with the app.",
    "Sorry to hear you're upset about the fees.",
    "I'm sorry you're having such a stressful time with this.",
    "Sorry to hear you've been going through this.",
    'Sorry to hear you have been dealing with this all week, that is far too long.',
    // A feeling said elsewhere in the reply still counts.
    "Sorry to hear you're having trouble, that must be so frustrating.",
  ],
  [
    "Hi Maya, sorry to hear you're having trouble with the app. Can you email us your device model?",
    'Sorry to hear you are having issues logging in. Please reinstall the app.',
    'So sorry to hear you are experiencing difficulties with transfers.',
    "We're sorry to hear you are still seeing the error after the update.",
    "Sorry to hear you're running into errors on checkout.",
    "Sorry to hear you're leaving us. Your account closes on Friday.",
  ],
);

signalCases(
  "the brand's own feeling about its product is not empathy (R-A2)",
  'empathy',
  [
    // Controls: the feeling is about what happened to the customer.
    "I'm very saddened to hear your parcel has not arrived yet.",
    "We're sad to hear you've been without internet all week.",
    "That's so disappointing to hear after waiting three weeks.",
    'I know how disappointing it must be to lose your saved trails.',
    'We understand this experience has not matched your expectations.',
  ],
  [
    "Dan, we're sad to see that our app has not lived up to your expectations. What could we do better?",
    "It's disappointing to hear that the app is no longer working for you since the update. Please reinstall it.",
    "We're disappointed to see that our latest update has caused problems. Please clear the cache.",
    "It's sad to hear that the app keeps crashing. Could you send us your device details?",
    "We're disappointed to hear that the new version isn't working well. Please update again.",
    'It is disappointing to see our service fall short here. Please email us.',
    "We're sad to see you go, but you can rejoin any time.",
    "We're sad to see the old layout go too, but the new one is faster.",
  ],
);

signalCases(
  "an apology that names the customer's feeling (E1)",
  'empathy',
  [
    'Sorry for any disappointment, Jo, we hoped the new layout would help.',
    "We're sorry to hear about your frustrations with the app.",
    'Apologies for the frustration this has caused.',
    "I'm sorry for the stress this has caused you.",
    "We'd like to help address your frustrations, please email us.",
  ],
  [
    // Near misses: an apology for our wording, a delay or an inconvenience names no feeling.
    'Sorry for any confusion, the fee was refunded yesterday.',
    'Sorry for the confusion about the fees.',
    'Apologies for the delay, the parcel ships today.',
    'Sorry for any inconvenience caused.',
    "We'll address the frustration points in the next release.",
  ],
);

signalCases(
  "validating the customer's report or situation (R-A2)",
  'empathy',
  [
    "It seems like you've found a bug! Could you send us the steps?",
    "It sounds like you've run into a nasty bug!",
    "It's definitely a strange situation.",
    "That's a really tough spot to be in.",
    'Trying to use an app that crashes every day is never a fun experience.',
  ],
  [
    "If you think you've found a bug, please open an issue with steps.",
    'It seems you found a workaround already, nice.',
    'We found a bug in the login screen and fixed it.',
    "It seems like you're using an older version. Please update.",
    "That's a strange way to configure it, but it works.",
    'This is a difficult feature to build, so it will take time.',
  ],
);

signalCases(
  'checking what is asked, or granting that a requested feature would help, is no empathy (E1)',
  'empathy',
  [
    // Controls: the same verbs on the customer's feeling.
    'I understand how important this is to you.',
    "I can understand how frustrating it'd be to lose the holidays you set.",
    'We understand why this is so upsetting.',
  ],
  [
    "Hey, I'd love to help! I want to make sure I understand what you're looking for, could you send a screenshot?",
    "I understand what you're asking for, and it's on the roadmap.",
    "I can understand how useful it'd be to block out holidays! I've passed it to the team.",
    'We can definitely see how handy this feature would be.',
  ],
);

// Expectation (LABELING, X1): a next event without a clock.
signalCases(
  'a contact "asap" is hedged, a contact "at the earliest" is not (LABELING)',
  'expectation',
  ["We'll get it checked and update you at the earliest.", "I'll call you back as soon as I hear from the courier."],
  ['The team will reach out asap to get this sorted.', "We'll get back to you as soon as possible.", 'We will work to get them fixed ASAP.'],
);

signalCases(
  'a next event already imminent ("about to", X1)',
  'expectation',
  ["We're about to release a new widget that covers this.", 'The fix is about to be merged.'],
  ['I was about to suggest the same thing.', 'You are about to see a warning, that is expected.'],
);

signalCases(
  'a date, a part of a period, or a release ahead (X1)',
  'expectation',
  [
    'Your replacement card will arrive on the 14th.',
    'The refund will be processed on 3 March.',
    "We'll add it later this year.",
    "We'll look at the offline maps this summer.",
    'The outage should be fixed by this evening.',
    "You'll hear from us after the weekend.",
    'This will be part of the next release.',
    "I'll update this thread when the release is tagged.",
  ],
  [
    'I was charged twice on the 3rd.',
    'The fix was released last week.',
    'Our opening hours are 9 to 5, Monday to Friday.',
    'We released offline maps this summer.',
    'It broke after the weekend update.',
    'That should fix it.',
  ],
);

signalCases(
  'a build or release ahead, named with its version or asked to be tested (X1)',
  'expectation',
  [
    'The current runtime will work again by the second V3.2 beta.',
    'It will work again in the next v2.1 release.',
    'Please test the next build and let me know if you still see problems.',
    'Grab the next nightly and check again.',
  ],
  [
    'Please test the latest build and let me know.',
    'Try the current release first.',
    'The next build failed on CI, so ignore it.',
  ],
);
