/**
 * Session 46 (judge-c): resolution checks and talking down, checked on sentences written here (none copied from a
 * corpus row).
 *
 * - A test asked WITH the change the reply just suggested, named as the suggestion itself ("Can you test with that
 *   recommendation?") checks whether that change fixes it (C1, R-F2 "give this a shot on 3.15"); a demonstrative with
 *   no change named ("check with that team") asks nothing (pack rule confirm-resolution).
 * - "We should upgrade X and check if it is fixed" is the writers' own plan, no check asked of the customer (C1): the
 *   first-person trial-and-see list (`cr-self-trial-see`) now takes any step and "should".
 * - Condescension (CON1 "as I said"): the writer's own earlier telling pinned to a past contact ("I had made it quite
 *   clear during your call", "at your check-in, I had told you") reminds the customer they were told; the
 *   customer accused of misconduct in the second person ("you have hidden the facts", "you were threatening our staff");
 *   "why would you … in the first place?"; "are you trolling me?" (pack rule condescension-reproach).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a test asked with the change just suggested checks that change (C1)',
  'confirm-resolution',
  [
    'Set the timeout to 30 in the config file. Can you test with that recommendation on 2.1?',
    'Could you retry with these settings and tell me what you see?',
  ],
  ['Can you check with that team first?', 'Please test with the attached file.'],
);

signalCases(
  '"you can/could" offers a step as advice; only a test offered that way asks for a check (fix-a, finding 11)',
  'confirm-resolution',
  ['You could retest with these settings before the release goes out.'],
  ['You can try with that workaround until 2.5 ships.', 'You could try with these settings while we look into it.'],
);

signalCases(
  "the writers' own plan to upgrade and see is no check asked of the customer (C1)",
  'confirm-resolution',
  ['Please upgrade the parser and check if it works.'],
  ['We should upgrade the parser and check if it works.', 'We will upgrade the parser first and check if the issue is fixed there.'],
);

signalCases(
  'reminding the customer they were told at a past contact talks down (CON1 "as I said")',
  'condescension',
  [
    'I had made it quite clear during your call that the cabin has no kitchen.',
    'At your check-in, I had already told you the sauna stays shut until May.',
    'We have clarified everything at the time of checkout.',
  ],
  ['When you called we told you the refund would take five days.', 'We have informed the team at the time of booking.'],
);

signalCases(
  'a recap of what was explained on a call is no insistence that they were told (fix-a, finding 8)',
  'condescension',
  ['I had made it perfectly clear during the call that the deposit is not refundable.'],
  [
    "I have explained the steps during the call, and I've written them below as well.",
    'We explained the options during your call, and here they are again in writing.',
  ],
);

signalCases(
  'the customer accused of misconduct in the second person talks down (CON1)',
  'condescension',
  ['You have concealed the truth from our auditors.', 'You were threatening our staff at the front desk.', 'You have lied to us twice now.'],
  [
    'If you have hidden the toolbar, open View and tick it again.',
    'You were charged twice, I have refunded one charge.',
    // fix-a, finding 7: an accusation held in a condition accuses no one.
    'Unless you have lied on the form, the claim will go through.',
    'If you were misleading the auditors, they would have said so.',
  ],
);

signalCases(
  '"why would you … in the first place?" and "are you trolling me?" talk down (CON1)',
  'condescension',
  ['Why would you pick the slowest courier in the first place?', 'Are you trolling me?'],
  [
    'We are sorry this happened in the first place.',
    'Why did you choose the yearly plan? I can switch it for you.',
    // fix-a, finding 6: did/do asks what it was for.
    'Why did you need the export in the first place? If it is for tax, there is a simpler report.',
    'Why did you choose the yearly plan in the first place? Just so I pick the right refund path.',
    'Why do you keep the backups on that drive in the first place? A cloud copy may suit you better.',
  ],
);
