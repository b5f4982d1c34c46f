// Session 18 (issues 14 and 10): the customer's mood by kind of pressure, not by a tuning row's words.
// - hurry: a wait in minutes or hours told as what it took the customer or where they sat (RULINGS
//   H1, corpus-extra R-G2), in English and, with the verb at the end, in German;
//   urgency words ("asap", "emergency") only where the customer asks for speed, not in a condition,
//   a general use or their own next step (R-U1);
// - upset: a rhetorical question put to the company ("how can you…", "why don't you…", U1), in
//   English and German; "without notice", "for no reason" said of what the company did (U1, R-G1).
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';
import { calm, hurried, unhurried, upset } from './test/mood-cases';

describe('hurry: a wait in minutes or hours that the customer sat through (H1, R-G2)', () => {
  it('reads what a wait took the customer, or where they sat, as hurry', () => {
    hurried('It took me 45 minutes to get a coffee at your counter.');
    hurried('We sat there for over an hour before anyone came to the table.');
    hurried('There was a 40 minute wait at the desk and only one person serving.');
  });
  it('does not read how long a program takes, or effort, as a wait', () => {
    unhurried('The report takes me 5 minutes to load every morning, is that normal?');
    unhurried('It took me an hour to figure out the export settings, but it works now.');
    unhurried('It took us 20 minutes to install the update on every laptop.');
  });
});

describe('hurry: urgency said outright, not argued in general or as the customer\'s own step (R-U1)', () => {
  it('keeps urgency the customer asks for', () => {
    hurried('Please sort this out ASAP, the shop opens at nine.');
    hurried('This is urgent, our card machine is down.');
  });
  it('does not read urgency as a condition, a general use or the customer\'s own next step as hurry', () => {
    unhurried('Nice app, but if any emergency comes up you cannot withdraw cash at all.');
    unhurried('The wallet is not good for emergency use because transfers are slow.');
    unhurried('Thanks for the pointer, I will test the new build ASAP and report back.');
  });
});

describe('upset: a rhetorical question put to the company (U1)', () => {
  it('reads an accusing "how can you…" or "why don\'t you…" as upset', () => {
    upset('How can you keep charging me for a plan I cancelled in March?');
    upset('Why don\'t you people ever pick up the phone?');
  });
  it('does not read a how-to in the second person, or a wish beside praise, as upset', () => {
    calm('How can you export the monthly report to a spreadsheet?');
    calm('The app is great, why don\'t you add a dark mode as well?');
  });
});

describe('upset: what the company did "without notice" or "for no reason" accuses it (U1, R-G1)', () => {
  it('reads the accusation as upset', () => {
    upset('They raised my monthly bill without any notice.');
    upset('The app logged me out for no reason and my basket was emptied.');
  });
  it('does not read a question about what is allowed as upset', () => {
    calm('Can I cancel the plan without notice, or is there a minimum term?');
  });
});

describe('German pack: the same kinds with German word order', () => {
  const scorer = createScorer(loadGermanPack());
  const mood = (customerMessage: string) => scorer.score('Danke, ich kümmere mich darum.', { customerMessage }).mood;

  it('reads a wait with the verb at the end as hurry, not how long an installation ran', () => {
    expect(mood('Wir haben über eine Stunde am Schalter gewartet und niemand kam.').hurry).toBe(true);
    expect(mood('Es hat 40 Minuten gedauert, bis endlich jemand abgenommen hat.').hurry).toBe(true);
    expect(mood('Die Installation hat 20 Minuten gedauert, jetzt läuft alles.').hurry).toBe(false);
  });
  it('reads a rhetorical question to the company as upset, not a how-to', () => {
    expect(mood('Warum antworten Sie nicht auf meine Mails?').upset).toBe(true);
    expect(mood('Was ist das für ein Service?').upset).toBe(true);
    expect(mood('Wie können Sie den Bericht als PDF exportieren?').upset).toBe(false);
  });
  it('reads "ohne Vorwarnung" said of what the company did as upset, not a question about what is allowed', () => {
    expect(mood('Sie haben meinen Vertrag ohne jede Vorwarnung geändert.').upset).toBe(true);
    expect(mood('Kann ich ohne Ankündigung in einen anderen Tarif wechseln?').upset).toBe(false);
  });
});
