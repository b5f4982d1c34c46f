// Session 20b (issue 14): the reviewer's `rapport score --report` check — sarcasm aimed at a fault, an
// outage nobody explains, hurry by a near event or capitals, and a hurried ticket subject
// (mood-sarcasm.ts, customer.ts). Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { calm, hurried, moodOf, unhurried, upset } from './test/mood-cases';

describe('praise or thanks aimed at a fault or a repeat is sarcasm: upset', () => {
  it('reads thanks aimed at the fault', () => {
    upset('Thanks so much for wiping my address book with the last sync.');
    upset('Thank you for losing my order history, very kind.');
  });
  it('reads a bare verdict beside a fault or a repeat', () => {
    upset('Perfect. The app crashed again while I was saving.');
    upset('Fifth failed login this morning. Fantastic.');
    upset('Great, now my invoices have disappeared too.');
  });
  it('reads love for the fault itself', () => {
    upset('I love how the app kicks me out every time I switch tabs.');
  });
  it('reads the German forms', () => {
    upset('Na toll, mein Konto ist schon wieder gesperrt und die Daten sind gelöscht.');
    upset('Klasse. Zum dritten Mal diese Woche abgestürzt.');
    upset('Danke auch für das Update, jetzt geht der Export nicht mehr.');
  });
  it('keeps sincere thanks and praise calm', () => {
    calm('Thanks for restoring my files, really helpful.');
    calm('Great, it works again after the update. Thank you!');
    calm('Super, das Problem ist behoben. Vielen Dank!');
    calm('Thanks for your quick help yesterday. Could you also add a second user to our plan?');
    calm('I love the new dashboard. How do I export it as PDF?');
  });
});

describe('an outage nobody explains is upset', () => {
  it('reads English and German', () => {
    upset('The booking site has been down since 8am and nobody has told us anything.');
    upset('Unser Shop ist seit Mittag nicht erreichbar und keiner informiert uns.');
  });
  it('keeps an outage report without the silence, and silence without an outage, calm', () => {
    calm('The booking site seems to be down for me. Is there maintenance today?');
    calm('Nobody told me the meeting room changed, where is it now?');
  });
});

describe('hurry by a near event or capitals', () => {
  it('reads an event at a near clock time or within minutes', () => {
    hurried('The laptop will not boot and my client presentation starts at 2pm.');
    hurried('Our guests are arriving in 15 minutes and the door badge reader is dead.');
    hurried('Die Besprechung beginnt um 9 Uhr und der Beamer geht nicht.');
  });
  it('reads NOW in capitals, not the customer\'s own promise', () => {
    hurried('The shop terminal is frozen, we need help NOW.');
    unhurried("Thanks, that explains it. I'll reinstall the driver NOW and report back.");
  });
  it('keeps an event without a near time unhurried', () => {
    unhurried('How do I add a meeting room to the calendar?');
  });
});

describe('a ticket subject that asks for speed makes the ticket hurried', () => {
  const scorer = createScorer();
  const moodWith = (subject: string) => scorer.score('Thanks, I am on it.', { customerMessage: 'The export button does nothing.', subject }).mood;
  it('reads URGENT / ASAP in the subject', () => {
    expect(moodWith('URGENT: export broken')).toMatchObject({ hurry: true });
    expect(moodWith('Need this fixed asap - export')).toMatchObject({ hurry: true });
  });
  it('keeps a plain subject unhurried', () => {
    expect(moodWith('Export button')).toMatchObject({ hurry: false });
    expect(moodOf('The export button does nothing.')).toMatchObject({ hurry: false });
  });
});
