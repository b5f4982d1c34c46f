// Session 21b (issues 10 and 14, customer_upset): the gaps the session-20 final review left open —
// sarcasm on a failure that is new ("Great, the export now fails too"), praise with its noun ("Perfect
// timing, …"), German thanks for a loss — and "anymore"/"no longer" read as relief only on a fault that
// stopped ("doesn't crash anymore"), not on what stopped working ("doesn't work anymore";
// mood-sarcasm.ts FAULT_STOPPED, mood.ts RELIEF). Every message here was written for these tests; none
// is a corpus row.
import { describe, it } from 'vitest';
import { calm, upset } from './test/mood-cases';

describe('sarcasm the session-20 review found missed', () => {
  it('reads praise that opens onto a new failure', () => {
    upset('Great, the export now fails too.');
    upset('Wonderful, the sync failed again overnight.');
  });
  it('reads praise with its noun before a fault', () => {
    upset('Perfect timing, the update broke my VPN again.');
    upset('Great job, the printer is offline again.');
  });
  it('reads German thanks for a loss of the customer’s own things', () => {
    upset('Vielen Dank fürs Löschen meiner Dateien.');
    calm('Danke fürs Löschen der alten Testkonten, wie besprochen.');
  });
});

describe('"anymore" and "no longer": relief only when a fault stopped', () => {
  it('reads a function that stopped as a fault, so the praise beside it is sarcasm', () => {
    upset('Great, now it doesn’t work anymore.');
    upset('Brilliant, the app no longer opens at all.');
  });
  it('reads "!!!" on something that stopped working as a raised voice', () => {
    upset('The scanner does not connect anymore!!!');
  });
  it('keeps a fault that stopped calm, with its praise', () => {
    calm('Great, it doesn’t crash anymore.');
    calm('It no longer freezes on startup. Brilliant!');
    calm('Not throwing errors any more!!! Great work.');
    calm('Super, stürzt nicht mehr ab.');
  });
  it('reads "!!" on a fault that stopped as relief, not a raised voice (pack complaint cues)', () => {
    calm('It doesn’t crash anymore!!');
    calm('The laptop no longer overheats!!');
    upset('It doesn’t open anymore!!');
  });
});
