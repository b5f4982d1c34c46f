/**
 * Session 50 (judge-c). Sentences written for these tests, none copied from a corpus row.
 * - Confirm resolution and closing question (C1/R-XM2, Q1): a step put to the customer as the subject of "does … work /
 *   help / fix it?", named by any verb of action in its -ing form with the thing it acts on ("does returning an empty
 *   list from the hook work?"). A check asked as a question is a closing question too (Q1). A feature asked about with
 *   no object ("does printing work from other apps?"), a question that goes on past the outcome ("… work on your
 *   laptop?") and a question about the app itself stay R-F2's diagnostics.
 * - Not condescension (CON1): "why would you think / assume that?" with no content asks the customer's reason; only a
 *   belief named and thrown back ("why would you think the free plan includes phone support?") talks down, as
 *   "why would you expect …" and "why would you want to do that?" still do.
 */
import { signalCases } from './test/signal-cases';

const stepAsked = [
  'Does returning an empty list from the hook work?',
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
