/**
 * Session 51 (judge-c): the resolution check asked of a suggestion. Sentences written for these tests, none copied from
 * a corpus row.
 * - confirm_resolution and closing_question (R-XM2 "Does something like this work?", C1, Q1): the suggestion just shown,
 *   named "something like this / that", asked back whether it works, helps or does what the customer needs. A question
 *   about the fault ("does something like this happen often?") or about whether a thing exists has no outcome and is not.
 * - The same (C1, R-XM2): whether a step, named by a verb's -ing form, does what the customer needs ("does pinning the
 *   version do what you need?", "is defining it this way doing what you want?"). A product or plan as the subject
 *   ("does the premium plan do what you need?") is a sales question, and a "what do you need it to do?" asks for the need.
 * - confirm_resolution (C1 "test it again"): a step, then the re-run, with a courtesy closing the sentence ("… and try
 *   again, please."): the courtesy changes nothing in what is asked. A retry after a wait ("wait an hour and try again,
 *   please") or for anyone in a stated situation ("if you are on 3.x, update and retry, thanks") stays out, as before.
 */
import { signalCases } from './test/signal-cases';

const suggestionChecks = [
  'Here is a short snippet that skips the header row. Does something like this work?',
  'You could schedule the sync at night instead. Would something like that work for you?',
  'Try grouping the filters under one rule. Does something like this help?',
  'Would something like this do what you need?',
  'Does pinning the library to 2.4 do what you need?',
  'Would adding a second index on the date column do what you want?',
  'Is splitting the report into two tabs doing what you were after?',
  'Does setting the limit per user give you what you need?',
];

const notSuggestionChecks = [
  'Does something like this happen often?',
  'Has something like this happened before?',
  'Does something like this exist in the app?',
  'I wonder whether something like this would work for the whole team.',
  'Does the premium plan do what you need?',
  'Does the app do what you need it to do?',
  'What do you need the report to do?',
  'Is running the export every night what you need?',
];

signalCases(
  'a suggestion asked back as "something like this" or as a step doing what the customer needs (R-XM2, C1)',
  'confirm-resolution',
  suggestionChecks,
  notSuggestionChecks,
);

signalCases(
  'the same check is an interrogative that checks resolution (Q1, R-XM2)',
  'closing-question',
  suggestionChecks,
  notSuggestionChecks,
);

signalCases(
  'a step and a re-run, closed by a courtesy, is still the re-run asked (C1 "test it again")',
  'confirm-resolution',
  [
    'The plugin folder was missing from your path. Add it to the list and try again, please.',
    'Switch the toggle off under Sync, then retry, thanks!',
    'Delete the stale lock file in the data folder and re-test, please.',
  ],
  [
    'Wait an hour and try again, please.',
    'Please wait a few minutes, then retry, thanks.',
    'If you are still on version 3, update the app and retry, thanks.',
    'Please try again later, thanks.',
    'We will rerun the import tonight, thanks.',
  ],
);

// Review (rf-c), sentences written for these tests. A wait told at length ("wait an hour for the quota to reset and
// try again") and our own re-run after our own step ("we'll restart the service and retry") are not checks (C1, O1);
// a plan, tier or demo taken up as the "step" is a sales question, as "does the premium plan do what you need?" is.
const reviewChecks = [
  'Clear the app cache and try again please.',
  'Reset the router to factory settings and try it again, please!',
  'We would ask you to log out of every device and try again, thanks.',
  'We will refresh your token, and you can then retry, thanks.',
  'No need to wait for support, just clear the cache and try again.',
];
const reviewNotChecks = [
  'Wait an hour for the quota to reset and try again.',
  'Wait an hour for the quota to reset and try again, please.',
  'Please give the servers about twenty minutes to catch up, then try again, thanks.',
  'Wait for the upload to finish and try again, please.',
  "We'll restart the sync service on our side and retry, thanks.",
  "I'll rebuild the index and rerun it, thanks.",
];
const reviewStepNeeds = [
  'Would upgrading the plugin to 3.2 give you what you need?',
  'Does moving the widget to the sidebar do what you need?',
];
const reviewSales = [
  'Would upgrading to the Business plan give you what you need? It adds unlimited seats.',
  'Would booking a demo with our sales team give you what you need?',
];

signalCases(
  'review (rf-c): a long wait and our own re-run are not a check; a re-run asked of the customer still is (C1, O1)',
  'confirm-resolution',
  reviewChecks,
  reviewNotChecks,
);

signalCases(
  'review (rf-c): a step doing what the customer needs is a check, a plan or demo offered is a sales question (C1, R-XM2)',
  'confirm-resolution',
  reviewStepNeeds,
  reviewSales,
);

signalCases(
  'review (rf-c): the same split for the closing question (Q1, R-XM2)',
  'closing-question',
  reviewStepNeeds,
  reviewSales,
);
