/**
 * Session 44 (judge-n): negative-language readings by structure. Sentences written for these tests, none copied from a
 * corpus row.
 * - Redirects (LABELING "redirect to another channel", N1 "a … forum", R-F1 the tracker): a chat or tracker helper naming
 *   another place as the better one ("you may have better luck in #gtk"), saying this place is for someone else ("this
 *   is a channel for Qt developers"), naming a place for questions of this kind ("there is a #spring-data channel for
 *   questions like that"), sending a report to another project's tracker ("please submit GTK bugs to the GTK bug
 *   tracker") or to another project's people with no article ("talk to Electron folks about it"). The agent asking
 *   those people themselves ("I'll ask the GTK devs") and luck with a thing rather than a place stay out.
 * - Rebuttals (R-K1 "rejecting the report", LABELING negative language contradicting the customer): the customer's account
 *   called untrue ("that is simply not true", "contrary to your claim"), denied outright ("there was no question of …",
 *   "at no point did …", "our staff would never …") or the fault put on the customer for not telling ("you did not inform
 *   us"). An agent agreeing with the customer, "no problem", a diagnosis of the customer's slip, and the same words in a
 *   condition ("if this is not the case") stay out.
 * - Disagreeing with the customer's claim or proposal ("I disagree that this should be an option") and a report put down to
 *   the customer's own code ("this is actually a bug in your code") reject the report (R-K1, R-D3); a hedged diagnosis
 *   ("it looks like a problem with your config") does not. Contact details named as given on a website are a redirect
 *   (R-X3).
 * - Not understanding the report, said with a regret ("I'm afraid I don't understand your steps"), and praise idioms ("we
 *   couldn't have asked for …", "we couldn't be happier") deny nothing (N1).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'another place named as the better one, or this place said to be for others, is a redirect (N1, R-F1)',
  'negative-language',
  [
    'You may have better luck in #rust-beginners or on Stack Overflow.',
    'This is a channel for Mesa developers; user questions go elsewhere.',
    'This tracker is not for usage questions.',
    'There is a #hibernate channel for questions like that.',
    'Please submit Thunderbird bugs to the Thunderbird bug tracker.',
    'If it only shows up under Wine, talk to Wine folks about it.',
    'Try the #openbox channel, they know the window manager well.',
  ],
  [
    "I'll ask the GTK devs about it tomorrow.",
    'I had better luck with the older firmware, so try that.',
    'This is a channel for support, so ask away.',
    'There is a setting for that under Preferences.',
    'Try the #2 option in the list first.',
  ],
);

signalCases(
  "the customer's account denied in public is negative language (R-K1); agreeing or diagnosing is not",
  'negative-language',
  [
    'That is simply not true, the room was cleaned every morning.',
    'Contrary to your claim, the deposit was explained at check-in.',
    'There is no truth in the claim that we charged your card twice.',
    'At no point did our waiters refuse to serve your table.',
    'Our staff would never ask a guest for a tip.',
    'You did not inform us about the broken heater during your stay.',
  ],
  [
    'You were right, the charge was a mistake and we have refunded it.',
    "No problem, we've updated the booking for you.",
    'It looks like you typed the wrong card number, so please try again.',
    'If this is not the case, please let us know and we will look again.',
    'There is no question that we let you down, and we are sorry.',
    "There's no question of you paying for the repair, it's on us.",
    'At no point did you do anything wrong here.',
    'At no time was your card data at risk.',
    'Our staff never share your details with anyone outside the hotel.',
  ],
);

signalCases(
  'not understanding the report yet, or a praise idiom, refuses nothing (N1)',
  'negative-language',
  [],
  [
    "I'm afraid I don't understand the steps yet, could you add a screenshot?",
    "We couldn't have asked for kinder words, thank you.",
    "We couldn't be happier that the new room suited you.",
  ],
);

signalCases(
  "disagreeing with the customer's claim or proposal, or putting the report down to their code, rejects it (R-K1, R-D3)",
  'negative-language',
  [
    'I disagree that the sidebar should be optional.',
    "We don't agree with your assessment of our housekeeping.",
    'This is actually a bug in your script, the handler is bound twice.',
  ],
  [
    "I couldn't agree more, the export is too slow.",
    "I don't disagree, the menu is hard to find.",
    'It looks like a problem with your proxy settings, so set the port to 8080.',
  ],
);

signalCases(
  'contact details named as given somewhere else are a place to take the case (R-X3); the agent calling is not',
  'negative-language',
  ['Please get in touch with us at the contact details listed on our website.'],
  ["We'll call you at the contact details you gave us when the part arrives."],
);
