// 1. Session 31 review (judge-d): "Goodmorning Priya," is personalization as "Good morning Priya," is (the greeting rule
// knew "goodmorning", personalization's five copies of its opener list did not: one word class now); a last line to the
// customer ("Take care, Maria", "All the best, Sarah" to Sarah) is not cut as the agent's signature; two capitalised
// syllables run together ("JiaHui", "YiFan", "MeiLing") are a given name, not a handle. Sentences written for these tests.
// Session 31 (judge-d): a user name is not the customer's name (RULINGS P1, corpus-extra ruling R-PERS1). App-store
// and forum replies greet the reviewer by the account's handle ("Hey SilverHawk", "Hi Moooonlit"), and a GetGo-style
// reply signs "Cheers, Mara" on its last line; both read as personalization. A handle is told by its shape (inner
// capitals, a tripled letter, a given name of one or two letters before digits), a given name run into it still
// counts. Every sentence here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { isGivenName } from '@/lib/scoring/names';
import { handleByShape } from '@/lib/scoring/name-context';

const scorer = createScorer();
const personal = (reply: string) => scorer.score(reply).signals.personalization;

describe('a user name written as no name is written is no personalization', () => {
  it.each([
    'Hey SilverHawk, thanks for the lovely review!',
    'Hi PunchinPhoenix, the update is out on Monday.',
    'Hello TeKrasso, sorry for the slow reply.',
    'Hey PxQTr, thanks for riding with us.',
    'Hi JKWalbern, please try the new build.',
    'Hi NORTONisaJoke, the installer is linked below.',
    'Hey Moooonlit, thanks for the feedback!',
    "Hey Bo7vroom! I'm sorry to hear about the car.",
    'Hi Al_88, the refund went out today.',
  ])('%s', (reply) => expect(personal(reply)).toBe(false));
});

describe('names with inner capitals or run together with a given name still count', () => {
  it.each([
    'Hi McKenzie, thanks for the screenshot.',
    'Hello MacDonald, your order is on its way.',
    'Hi DeShawn, the refund went out today.',
    'Hey LaToya, thanks for the lovely review!',
    'Hello RoyHarper, thanks for the details.',
    'Hi JoAnn, the update is out on Monday.',
    'Hi Andre4, the fix is in the next build.',
    'Hi Jo, the refund went out today.',
    'Hi Oluwaseun, sorry for the slow reply.',
  ])('%s', (reply) => expect(personal(reply)).toBe(true));
});

describe('handleByShape', () => {
  it('reads capitals inside the word and tripled letters as a handle', () => {
    for (const w of ['SilverHawk', 'TeKrasso', 'PxQTr', 'JKWalbern', 'NORTONisaJoke', 'Moooonlit']) expect(handleByShape(w, isGivenName)).toBe(true);
  });
  it('keeps plain names, name particles and given names run together', () => {
    for (const w of ['Priya', 'McKenzie', 'VanDyke', 'FitzGerald', 'DiMaggio', 'RoyHarper', 'JoAnn', 'Oluwaseun']) expect(handleByShape(w, isGivenName)).toBe(false);
  });
});

describe("the agent's sign-off on the reply's last line is no personalization", () => {
  it.each([
    "Thanks for the review, we'll pass it on to the team.\nCheers, Mara",
    'The deposit goes back within five working days.\nBest regards, Dana',
    'Your booking is confirmed.\nKind regards, Tomasz Wrona',
  ])('%s', (reply) => expect(personal(reply)).toBe(false));

  it.each([
    'Hi Priya, the deposit goes back within five working days.\nCheers, Mara',
    'The refund went out today, Simon!\nBest regards, Dana',
  ])('the customer named above it still counts: %s', (reply) => expect(personal(reply)).toBe(true));
});

describe('a form of address is no name, capitalised or not', () => {
  it.each(['Hey Fam! Thanks for the lovely review.', 'Hi Patron, thank you for rating us.', 'Hey Champ, the refund went out today.'])('%s', (reply) =>
    expect(personal(reply)).toBe(false),
  );
  it('a nickname that is also a given name still counts', () => expect(personal('Hey Bud, sorry about the double charge.')).toBe(true));
});

describe('greeting words of other languages used in English replies', () => {
  it.each(['Aloha Keala, thanks for stopping by!', 'Namaste Rohan, thank you for rating us.'])('%s', (reply) => {
    const r = scorer.score(reply);
    expect(r.signals.personalization).toBe(true);
    expect(r.signals.greeting).toBe(true);
  });
  it('greets without naming anyone', () => {
    const r = scorer.score('Namaste from the Acme team! Thanks for the review.');
    expect(r.signals.greeting).toBe(true);
    expect(r.signals.personalization).toBe(false);
  });
});

const signals = (reply: string) => scorer.score(reply, { customerMessage: 'The export fails with a memory error on the cluster.' }).signals;

describe('a step, then watching whether the fault comes back, is a resolution check (C1)', () => {
  it.each(['Please reinstall the app and monitor if the error comes back.', 'Clear the cache, then keep an eye on whether the export still fails.'])('%s', (reply) =>
    expect(signals(reply)['confirm-resolution']).toBe(true),
  );
  it('watching without a step is no check of one', () => expect(signals('We monitor if the servers fail.')['confirm-resolution']).toBe(false));
});

describe('"if you are still having it, do reach out to <channel>" sends the customer on (C1 generic offer)', () => {
  it.each([
    "If you're still having this issue, do reach out to our Live Chat for help.",
    'If you are still seeing the error, just contact our support team by email.',
  ])('%s', (reply) => expect(signals(reply)['confirm-resolution']).toBe(false));
  it('asked to report back it still counts', () => expect(signals("Please retry the export and let me know if you're still seeing the error.")['confirm-resolution']).toBe(true));
});

describe('a sign-off over bottom-quoted history is the agent signing', () => {
  it('the name under "HTH," is no personalization', () =>
    expect(personal('The function ignores that argument; pass the data frame first.\n\nHTH,\nMarek\n\n> I call it with data= and it fails')).toBe(false));
  it('the customer named above still counts', () =>
    expect(personal('Hi Anna, the function ignores that argument.\n\nHTH,\nMarek\n\n> I call it with data= and it fails')).toBe(true));
});

describe('session 31 review: goodmorning, a last line to the customer, names in camel case', () => {
  it.each(['Goodmorning Priya, your refund went out today.', 'goodmorning Priya, your refund went out today.'])('%s', (reply) =>
    expect(personal(reply)).toBe(true),
  );
  const body = 'Your refund went out today and should arrive within five days.\n';
  it.each([
    [body + 'Take care, Maria!', undefined],
    [body + 'Take care, Maria', undefined],
    [body + 'All the best, Sarah', undefined],
    [body + 'All the best, Sarah', { customerName: 'Sarah Jones' }],
    [body + 'Best regards, Sarah', { customerName: 'Sarah' }],
    [body + 'Best regards, Sarah', { customerMessage: 'Where is my refund?\nThanks,\nSarah' }],
  ])('%s (%j) addresses the customer', (reply, context) => expect(scorer.score(reply, context).signals.personalization).toBe(true));
  it.each([
    [body + 'All the best, Sarah', { customerName: 'Tom Baker' }],
    [body + 'Best regards, Dana', { customerMessage: 'Where is my refund?\nThanks,\nSarah' }],
    [body + 'Best regards, Dana', undefined],
    [body + 'Cheers, Mara', undefined],
  ])('%s (%j) is signed by the agent', (reply, context) => expect(scorer.score(reply, context).signals.personalization).toBe(false));
  it.each(['Hi JiaHui, the update is out on Monday.', 'Hi YiFan, thanks for the screenshot.', 'Hello MeiLing, sorry for the slow reply.'])(
    '%s',
    (reply) => expect(personal(reply)).toBe(true),
  );
  it.each(['SilverHawk', 'KLVarnes', 'TeKrasso', 'BigDog'])('%s stays a handle', (w) => expect(handleByShape(w, isGivenName)).toBe(true));
});
