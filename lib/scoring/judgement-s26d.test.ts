// Session 26 (judge-d), issue 14: the advice per ticket. Customer messages and drafts written for this
// session (not taken from any data file). What the agent sees: which situation the ticket is read as,
// and whether the "say when they'll hear back" prompt shows.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';

const scorer = createScorer();
const read = (customerMessage: string, text = "Hi, thanks for your message, I'm looking into it now.") => scorer.score(text, { customerMessage });
const situations = (customerMessage: string) => (read(customerMessage).situations ?? []).map((s) => s.id);
const prompts = (customerMessage: string, text: string) => read(customerMessage, text).prompts.map((p) => p.kind);

describe('a draft that reports the request done needs no follow-up time', () => {
  it.each([
    ['can you add Omar to the payroll share?', "Hi, I've given Omar access to the payroll share, he'll see it after his next login."],
    ['Jana needs edit rights on the budget sheet', "We've granted Jana edit rights on the budget sheet."],
    ['my quota is full again', 'Done, your quota is 100 GB now.'],
    ['please unlock the account of user KPETERS', 'Hi, done, KPETERS can sign in again with the code I sent to his manager.'],
    ['Can we get a licence for the new starter?', "Hello Sam, all done! I've assigned a licence to her account."],
  ])('%s → %s', (customer, draft) => {
    expect(prompts(customer, draft)).not.toContain('expectation');
  });

  it.each([
    ['can you add Omar to the payroll share?', 'Once done, he will see the share after his next login.'],
    ['can you add Omar to the payroll share?', "When you're done with the form, send it to me and I'll pass it on."],
    ['can you add Omar to the payroll share?', "I've asked the data owner to approve Omar's access."],
  ])('still open: %s → %s', (customer, draft) => {
    expect(prompts(customer, draft)).toContain('expectation');
  });
});

describe('a question about what the product can do, or why it shows something, is a how-to', () => {
  it.each([
    'quick one: is there a compact view in the mobile app?',
    'can we export the contacts list to a spreadsheet?',
    'does your calendar integrate with Google Calendar?',
    'why does my payslip show two tax codes?',
    'not complaining, just wondering why the report shows the hours in decimals',
  ])('%s', (customer) => {
    expect(situations(customer)).toContain('how-to');
    expect(prompts(customer, 'Hi! Yes: open Settings and pick the option you want.')).not.toContain('expectation');
  });

  it.each([
    'why does the app keep freezing when I upload?',
    'why does my login not work since yesterday?',
    'is there an update on my ticket from Monday?',
    'can I get a replacement for my broken charger?',
    'is there a problem with the mail server?',
  ])('not a how-to (a fault, a chaser or a request): %s', (customer) => {
    expect(situations(customer)).not.toContain('how-to');
  });
});

describe('money or data lost, told as a story, is the lost situation (RULINGS U1: upset)', () => {
  it.each([
    'you billed me twice for one month, that is 45 pounds gone',
    'my savings are just gone after your app crashed',
    'the shop took 60 dollars from my card and the order never arrived',
    'still no refund, you took the money a month ago',
    'the migration wiped all my notes',
    'my phone was stolen with the only copy of my photos',
    'the hard drive crashed and my whole dissertation was on it',
  ])('%s', (customer) => {
    const r = read(customer);
    expect((r.situations ?? []).map((s) => s.id)).toContain('lost');
    expect(r.mood.upset).toBe(true);
  });

  it.each([
    'I was charged twice this month, can you check?',
    'the 20 dollars delivery fee is gone from the checkout now, nice',
    'the old laptop died, can you set up the new one for Ana?',
    'the update removed the old toolbar',
  ])('not a loss: %s', (customer) => {
    expect(situations(customer)).not.toContain('lost');
  });
});

describe('a repeat contact or an overdue promise is the repeat situation', () => {
  it.each([
    'fourth time im writing about the same printer',
    'I call and call and nobody answers',
    'you told me on Tuesday it would be done by Thursday. it is Monday now.',
    'was promised a callback within 24 hours, that was last week',
    'your team keeps closing my ticket and nothing is fixed',
  ])('%s', (customer) => {
    expect(situations(customer)).toContain('repeat');
  });

  it.each([
    'you said it would be ready by Friday, is that still the plan?',
    'I was told to restart the router first, which I did',
    'the second time I open the app it loads fine',
  ])('not a repeat: %s', (customer) => {
    expect(situations(customer)).not.toContain('repeat');
  });
});

describe('a thanks in an upset message is sarcasm, not the thanks situation', () => {
  it.each([
    'thanks for nothing, the scanner is still dead',
    "cheers for the 'fix', now the laptop won't boot at all",
    'oh great, the update wiped my settings again. thanks a lot, super helpful.',
  ])('%s', (customer) => {
    expect(situations(customer)).not.toContain('thanks');
  });

  it.each(['thanks a lot, the scanner works again!', 'cheers, that was really helpful'])('a plain thank-you stays: %s', (customer) => {
    expect(situations(customer)).toContain('thanks');
  });
});

describe('German pack: the same readings', () => {
  const de = createScorer(loadGermanPack());
  const dePrompts = (customerMessage: string, text: string) => de.score(text, { customerMessage }).prompts.map((p) => p.kind);

  it.each([
    ['Bitte geben Sie Herrn Wolf Zugriff auf das Laufwerk der Buchhaltung.', 'Hallo, ich habe Herrn Wolf Zugriff auf das gemeinsame Laufwerk der Buchhaltung gegeben.'],
    ['Mein Postfach ist schon wieder voll.', 'Erledigt, Ihr Postfach hat jetzt 80 GB.'],
    ['Mein Postfach ist schon wieder voll.', 'Hallo Herr Brandt, erledigt! Ihr Postfach hat jetzt 80 GB.'],
  ])('done: %s → %s', (customer, draft) => {
    expect(dePrompts(customer, draft)).not.toContain('expectation');
  });

  it('"wenn das erledigt ist" is still open', () => {
    expect(dePrompts('Mein Postfach ist schon wieder voll.', 'Wenn das erledigt ist, sehen Sie mehr Platz.')).toContain('expectation');
  });

  it('a thanks in an upset message is no thanks', () => {
    const r = de.score('Hallo, ich schicke jemanden vorbei.', { customerMessage: 'Danke für nichts, der Scanner ist immer noch kaputt. Unmöglich!' });
    expect(r.mood.upset).toBe(true);
    expect((r.situations ?? []).map((s) => s.id)).not.toContain('dank');
  });
});
