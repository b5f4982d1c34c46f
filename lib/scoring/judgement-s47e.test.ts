/**
 * Session 47 (judge-e): expectation read by clause structure, checked on sentences written here (none copied from a
 * corpus row).
 *
 * - A time that measures a distance is a place, not a next event (X1): "the guest house is just a minute away from the
 *   pier", "a 10 minute walk from your apartment", "the stroll takes 4 minutes through the orchard". The same spans
 *   promised as a wait still count ("I'll be with you in just a minute", "in 20 minutes from now").
 * - The be-going-to future in the passive ("the glitch is going to be sorted next week") is the future "will be fixed
 *   soon" already is: a next event on the case with its (vague) time (X1). A be-going-to state ("it's going to be a busy week") is not.
 * - "gonna" is the spoken "going to" (`<fut>`), and taking the patch or fix into the project ("I'm gonna land your
 *   fix", "I'll merge your pull request") is a promised change the customer sees land (R-R1). Applying a setting or
 *   merging accounts is no code change and is not read here.
 * - A verb of feeling with the customer ("empathise", "sympathize") after an adverb of sincerity or extent ("I honestly
 *   empathise with how the wait felt", "we fully sympathize") is empathy as the bare verb already was (E1); thanks
 *   or a plain note of the points in the same shape are not.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a time that measures a distance is a place, not a next event (X1); the same span as a wait still is',
  'expectation',
  [
    'I will be with you in just a minute.',
    'Your room will be ready in 10 minutes.',
    'We will phone you back in 20 minutes from now.',
  ],
  [
    'Our guest house is just a minute away from the ferry pier.',
    'The stroll to the cottage takes 4 minutes through the orchard.',
    'The museum is only 20 minutes by taxi, and the tram stops outside.',
  ],
);

signalCases(
  'a person or delivery on its way, or a wait said with "in", is an arrival (X1); a place as subject or a trip as adjective is a distance (review finding 1)',
  'expectation',
  [
    "I'll be there in 20 minutes by car.",
    'A taxi will collect you in 10 minutes from here.',
    "We'll get the part to you in a few hours by air.",
    'The technician is about 20 minutes away from your address.',
    'Your courier is about 10 minutes away with the replacement.',
    'The engineer should reach you in about an hour by van.',
  ],
  [
    'The airport is a 30 minute drive from the hotel.',
    'Our office is a short 10 minute walk from the station.',
    'Our clinic is 15 minutes from the station on foot.',
    'The beach is roughly five minutes away from the villa.',
  ],
);

signalCases(
  "a trip's duration 'to get there' still tells the wait (X1, review finding 2)",
  'expectation',
  [
    'The shuttle takes about 20 minutes to get there and leaves at 9.',
  ],
  [],
);

signalCases(
  'the be-going-to passive with a time is a next event like "will be fixed soon" (X1); a be-going-to state is not',
  'expectation',
  [
    "We know about the flicker on the login page - it's going to be repaired this week.",
    "Thanks for the report, the corrected invoice is going to be sent tomorrow.",
    "It's going to be merged shortly, thanks for the patch.",
  ],
  ["It's going to be a busy week for us.", "That's going to be hard to say without the logs."],
);

signalCases(
  '"gonna" is "going to", and committing or merging the patch is a promised change (R-R1); a setting is not',
  'expectation',
  ["Looks good to me, I'm gonna land your fix.", "Thanks, I'll merge your pull request.", 'We will apply the fix to the stable branch.'],
  ["I'll apply the setting on your account.", 'Did you commit the patch?', 'You could merge the two accounts yourself.'],
);

signalCases(
  'a verb of feeling with the customer after "sincerely" or "fully" is empathy (E1); thanks in the same shape is not',
  'empathy',
  ['I sincerely empathise with what you went through at check-in.', 'We fully sympathize with the trouble the outage caused.'],
  ['I sincerely appreciate the points you raise about the lift.', 'We fully note the points mentioned in your review.'],
);

signalCases(
  'an adverb, then "do", then the degree before a verb of feeling with the customer is empathy (E1, review finding 5)',
  'empathy',
  ['I really do sympathise.', 'We certainly can empathise with how long the queue felt.', 'I do completely sympathize.'],
  ['I really do appreciate the reminder.', 'We certainly can look at the queue times.'],
);
