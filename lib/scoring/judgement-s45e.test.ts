/**
 * Session 45 (judge-e): expectation, one structure, checked on sentences written here (none copied from a corpus row).
 *
 * Expectation (R-R1, R-I1): a state the writer promises to set on the report's own ticket — reopening it, marking it,
 * re-targeting its milestone — is a concrete next event the customer will see, no clock needed. Marking a calendar is
 * no ticket; closing a duplicate now and routing the case to another desk (N1) are no event to wait for; a hedge
 * ("I might reopen it"), a question or a step already taken promises nothing.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a promised step on the ticket itself is a next event (R-R1, R-I1)',
  'expectation',
  [
    'Good catch. I will mark it as low priority and change the milestone to 2.4.',
    'We will reopen the issue when the new build is verified.',
    "That format is deprecated. Will reopen if more people ask for it.",
  ],
  [
    "I'll mark the calendar for the review meeting.",
    "Thanks for the details. I'm going to move this ticket to our payments desk.",
    'This one repeats an older report, so I will close this issue.',
    'I might reopen it later, we will see.',
    'Should I close this issue?',
    "I've reopened it and added a note.",
    'The office will close at five on Fridays.',
  ],
);
