// Session 22 (review): a team lead's try of this session's new judgement on sentences an ordinary, polite agent
// (or a calm customer) writes, aimed where the new rules could false-alarm or miss; each fixed reading is
// held here by structure. Every sentence was written for these tests; none is a corpus row.
import { signalCases } from './test/signal-cases';

signalCases(
  'the obvious step the agent takes on, the fault owned, or a purpose explained on is no retort (CON1)',
  'condescension',
  [
    "That's the whole point of a mirror.",
    "That's the whole point of a cache, you know.",
    'The obvious fix is to read the error message.',
    "That's the entire point of the setting.",
  ],
  [
    "The obvious fix is to roll back, and we're doing that tonight.",
    'The obvious answer would be a bug on our side, and I\'m checking that now.',
    'The obvious option is a full refund, and I’ve started that for you.',
    "That's the whole point of the beta, so thanks for testing it!",
    "That's the whole point of auto-save: you never lose a draft.",
    'That’s the whole point of two-factor login, it keeps your account safe.',
    'Thanks for sticking with the beta, that\'s the whole point of it.',
  ],
);
