// Session 23a (issue 14, customer_hurry): time pressure told over two sentences. A cue's `beside` list
// (cues.ts) is looked for in the cue's sentence or the one right before or after it, so a near time beside a
// need blocked now ("Our payroll runs tomorrow. The export still fails.") and a time passed beside what is
// still not done ("I reported this three weeks ago. Still nothing.") read as hurry (RULINGS H1), with evidence
// that spans both halves. Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { buildGermanPack } from './test/german';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { createScorer } from './index';
import { hurried, moodOf, unhurried } from './test/mood-cases';

describe('a near time beside a need blocked now, in the next or previous sentence (H1)', () => {
  it('reads the two halves together', () => {
    hurried('Our payroll runs tomorrow. The export still fails.');
    hurried('We go live on Monday. Without this we can\'t ship.');
    hurried('The board meets tonight. I still can\'t open the quarterly report.');
    hurried('My sister\'s wedding is on Saturday. The booking page keeps crashing.');
    hurried('Invoices go out first thing. The print queue is not working.');
  });
  it('gives evidence that covers the time and the blocked need', () => {
    expect(moodOf('Our payroll runs tomorrow. The export still fails.').evidence).toContain('tomorrow. The export still fails');
  });
  it('leaves a far time, a fault that is over, the customer\'s own plan and a question calm', () => {
    unhurried('We go live in March; no rush on this question.');
    unhurried('Last week I updated the app. Now it works.');
    unhurried('The update comes out on Monday. Will it fix the export?');
    unhurried('The app crashed yesterday. It was not working for an hour.');
    unhurried('We moved offices on Monday. Everything works fine now.');
  });
});

describe('a time passed beside what is still not done, in the next sentence (H1 an overdue wait)', () => {
  it('reads the wait and what is still missing together', () => {
    hurried('I reported this three weeks ago. Still nothing.');
    hurried('We paid the deposit 10 days ago. The refund still hasn\'t come.');
    hurried('The line has been dead since Monday. Nobody has called back.');
    hurried('I emailed you two weeks ago. Haven\'t heard anything.');
  });
  it('leaves the age of a product, a failed attempt and a usual duration calm', () => {
    unhurried('I bought the charger two weeks ago. It still won\'t charge.');
    unhurried('I tried again after two days. Still no luck.');
    unhurried('Shipping usually takes a few days. Is still no tracking number normal?');
  });
});

describe('the German pack reads the same two-sentence structures', () => {
  const built = buildGermanPack();
  const de = createScorer(built.pack);
  const hurry = (m: string) => de.score('Danke, ich kümmere mich darum.', { customerMessage: m }).mood.hurry;
  it('loads', () => expect(built.errors).toEqual([]));
  it('reads a near time beside a blocked need, and a wait beside "immer noch nichts"', () => {
    expect(hurry('Morgen läuft die Lohnabrechnung. Der Export schlägt immer noch fehl.')).toBe(true);
    expect(hurry('Wir gehen am Montag live. Ohne das können wir nicht liefern.')).toBe(true);
    expect(hurry('Ich habe das vor drei Wochen gemeldet. Immer noch nichts.')).toBe(true);
  });
  it('leaves the customer\'s own plan, a device\'s age and a far date calm', () => {
    expect(hurry('Ich versuche es morgen noch mal. Es geht immer noch nicht.')).toBe(false);
    expect(hurry('Ich habe das Gerät vor zwei Wochen gekauft. Es funktioniert immer noch nicht.')).toBe(false);
    expect(hurry('Wir gehen im März live. Es eilt nicht.')).toBe(false);
  });
});

describe('the chasers of a repeated message are the pack\'s cues (mood_cues.chase), read as before', () => {
  const s = createScorer();
  const chased = (last: string) =>
    s.score('Thanks.', { customerMessage: last, thread: [{ role: 'customer', text: 'The invoice page shows an error.' }, { role: 'customer', text: last }] }).mood;
  it('reads a follow-up that asks after the ticket as hurry, with its words as evidence', () => {
    expect(chased('Any news on this?')).toMatchObject({ hurry: true, evidence: expect.arrayContaining(['Any news on this']) });
    expect(chased('Is anybody looking at this?').hurry).toBe(true);
    expect(chased('Hello?').hurry).toBe(true);
  });
  it('leaves a second message that only adds to the first, or a failed attempt, calm', () => {
    expect(chased('Forgot to say: it happens in Firefox too.').hurry).toBe(false);
    expect(chased('Still no luck after clearing the cache.').hurry).toBe(false);
  });
  it('lets a pack list its own chasers', () => {
    const pack = { ...DEFAULT_PACK, mood_cues: { ...DEFAULT_PACK.mood_cues, chase: ['nudging this'] } };
    const own = createScorer(pack);
    const read = (last: string) => own.score('Thanks.', { customerMessage: last, thread: [{ role: 'customer', text: 'The export fails.' }, { role: 'customer', text: last }] }).mood.hurry;
    expect(read('Nudging this again.')).toBe(true);
    expect(read('Any update?')).toBe(false);
  });
});

describe('a duration described is no wait (known false reads, session 22 review)', () => {
  it('leaves how long something takes, told in the present simple, calm', () => {
    unhurried('So far the delivery takes a week. Still fine by me.');
    unhurried('It usually takes 3 days to ship to Ireland.');
    unhurried('Activation only takes a day, which is great.');
  });
  it('leaves the run time of a job that finished calm', () => {
    unhurried('The migration completed successfully (took about three weeks though).');
    unhurried('The rebuild finished without errors, it took 2 weeks.');
  });
  it('still reads a wait the customer sat through', () => {
    hurried('It took 3 weeks to get my refund and it still isn\'t here.');
    hurried('It took me two weeks to get anyone on the phone.');
  });
});

describe('hurry false alarms fixed as classes', () => {
  it('leaves "tonight" and "in 10 minutes" in a story told in the past calm', () => {
    unhurried('In 10 minutes the courier had not moved and I got charged anyway.');
    unhurried('The kids wanted to go home within 5 minutes of arriving.');
    unhurried('It worked when I started the laptop tonight, then it stopped.');
  });
  it('still reads them as a need ahead', () => {
    hurried('I need the report in 2 hours for my boss.');
    hurried('I have a flight tonight and my boarding pass won\'t load.');
  });
  it('does not take "get it to work" for the customer\'s job', () => {
    unhurried('If I get it to work I will buy a licence straight away.');
    unhurried('Once I manage to make it to work properly I will upgrade today.');
  });
  it('leaves a rule told with a general "you" calm, not the customer\'s own blocked need', () => {
    unhurried('Most lessons are locked and you have to pay for them.');
    hurried('I need to pay my rent and the app is blocked.');
  });
  it('leaves the time of happy use calm', () => {
    unhurried('It\'s been 6 months since I opened the account, really amazing, I recommend it.');
    hurried('It\'s been 3 weeks and nobody answered.');
  });
});

describe('more chasers in a repeated message (English and German)', () => {
  const thread = (first: string, last: string) => ({ customerMessage: last, thread: [{ role: 'customer' as const, text: first }, { role: 'customer' as const, text: last }] });
  it('reads "checking in", "circling back" and "what\'s the status"', () => {
    const s = createScorer();
    for (const last of ['Just checking in on this one.', 'Circling back on my question above.', 'What\'s the status of the fix?'])
      expect(s.score('Thanks.', thread('The sync stopped on Tuesday.', last)).mood.hurry, last).toBe(true);
    expect(s.score('Thanks.', thread('The sync stopped on Tuesday.', 'Also, the status page shows green.')).mood.hurry).toBe(false);
  });
  it('reads "Wie ist der Stand?" and "ich hake nach" with the German pack', () => {
    const de = createScorer(buildGermanPack().pack);
    for (const last of ['Wie ist der Stand?', 'Ich hake noch mal nach.'])
      expect(de.score('Danke.', thread('Der Export bricht ab.', last)).mood.hurry, last).toBe(true);
    expect(de.score('Danke.', thread('Der Export bricht ab.', 'Es betrifft auch die CSV-Datei.')).mood.hurry).toBe(false);
  });
});

describe('a need blocked right now, told with "currently" or "does not let me" (H1)', () => {
  it('reads what the customer cannot do at present', () => {
    hurried('Currently can\'t upload builds to my test phone.');
    hurried('At the moment we are unable to print invoices.');
    hurried('The portal does not let me pay my water bill.');
    hurried('I cannot receive any new emails since this morning.');
  });
  it('leaves a question, a condition and a bare failing function calm', () => {
    unhurried('Is it normal that I currently can\'t log in?');
    unhurried('If I currently can\'t log in, will my data be lost?');
    unhurried('I can\'t pay money.');
  });
  it('reads "could someone please confirm" as a chaser in a follow-up only', () => {
    const s = createScorer();
    const t = (first: string, last: string) => s.score('Thanks.', { customerMessage: last, thread: [{ role: 'customer', text: first }, { role: 'customer', text: last }] }).mood.hurry;
    expect(t('The chart ignores my custom limits.', 'Could someone please confirm this?')).toBe(true);
    expect(s.score('Thanks.', { customerMessage: 'Could someone please confirm this?' }).mood.hurry).toBe(false);
  });
});
