/**
 * Session 42 (judge-n2): negative language in the terse registers of live chat and issue trackers (RULINGS N1: a redirect
 * to another channel counts; "not supported" is a limit; R-K1: a report rejected as belonging elsewhere). Sentences
 * written for these tests, none copied from a corpus row.
 * - The wrong venue named in the positive ("this is the wrong channel for that", "the wrong place to ask") says what
 *   "not the right place" already said: the customer is sent elsewhere. Only venues for asking count, with "for", "to ask"
 *   or "in/on" before the venue, so a thing put in the wrong place ("the file is in the wrong folder") is a how-to.
 * - "unsupported" as a predicate ("that setup is unsupported") is the one-word "not supported"; the same word reported by
 *   an error, a log or the product ("the log says the card is unsupported") describes the problem (as judge-n's S42 except).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'the wrong venue for the question is a redirect (N1)',
  'negative-language',
  [
    'This is the wrong channel for printer questions.',
    "You're in the wrong repo, this one only holds the docs.",
    'Sorry, this is the wrong place to ask about billing.',
  ],
  [
    'The config file is in the wrong folder, move it to the home directory.',
    'It looks like you typed the password in the wrong field.',
    'The parcel went to the wrong address, so I have sent a new one today.',
  ],
);

signalCases(
  '"unsupported" as a predicate is a limit; reported by a log or error it is the problem',
  'negative-language',
  ['Running two copies at once is unsupported.', 'That adapter is officially unsupported on the old firmware.'],
  ['The log says the adapter is unsupported, so I have sent you the updated driver.', 'The error reads "codec unsupported" when the file opens.'],
);

signalCases(
  '"neither / none of them will work with X" is the verdict "that won\'t work with X" on every option (N1)',
  'negative-language',
  ['Neither will work properly with the older controller.', 'None of those will work on a 32-bit install.'],
  ['None of the buttons will work on my tablet since the update, can you help?', 'Either will work with the older controller.'],
);
