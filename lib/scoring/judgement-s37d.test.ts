/**
 * Session 37 (judge-d): sentences written for these tests, none taken from a data row.
 * - confirm_resolution, LABELING C1 ("asks or invites the customer to check or report whether a fix, step or answer
 *   worked"; "a new release" could have resolved it), R-XM2 ("does that work?" after a suggested fix), R-F2 (a run for
 *   its output is diagnostic), R-A4 ("let us know if issues are persistent" after steps): a re-test on a named build,
 *   the outcome of a change to confirm, a check that ends its sentence, "in case" conditions, a reply in this thread;
 *   generic offers ("if you have any questions, reply to this email") stay out.
 * - empathy, LABELING's validations ("That shouldn't be happening") and R-W1 (a verdict on the customer's case in a
 *   clause of its own, not a bare "Interesting!").
 * - personalization, P1 and R-PERS1 (handles by their shape; forms of address such as "Hey Fam!" are no name).
 */
import { describe, expect, it } from 'vitest';
import { signalCases, shows } from './test/signal-cases';

signalCases(
  'a re-test on a named build, and the outcome of a change to confirm (C1, R-F2)',
  'confirm-resolution',
  [
    'Please verify with 4.2.1 if you can still reproduce the hang.',
    'Could you test with v6.3-rc.1 whether you can reproduce it?',
    'Could you please confirm that after applying the patch the clicking is gone?',
    'Can you tell me whether after updating the firmware the fan noise stopped?',
    'Can you rerun your benchmark with the cache turned off?',
  ],
  [
    'Can you check if you can reproduce it?',
    'Check with your bank if you can hit the daily limit.',
    'Please confirm that your router is plugged in.',
    'Can you check your setup?',
  ],
);

signalCases(
  'after a step: a failure condition, then a request; "now" before the verb; whether it persists (C1, R-XM2)',
  'confirm-resolution',
  [
    'Try the workaround below. If that does not fix it, could you please send us the crash log?',
    'Reconnect the pedal and run the installer. Are the pedals now reporting the right codes?',
    'Please clear the cache and restart. Then check if the issue persists.',
  ],
  ['Are the pedals now reporting the right codes?', 'Please check if the issue persists.'],
);

signalCases(
  'a check that closes its sentence, "in case", a reply in this thread (C1, R-A4)',
  'confirm-resolution',
  [
    'Kindly update the app and check.',
    'Please update the app and report.',
    'Can you see if the stutter goes away with this build?',
    'Does the new firmware behave any better?',
    'Please update the app. In case you still face the issue, do let us know.',
    'Please reinstall. Let us know in case the problem persists.',
    'Try restarting. If you still have trouble, reply to this email.',
    'Please update. If the problem remains, please reply to this message.',
  ],
  [
    'Please log in and check your inbox.',
    'If you have any questions, reply to this email.',
    'In case you need anything else, let us know.',
    'If you still need help, reply here.',
  ],
);

signalCases(
  'whether the answer made sense, asked short (C1, as S35\'s "does the explanation make sense")',
  'confirm-resolution',
  ['The template wins because it is applied last. Does that make sense?', 'The template is applied last. Make sense?'],
  ['Does it make sense to add a column?', 'That makes sense.'],
);

signalCases(
  "validations of the customer's case in a clause of their own (LABELING, R-W1)",
  'empathy',
  ["That's very unexpected!", "That really shouldn't happen.", 'This is quite puzzling.'],
  ['Oh, interesting!', 'None of this is unexpected.', "That shouldn't happen if you use the new build.", 'It is unexpected that the driver loads twice.'],
);

describe('personalization: handles and forms of address (P1, R-PERS1)', () => {
  it('reads a word and a number greeted alone as a user name', () => {
    expect(shows('personalization', 'Hey Quillbert 7\n\nThe menu is under Settings.')).toBe(false);
    expect(shows('personalization', 'Hi Vortexia 42, the patch is out.')).toBe(false);
  });
  it('keeps a given name with a number after it', () => {
    expect(shows('personalization', 'Thanks for the note, Claire 2/2')).toBe(true);
    expect(shows('personalization', 'Hi Mark 2, the patch is out.')).toBe(true);
  });
  it('reads a given name run on into a clause as a name unless the word opens clauses (P1)', () => {
    expect(shows('personalization', 'Hi Mark the replacement ships today.')).toBe(true);
    expect(shows('personalization', 'Hi Grace the order left the warehouse.')).toBe(true);
    expect(shows('personalization', 'Hi Hope you are well. The order left the warehouse.')).toBe(false);
    expect(shows('personalization', 'Hey See the attached log.')).toBe(false);
  });
  it("reads a game's title for its players as a form of address", () => {
    expect(shows('personalization', 'Greetings, Summoner! Thanks for playing.')).toBe(false);
    expect(shows('personalization', 'Hi Guardian, the servers are back.')).toBe(false);
    expect(shows('personalization', 'Hi Grace, the servers are back.')).toBe(true);
  });
});
