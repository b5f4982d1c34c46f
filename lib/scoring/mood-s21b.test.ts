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

// Session 21b, round 2: false alarms a team lead would notice. Every message written for these tests.
describe('eagerness is no complaint', () => {
  it('reads "can\'t wait" for something to come as eagerness, its "!!" as enthusiasm', () => {
    calm('Can’t wait for the new version!!');
    calm('I can’t wait to try it!');
    calm('Cannot wait till the dark mode ships!!');
  });
  it('keeps a wait the customer refuses upset', () => {
    upset('I can’t wait any longer for my refund!!');
  });
});

describe('a negative evaluation negated is praise', () => {
  it('reads "won\'t be disappointed", "no complaints", "not bad at all" as praise', () => {
    calm('Great food, try it, you won’t be disappointed!');
    calm('The new dashboard is not bad at all!');
    calm('No complaints so far!');
    calm('Can’t complain, the sync runs every night!');
  });
  it('keeps disappointment said of the service upset', () => {
    upset('I’ve never been so disappointed!');
    upset('Really disappointed with the last update!');
  });
});

describe('a calm report of a fault is not a complaint about it (replies-lwifi)', () => {
  it('reads a swear abbreviation inside a chip or file name as part of the name', () => {
    calm('The board uses an RTL8723BS module and the scan finds nothing.');
    calm('Bringing up the 8723cs/bs combo over SDIO, any hints on the firmware?');
  });
  it('reads "wth" before a name or a determiner as "with" typed short', () => {
    calm('Possible issue wth mt7921e in the resume path.');
    calm('Same result wth the older firmware.');
  });
  it('keeps the swear itself upset', () => {
    upset('WTH is this?! Third outage this week.');
    upset('This policy is BS!');
  });
  it('reads "hacked" as what someone modified, not what was done to the customer', () => {
    calm('A hacked rtl8xxxu module is needed to get the card to load.');
    calm('I hacked together a script that resets the interface.');
    upset('My account was hacked and the password changed.');
  });
  it('reads "annoying" said of what a log prints as the fault reported, not a feeling', () => {
    calm('Since 6.8 the driver floods dmesg with annoying kernel warnings on resume.');
    upset('Your support is so annoying!');
  });
  it('reads "garbage" in a term of the trade as a name, not a verdict', () => {
    calm('The loop reads a garbage value from the stack when the table is empty.');
    calm('The garbage collector pauses the UI for two seconds.');
    upset('Your new release is garbage.');
  });
});
