/**
 * Session 49 (judge-t): teach false alarms from replies that state or defend a decision without teaching. Sentences
 * written for these tests, none copied from a corpus row. All are exceptions of the rule `teach`, so each cancels only
 * the words it overlaps and a cause or rule said elsewhere in the reply still teaches.
 * - Not teach (RULINGS T1, a reason that only justifies a refusal): "that is why" hung on a benefit the customer did
 *   not get ("That's why you haven't been given the bonus points"). A fault not received (an email, a parcel) still
 *   reads, and so does a rule of the service said before it.
 * - Not teach (T1; a person as the subject of the reason, S26): "that is why" followed by what our staff did ("That is
 *   why one of our technicians came by on Monday"). "That's why the sync fails" still teaches.
 *   So is "which is why they came by at noon" (a pronoun for people and a verb of coming or getting in touch), and why
 *   guests choose or love us ("our guests prefer us due to …"), a motive of people.
 * - Teach (T1, the specific rule behind the situation): a reserved word, keyword, character or name ("order is a
 *   reserved SQL keyword"); a table or a seat reserved for someone is a booking and is not read.
 * - Not teach (T1 plain facts): where the business itself is ("Our hotel is located in the old town"), like opening
 *   hours; where a file or setting is kept still teaches.
 * - Not teach (T1 boilerplate or area-only reasons): an unforeseen or unintended "issue" or "circumstances" with nothing
 *   named ("due to unforeseen circumstances"); an issue that is then named still teaches.
 * - Not teach (T1 "a reason that only justifies a decision", S47 fronted triage reason): a fronted because/since clause
 *   whose main clause is our scheduling of the report ("Because this is a data loss bug, we'll be trying to schedule it
 *   for the next release"). A fix we made or a step for the customer after a fronted cause still teaches.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  '"that is why" hung on a benefit not given justifies the decision (T1); a fault not received still teaches',
  'teach',
  [
    "Your card expired last month. That is why you haven't received the renewal email.",
    'Cashback is credited only on the first order of each month, which is why you got none on the second one.',
    "The spam filter holds mail from new senders for an hour, that's why you haven't received the code yet.",
  ],
  [
    "You did not submit the form in time. That's why you haven't been given the bonus points.",
    'That is why you were not given a refund for the second night.',
    'The booking was made through a third party, which is why you were not given the upgrade.',
    "That's why you didn't get the discount on this order.",
  ],
);

signalCases(
  '"that is why" with our staff as the subject defends what they did (T1, S26)',
  'teach',
  ["That's why the sync fails on older phones.", 'The battery saver stops background apps, that is why the alarm never rang.'],
  [
    "You missed the cutoff. That's why a manager called you on Friday to explain.",
    'That is why one of our technicians came by on Monday.',
    'That is why an office member knocked on your door before noon.',
    "That's why our maintenance staff entered the unit while you were out.",
    'You asked for a later slot, which is why they came by at noon.',
    "That's why she called you back the same evening.",
  ],
);

signalCases(
  'why guests choose or love us is a motive of people, a boast (T1); why a program prefers something still teaches',
  'teach',
  ['The app prefers the cached copy because the network is slow.'],
  ['Our guests prefer us due to our quiet rooms and friendly staff.', 'Many families choose us because of the pool.'],
);

signalCases(
  'a name the language or system keeps for itself is the rule behind the failure (T1); a reserved booking is not',
  'teach',
  [
    'Order is a reserved SQL keyword, so the column needs quotes.',
    'The hash sign is a reserved character in web addresses.',
    'CON is a reserved device name on Windows, so the folder cannot be created.',
  ],
  [
    'The table is reserved under your name.',
    'The suite is reserved in the name of Mr Lee.',
    'These seats are reserved for members.',
  ],
);

signalCases(
  'where the business itself is located is a plain fact (T1); where a file is kept still teaches',
  'teach',
  ['The config file is located in your home folder under .app.', 'Saved drafts are located in the Outbox folder until they send.'],
  [
    'Our hotel is located in the heart of the old town, close to the station.',
    'The restaurant is located right on the beach, so it gets busy at sunset.',
    'Both of our stores are located on the high street.',
  ],
);

signalCases(
  'an unforeseen or unintended issue with nothing named is boilerplate (T1); a named issue still teaches',
  'teach',
  [
    'The order was delayed due to the issue with the warehouse scanner mislabelling parcels.',
    'The flight was cancelled because of a fault in the de-icing pump.',
  ],
  [
    'Your trip was affected due to the unforeseen circumstances.',
    'Your stay was marred due to the unintentional issues, and we regret it.',
    'The tour had to be shortened owing to unforeseen circumstances.',
    'Your delivery was late because of some operational difficulties.',
  ],
);

signalCases(
  'a fronted reason for how we schedule the report justifies a decision (T1, S47); a fix or a step after a cause teaches',
  'teach',
  [
    'Because the cache was corrupted, we cleared it and the page loads again.',
    "Since the token expires after an hour, you'll need to sign in again.",
    'Since the importer skips blank header rows, we will add a check for them in 2.4.',
  ],
  [
    "Because this is a data loss bug, we'll be trying to schedule it for the next release.",
    'Since it only affects the beta, we will prioritise it after the launch.',
    "Since this breaks the style guide, we're going to target it for the June milestone.",
  ],
);

// Review (rf-t): sentences of the reviewer's own, each on the far side of a boundary the readings above draw.
signalCases(
  'review (rf-t): a reserved word read through a closed slot, any language, a username; not negated, not a booking',
  'teach',
  [
    "'admin' is a reserved username, so please pick another one.",
    "'class' is a reserved C# keyword, so rename the property.",
    'Type is a reserved word in TypeScript, which is why the field name breaks the build.',
  ],
  [
    'Your table is under a reserved name at the front desk.',
    "Don't worry, group is not a reserved word, so that isn't what broke the query.",
    'The parking bay outside is a reserved space for guests with a permit.',
  ],
);

signalCases(
  'review (rf-t): money or a document not received is in transit and its cause teaches; a benefit not granted does not',
  'teach',
  [
    "Banks take five to seven working days to post refunds, that's why you haven't received your refund yet.",
    'The refund goes back to the original card, and that card was cancelled, which is why you haven\'t received the refund.',
  ],
  ["That's why you weren't offered a voucher this time.", 'That is why you are not eligible for the loyalty bonus.'],
);

signalCases(
  'review (rf-t): staff or "they" only with a verb of coming or getting in touch; what a driver could not do, or where parcels went, teaches',
  'teach',
  [
    "Your postcode was missing a digit, that's why the driver couldn't find your building.",
    "The ticket was opened on your work account, that's why the agent couldn't see your order.",
    'The label printed without a flat number, which is why the courier left it at reception.',
    "Our emails had no sender record, that's why they went to your spam folder.",
    'The parcels were missing customs forms, which is why they came back to us.',
    "The two items ship from different warehouses, that's why they arrived on different days.",
  ],
  [
    "You reported a leak, that's why our maintenance technician came in this morning.",
    "That's why a member of our front desk team phoned you.",
    'You asked for a callback, which is why our agent rang you twice.',
    'You asked for someone to check the heating, which is why they came by this morning.',
    'Your alarm went off, that\'s why he knocked on your door.',
  ],
);

signalCases(
  'review (rf-t): the business noun right after its determiner; a search bar or progress bar is a control and teaches',
  'teach',
  ['The search bar is located at the top of every page.', 'The progress bar is located under the video player.'],
  ['Our guesthouse is located a short walk from the harbour.', 'All our branches are located in the city centre.'],
);

signalCases(
  'review (rf-t): a fronted reason about the report itself justifies scheduling; a fronted cause of the fault teaches',
  'teach',
  [
    "Since the importer skips blank header rows, we'll schedule a fix for 2.4.",
    "Because the crash comes from a null date in the parser, we're going to prioritise it this week.",
  ],
  [
    "Because this only affects a handful of users, we'll schedule it for a later release.",
    'Since it is a cosmetic issue, we are going to target it for the autumn update.',
    "Because this is low impact, I'll tag it for the backlog.",
  ],
);
