/**
 * Session 43 (judge-n): ownership and negative-language readings by structure. Sentences written for these tests, none
 * copied from a corpus row.
 * - Ownership (O1, standing availability): watching a community channel in general — any place of the pack's
 *   `community-channel` class (a forum, the Steam community, a subreddit, a Discord server, a mailing list, a channel) —
 *   is no step on this customer's case; watching this customer's ticket or thread stays.
 * - Negative language (LABELING "redirect to another channel or department"): the customer moved to another team to go on
 *   there ("I'll transfer you to our billing team", "moving this case to our billing desk so you can discuss it with them")
 *   is a redirect; passing the issue on while the agent keeps it ("I'll pass this to our devs") is the agent's act (O2).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'watching a community channel in general is standing availability, watching the case is not (O1)',
  'ownership',
  ["I'm keeping an eye on your ticket and will update you.", "I'll keep an eye on your thread and reply once the fix is in."],
  [
    "I'm keeping an eye on the official Discord server and answer there most evenings.",
    'We keep a close eye on the Steam community, so post there whenever you like.',
    "I'm reading the users mailing list daily, so ask there any time.",
    "I'm watching the game's channel, and the team replies there too.",
  ],
);

signalCases(
  'the customer moved to another team is a redirect; the issue passed on by the agent is not',
  'negative-language',
  [
    "I'll transfer you to our refunds department now.",
    'Let me put you through to one of our network specialists.',
    "I'm moving this ticket to our accounts desk so they can go through the invoice with you.",
  ],
  [
    "I'll pass this to our developers and update you tomorrow.",
    "I've moved your booking to the later train.",
    'Let me connect you with the team that handles this.',
  ],
);
