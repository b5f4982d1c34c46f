/**
 * Session 50 (judge-c). Sentences written for these tests, none copied from a corpus row.
 * - Confirm resolution and closing question (C1/R-XM2, Q1): a step put to the customer as the subject of "does … work /
 *   help / fix it?", named by any verb of action in its -ing form with the thing it acts on ("does returning an empty
 *   list from the hook work for you?"; a bare "work?" asks about a feature, reviewer rf-c). A check asked as a question is a closing question too (Q1). A feature asked about with
 *   no object ("does printing work from other apps?"), a question that goes on past the outcome ("… work on your
 *   laptop?") and a question about the app itself stay R-F2's diagnostics.
 * - Not condescension (CON1): "why would you think / assume that?" with no content asks the customer's reason; only a
 *   belief named and thrown back ("why would you think the free plan includes phone support?") talks down, as
 *   "why would you expect …" and "why would you want to do that?" still do.
 * - Condescension (CON1 "talking down"; pack rule condescension-rebuke): the reviewer lectured on their own rating — the
 *   rating judged too harsh, or what to do before rating or reviewing. Thanks for a rating, a request for a fresh one
 *   after a fix, and our own reading of reviews are not (nor, for now, the star scale explained: see judgement-s39fa).
 */
import { signalCases } from './test/signal-cases';

const stepAsked = [
  'Does returning an empty list from the hook work for you?',
  'Did deleting the old profile make a difference?',
  'Would pinning the dependency to 2.4 do the trick?',
  'Does wrapping the call in a try block fix it for you?',
  'Does moving the config file to your home folder solve it?',
];

const notStepAsked = [
  'Does printing work from other apps?',
  'Does the app crash on launch?',
  'Does exporting the report work on your laptop at all?',
  'Does saving the file work when you are offline?',
  'I wonder whether renaming the folder would help, we will test it.',
  'Would calling flush on the handle first help?',
];

signalCases(
  'a step named by any action verb in -ing with its object, asked whether it works, is the check (C1, R-XM2)',
  'confirm-resolution',
  stepAsked,
  notStepAsked,
);

signalCases('the same check asked is a closing question (Q1)', 'closing-question', stepAsked, [
  'Does printing work from other apps?',
  'Does saving the file work when you are offline?',
]);

signalCases(
  'a belief is reproached only with its content named; a bare "why would you think that?" asks a reason (CON1)',
  'condescension',
  [
    'Why would you think the free plan includes phone support?',
    'Why would you assume we keep backups of deleted projects?',
    'Why would you believe that a beta build is stable enough for production?',
    "Why would anyone think it's a good idea to run the agent as root?",
    'Why would you expect a free plan to include phone support?',
    'Why would you want to do that?',
  ],
  [
    'Why would you think that? Tell me what you saw so I can check the same screen.',
    'Why would you think that?',
    'Why would you assume that? Nothing in the email we sent says so, so I want to find where it came from.',
    'Why would you imagine that? Did something on the pricing page suggest it?',
  ],
);

signalCases(
  'the reviewer lectured on their own rating: too harsh, or what to do before rating (CON1)',
  'condescension',
  [
    'We believe you were a bit harsh with the rating, but thank you anyway!',
    'I think you have been slightly too hard on the stars, Maria.',
    'We would ask that you visit the property before reviewing us.',
    'Next time, please talk to the front desk before leaving a negative review.',
    'We kindly ask that you stay a night and see everything we offer before rating our hotel.',
  ],
  [
    'Thanks so much for the five stars!',
    // second read (lead): a sentence the rebuke phrase reaches, so the reading-of-reviews except is what keeps it out
    'Please be assured that we read all feedback before rating our suppliers each quarter.',
    'Our managers check each booking before reviewing the refund.',
    'I always look at the logs before reviewing a ticket.',
    "Once you've tried the new version, we'd love a fresh rating.",
    "Please rate us again if you're happy with the fix.",
    'The 5 star rating is shown on the store page.',
    'You were right to be hard on us, the room was not clean.',
  ],
);

signalCases(
  'review (rf-c): ratings and reviews talked about, thanked for or described are no lecture; a request before rating is (CON1)',
  'condescension',
  [
    'Honestly, you are being a bit harsh on the rating for a free app.',
    "I feel you've been rather unfair with your review of our staff.",
    'Please speak with us before giving such a harsh review.',
    'Before leaving a negative review, please talk to our front desk.',
    'Why would you assume the refund is automatic?',
  ],
  [
    'Thank you for contacting us before leaving a review, it gave us the chance to put things right.',
    'We really appreciate you reaching out to the desk before posting a review.',
    'Reviews are moderated: before posting a review, our team checks it for personal details.',
    'The booking platform will ask you to confirm your stay before leaving a review.',
    'Before submitting your review, you will receive a short confirmation email from the app store.',
    "We don't think you were too harsh with the rating at all, your points are fair.",
    'Feel free to give the update a try before rating the app again.',
    'Please give the update a try before rating the app again.',
    'Many guests like to wait until checkout before reviewing the hotel.',
    "Why would you think it's your fault? It isn't, the outage was on our side.",
    'Why would you think you are bothering us? Ask as many questions as you like.',
    'You were very generous with the rating, thank you!',
  ],
);

signalCases(
  'review (rf-c): "does <verb>-ing <object> work?" asks whether a feature works; the check needs help/fix/… or "work for you" (R-F2, C1)',
  'confirm-resolution',
  [
    'Did restoring the backup do the trick?',
    'Does clearing the app data work for you?',
    'Does removing the extension make a difference?',
  ],
  [
    'Does sending an email work?',
    'Does opening the app work?',
    'Does scanning a QR code work?',
    'Does paying the invoice work?',
    'Does sending a message work for everyone else?',
  ],
);
