/**
 * Session 40 (judge-n): negative-language false alarms narrowed by structure (RULINGS N1: "Negatively worded facts that
 * explain how something works, where nothing is denied to the customer, do not count"; LABELING negative_language:
 * can't / not possible / policy refusals). Sentences written for these tests, none copied from a corpus row.
 * - An age bar needs a number that reads as an age: a spec value ("must be 4 or greater") bars nobody.
 * - "and/but/so can't <verb>" takes its clause's subject: ours (or people who could act) is a limit; a product's user
 *   kind with a rule verb is a fact ("you are … and can't" is a limit: see judgement-s40fn).
 * - No plan to take a feature away reassures; a build that lacks a commit or patch is a diagnosis; a document judged by a
 *   negated quality ("the manual isn't very clear") is an opinion. Nothing is denied in any of them.
 * - A limit lifted by a coming release ("A future release will let you set it") denies nothing, as S28 ruled for "we will add it".
 * - R-K1 ("a bug in the block layer, not in ext4") also reads "the fault lies with the firmware, not with our driver"; a fault placed on the
 *   customer's side ("the problem is with the cable, not your router") is a diagnosis and stays out.
 * - N1/R-F1: "I would report this bug to your distro" sends the customer to their own provider as advice in their place.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'an age bar reads a number as an age, not a spec value (N1)',
  'negative-language',
  ['You need to be 18+ to sign up for the wallet.', 'You must be 18 to open an account with us.', 'Applicants need to be at least 16 to apply for the card.'],
  ['The length field must be 8 or more; otherwise the header must be 0.', 'The buffer count has to be 2 when the ring is shared.', 'Per the spec the lane width must be 4 here.'],
);

signalCases(
  '"and can\'t" counts with our side as the subject, not a product rule or a consequence for "you" (N1, S13)',
  'negative-language',
  [
    "I'm away this week and can't test it on the board.",
    'We went through the logs, but cannot tell what went wrong.',
    'The courier folks were slow and couldnt get it there sooner.',
  ],
  [
    'Viewers get read access to one folder and cannot edit anything in it.',
    'Users have to run the sync first and cannot skip the check step.',
    'Members only get one seat and cannot add more.',
  ],
);

signalCases(
  'no plan to remove, a build without the fix, a negated quality: nothing denied (N1)',
  'negative-language',
  ['We have no plans to add a dark theme.', 'The basic plan doesn\'t include phone support.', 'Unfortunately that is not possible on this plan.'],
  [
    'There are no plans to drop the legacy mode from the tool.',
    'We have no plans to retire the classic editor.',
    'The 6.1 tree doesn\'t include the patch you mentioned, so try 6.3.',
    'The 5.15 stable branch does not include that commit.',
    'Unfortunately the manual is not very clear on this point.',
    'Sadly the error text is not really helpful here.',
  ],
);

signalCases(
  'a limit a coming release is said to lift is no refusal (N1, as S28\'s lift by "we")',
  'negative-language',
  ['There is no way to change the grid size yet.', 'We don\'t support PayPal at the moment. The next release will still only take cards.'],
  [
    'There is no way to change the grid size yet. A future release will let you set it per project.',
    'Dark mode isn\'t supported in the editor today; it will be added in the next update.',
    'There\'s no setting for that at the moment, but the upcoming version should expose one.',
  ],
);

signalCases(
  'the fault placed in another component, not ours, with a verb before the place (R-K1)',
  'negative-language',
  ['This problem is in libpng, rather than our viewer.', 'The fault lies with the firmware, not with our driver.', 'That bug is in libfoo rather than in the kernel.'],
  ['The problem is with the cable, not your router.', 'The issue is in your config file, not the package, so edit line 3.'],
);

signalCases(
  'what the writer would do in the customer\'s place, toward the customer\'s own provider, is a redirect (N1, R-F1)',
  'negative-language',
  ["I would report this crash to your distro's tracker.", "I'd raise it with your ISP, since the block is on their side."],
  ['I would report this to the team myself once I have the logs.'],
);
