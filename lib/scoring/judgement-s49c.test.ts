/**
 * Session 49 (judge-c): condescension and the resolution check read by structure, on sentences written here (none copied
 * from a corpus row).
 *
 * - Condescension (CON1 talking down, R-F3, the reader sent back to what was written for them), pack rule
 *   condescension-rebuke: a rebuke that calls the customer's conduct deliberate ("please don't deliberately open a
 *   duplicate"); a reminder that they were warned or given notice in advance ("you were given ample notice"); the terms
 *   they agreed to thrown back ("as per the terms you agreed to"); the information a posting guide asks for said to be
 *   missing; a call to read "some basic" material; their not having heeded advice judged. Not: our own conduct ("we never
 *   deliberately delay"), a notice still to come, terms cited without the customer's agreement, a pointer to a named
 *   guide, "you don't seem to have received our email".
 * - Not condescension (CON1 is a verdict on the customer): the writer's own question hedged ("maybe this is a silly
 *   question, but …"); a difficulty conceded before its real cost ("technically it's not hard, but …"); a purpose spelled
 *   out after a colon ("that's the whole point of the format: the file carries its own index", T1); "obviously" before
 *   faults conceded on our side ("Obviously there were problems during your stay"). The bare forms still count.
 * - Confirm resolution (C1): "keep me in the loop" asks for the report as "keep me posted" does, beside an outcome or a
 *   step; with only an offer of more help it stays out.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a rebuke of deliberate conduct, a reminder of notice given, terms agreed thrown back (CON1, R-F3)',
  'condescension',
  [
    'Please do not intentionally post the same question in three places.',
    'Stop deliberately reopening the ticket after it has been answered.',
    'You were given sufficient notice that the gym would be closed that weekend.',
    'You had been sent several reminders before the account was closed.',
    'You were told well in advance that breakfast ends at ten.',
    'You were warned about this when you booked the late checkout.',
    'As per the rental agreement you signed, pets are not allowed in the flat.',
    'Per our terms and conditions that you accepted, the voucher cannot be exchanged for cash.',
  ],
  [
    'We never intentionally cancel a booking without telling the guest.',
    'Our drivers do not deliberately skip any stops on the route.',
    'You will be given notice before the technician arrives.',
    'You were sent a new code this morning, please check your spam folder.',
    'As per our policy, refunds go back to the original card.',
    'You were informed by email when the order left our warehouse.',
  ],
);

signalCases(
  'the posting guide said to be ignored, basic reading prescribed, advice not heeded (R-F3)',
  'condescension',
  [
    'The details required by the posting guide are still missing from your message.',
    'You should first study some elementary statistics before fitting this model.',
    'You ought to read a few introductory tutorials on shell scripting.',
    'You do not appear to have heeded the advice from the earlier thread.',
    "You don't seem to have understood the answer you were given.",
  ],
  [
    'The posting guide is linked at the top of every forum page.',
    'You should read the pairing guide, it walks through each step.',
    'You might like some basic tips on keeping the battery healthy.',
    "You don't seem to have received the second invoice, so I have attached it.",
    'You do not appear to have an active plan on this account.',
  ],
);

signalCases(
  "the writer's own hedge, a conceded difficulty, a purpose explained, faults conceded are no verdict (CON1)",
  'condescension',
  [
    "That's a silly question.",
    "It's not hard.",
    "That's the whole point of a mirror.",
    'Obviously the cable has to be plugged in first.',
  ],
  [
    'Perhaps this is a silly question, but why not keep both copies?',
    'Sorry if this is a dumb question: is the export meant to include drafts?',
    'In theory it is not difficult, but every kernel update would undo it.',
    "It's not hard, but it does take an afternoon to set up properly.",
    'That is the whole point of the journal: each write is recorded before it lands.',
    'Obviously there were several mistakes with your booking that we should have caught.',
    'Obviously, there have been some delays on our side this week.',
  ],
);

signalCases(
  '"keep me in the loop" asks for the report, beside an outcome or a step (C1)',
  'confirm-resolution',
  [
    'Keep me in the loop on how the new router works out.',
    'Please give the updated driver a go and keep us in the loop.',
    'Keep us in the loop on whether the error comes back.',
  ],
  [
    'Keep me in the loop if you have any other questions.',
    'We will keep you in the loop on the delivery.',
  ],
);

// Review (rf-c), session 49: sentences written by the reviewer to break the readings above; each "does not" was a false
// alarm at the merge, each "shows it" a kind the narrowed readings must keep.
signalCases(
  'review (rf-c): deliberate conduct is an order to the customer, not a modal statement about anyone (CON1)',
  'condescension',
  [
    'Please don\'t knowingly submit the same form twice.',
    'Stop purposely cross-posting your question to every channel.',
    'Please do not wilfully ignore the safety notices in the lobby.',
  ],
  [
    'We would never intentionally delete your account without warning you first.',
    'Our couriers will never knowingly leave a parcel outside in the rain.',
    'The update will never deliberately change your privacy settings.',
    "I'd never deliberately remove a review just because it was negative.",
  ],
);

signalCases(
  'review (rf-c): a warning stressed as given in advance, not our promise recounted, a condition or a hope (CON1)',
  'condescension',
  [
    'You have been given fair warning about the late fees.',
    "You've been given plenty of time to collect the parcel.",
    'You were reminded beforehand that the room had to be vacated by eleven.',
    "You had been told at the time of purchase that sale items can't be returned.",
  ],
  [
    "You were told at the time of booking that parking was free, so we'll refund the charge.",
    "You were advised at the time that the repair was under warranty, so there's nothing to pay.",
    'You were told when you booked that breakfast was included, and we got that wrong. Sorry!',
    'If you were notified in advance, the email will be in your inbox from last Tuesday.',
    'We hope you were given enough notice of the timetable change.',
    "You've been sent several notifications by mistake, please ignore them.",
  ],
);

signalCases(
  "review (rf-c): terms thrown back, not cited for the customer's right or our duty (CON1)",
  'condescension',
  [
    'Per the lease that you signed, the tenant pays for the boiler service.',
    'Per the booking conditions which you accepted, the deposit is kept.',
    'As per the terms you agreed to, we will not refund the deposit.',
  ],
  [
    "As per the terms you agreed to, you're entitled to a full refund within 30 days.",
    "As outlined in the terms you accepted at signup, we'll email you before any renewal.",
    'If any details required by the posting guide are missing, the bot will add a reminder.',
  ],
);

signalCases(
  'review (rf-c): basic reading prescribed and advice not heeded, not a lesson given nor a step diagnosed (CON1, R-F3)',
  'condescension',
  [
    'You must study some fundamental networking concepts before touching the firewall.',
    'You do not seem to have listened to the advice my colleague gave you.',
    "You don't appear to have followed the instructions in my previous email.",
    'You do not seem to have understood the question.',
    'The guide says to avoid global state, yet you do not appear to have stopped using it.',
  ],
  [
    'You need to learn a few basic shortcuts, and here they are: Ctrl+S saves, Ctrl+Z undoes.',
    "You don't seem to have stopped the old service, so port 8080 is still taken.",
    "You don't appear to have followed us yet, so we can't send you a DM.",
  ],
);

signalCases(
  'review (rf-c): the excepts keep a reproach that turns on the customer; a method warning is no lesson (CON1, R-F3, T2)',
  'condescension',
  [
    "It's not hard, but you do actually have to read the instructions.",
    "It's really not difficult, but you have to follow the steps in order instead of guessing.",
    'Obviously there are errors in your config file.',
    "Obviously there's an error in your original command.",
    'If you watched the recording, or examined the sample project, you would have realised the flag is ignored.',
    "If you'd read the FAQ, or checked the status page, you would have known about the outage.",
    'You should always test the backup before you wipe the disk.',
  ],
  [
    "It's not complicated, but it does take a while the first time.",
    "Obviously there's been a delay on our end and I'm sorry for that.",
    'If you ordered before noon, or paid by card, you would have received a text.',
    'You should never try a new firmware image on your only production router.',
    'You should never test such a loop with `rm`, swap in `ls` first. :-)',
  ],
);
