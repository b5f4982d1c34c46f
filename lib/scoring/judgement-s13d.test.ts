// Session 13 (judgement-d, issue 10): ownership, confirm-resolution asked as a closing question, and
// expectation. Each block pairs the structure with controls that must not fire. Sentences written for
// these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a single maintainer\'s fix for the next build is the fix made for this report (O3); a company release note is not',
  'ownership',
  [
    "I've changed the parser for the next build so long names wrap.",
    "I've fixed the export for the next build.",
  ],
  [
    // A company "we" fixing in a release: a release note for everyone.
    "We've fixed the sync bug in the latest version.",
    'We changed the login page in the last update.',
  ],
);

signalCases(
  'a confirm-resolution check asked as a question (C1/Q1, R-F2)',
  'closing-question',
  [
    'Could you retry with the nightly build?',
    'Can you give the new firmware a spin?',
    "Can you confirm it's working now?",
    'Could you check whether the error is gone?',
    "I've reset your line, is the connection stable now?",
    'Does the page load for you now?',
  ],
  [
    // Diagnostic questions and requests for data (R-F2), a first-contact "still seeing this?" (Q1).
    'Could you send us your order number?',
    'Can you check if the cable is plugged in?',
    'Could you run the benchmark and let me know your results?',
    'Could you confirm the date you sent the parcel back?',
    'Can you try restarting it?',
    'Are you still seeing the crash after restarting your phone?',
    'Does it happen on Wi-Fi too?',
  ],
);

signalCases(
  'a step, then the re-run of what failed (C1 "test it again")',
  'confirm-resolution',
  [
    'Sign out of every device and retry your login.',
    'Reboot the modem, then retry the download.',
    'I have unlocked the card on our side; restart the app and try again now.',
  ],
  [
    // A wait, then the retry; a retry put off; a step for anyone in a stated situation.
    'Wait an hour and retry.',
    'Please clear the cache and try again later.',
    'If you are on an older release, please upgrade it and try again.',
  ],
);

// Session 13, second round (app-store and Mozilla Support replies, corpus-extra/replies-consumer).
signalCases(
  'the outcome of the step as the condition, then the report-back with no comma (C1)',
  'confirm-resolution',
  [
    'If this solves the crash please let me know!',
    'Once that works let us know.',
    'If the workaround helps do let me know.',
  ],
  [
    // A generic offer and a request for data stay out.
    'If you need anything else please let us know.',
    'If it still fails please let us know your version.',
  ],
);

signalCases(
  'a contact promised after the customer is sent to a form: "and we\'ll connect" (R-C2)',
  'expectation',
  [
    "Send a short note through the help form and we'll connect.",
    'Fill in the request form and we will connect with you.',
  ],
  [
    "We'll connect the new router to the old line.",
    'Please contact us through the form so we can connect.',
  ],
);

signalCases(
  'looking into it "right away" says how soon we start, not what the customer waits for (R-C2)',
  'expectation',
  [
    // A next contact in the same sentence still counts.
    "I'll check it immediately and get back to you.",
  ],
  [
    'Send us your account number and we will check this immediately.',
    "We'll investigate the matter promptly.",
  ],
);
