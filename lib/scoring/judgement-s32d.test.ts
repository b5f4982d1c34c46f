// Session 32 (judge-d). Every sentence here was written for these tests; none is a corpus row.
// 1. One sign-off list (text.ts PURE_SIGN_OFF): a name after any sign-off that thanks no one, on the reply's last line,
//    is the agent's signature; "Alles Gute, Maria" is a wish to the customer as "All the best, Sarah" is.
// 2. Real names by their shape and the greeting word (RULINGS P1, corpus-extra R-PERS1): a surname with an elided
//    particle ("O'Neil", "D'Angelo"), two capitals as the whole address ("Hi DJ,"), a greeting of another language
//    ("Hola Marisol,"), a double name ("Mary-Kate") addressed whole; handles stay out ("Hi jsmith42", "Hi Litingt_").
// 3. A check whether the fault is gone ("Are you still seeing this error?") is a resolution check (C1) only after a fix,
//    a step or a change the reply names; as a first reply it is a first-contact diagnostic (C1, Q1).
// 4. Capitalised words that are no address: the first part of a dotted name ("Mono.Android.dll") and the last word of
//    a product's or document's name inside a sentence ("your Emergency Kit,"); German, which capitalises its nouns, aside.
// 5. Review fixes (P11, R9, P6, judge-e's "not on"): the greeting rule greets in the words the name reading does
//    ("Hola Marisol," greets); "Ciao, Marco" / "Salut, Marco" closing the reply sign it; a signature with no body, or after the last sentence
//    on the last line ("… it. Regards, Tom"), names no customer; "it's not on your device" places, it judges nothing.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { tokenize } from '@/lib/scoring/tokens';
import { englishWords, germanWords, nameAcceptor, NameSlot } from '@/lib/scoring/names';

const scorer = createScorer();
const personal = (reply: string) => scorer.score(reply).signals.personalization;

describe('one sign-off list', () => {
  it.each([
    'Your refund went out this morning.\n\nMany regards, Dana',
    'Die Erstattung ist unterwegs.\n\nSchöne Grüße, Dana',
  ])('%j: the name after the sign-off is the signature', (reply) => expect(personal(reply)).toBe(false));

  it('"Alles Gute, Maria" on the last line is said to the customer', () =>
    expect(personal('Die Erstattung ist unterwegs.\n\nAlles Gute, Maria')).toBe(true));
});

describe('real names by their shape and greeting word', () => {
  it.each([
    ["Hi O'Neil, I've reset the link for you.", "O'Neil"],
    ['Hello D’Angelo, your order left the depot today.', 'D’Angelo'],
    ['Hi DJ, I have reset the link for you.', 'DJ'],
    ['Thanks for the screenshots, TJ. The fix is in the next build.', 'TJ'],
    ['Hola Marisol, your order left the depot today.', 'Marisol'],
    ['Bonjour Amélie, your order left the depot today.', 'Amélie'],
    ['Hi Mary-Kate, your order left the depot today.', 'Mary-Kate'],
  ])('%j addresses the customer as %j', (reply, name) => {
    const r = scorer.score(reply);
    expect(r.signals.personalization).toBe(true);
    expect(r.customerName).toBe(name);
  });

  it.each([
    'Hi jsmith42, your order left the depot today.',
    'Hi Litingt_, your order left the depot today.',
    'Hi IT team, the new laptop is ready.',
    'Please ask HR, they keep the forms.',
    'Hi, I’M SORRY FOR THE WAIT.',
  ])('%j names no customer', (reply) => expect(personal(reply)).toBe(false));

  it("an elided particle and a capital make one word; contractions and o'clock stay split", () => {
    expect(tokenize("Hi O'Neil").map((t) => t.norm)).toEqual(['hi', "o'neil"]);
    expect(tokenize("I'm in at 5 o'clock, I'LL call").map((t) => t.norm)).toEqual(['i', "'m", 'in', 'at', '5', 'o', "'clock", ',', 'i', "'ll", 'call']);
  });
});

describe('a check whether the fault is gone needs a fix or step before it', () => {
  it.each([
    'Hi Dana, sorry about the trouble with the app. Are you still seeing this error?',
    'Thanks for reaching out. Are you still having this problem?',
  ])('%j is a first-contact diagnostic', (reply) => {
    const r = scorer.score(reply);
    expect(r.signals['confirm-resolution']).toBe(false);
    expect(r.signals['closing-question']).toBe(false);
  });

  it.each([
    "Hi Dana, I've reset your line from our side. Are you still seeing this error?",
    'Please clear the cache and sign in again. Are you still seeing the error?',
    'The fix has been deployed. Are you still having this problem?',
  ])('%j checks the fix', (reply) => {
    const r = scorer.score(reply);
    expect(r.signals['confirm-resolution']).toBe(true);
    expect(r.signals['closing-question']).toBe(true);
  });
});

describe('capitalised words that are no address', () => {
  it.each([
    "Don't reference monotouch.dll, Mono.Android.dll or OpenTK.dll from the shared project.",
    'Print a copy of your Emergency Kit, then keep it somewhere safe.',
    'For the dark look, pick Desert Rose, then save.',
  ])('%j names no customer', (reply) => expect(personal(reply)).toBe(false));

  it.each([
    'Good Morning Anna, your refund went out today.',
    'Thank You Anna, the refund went out today.',
    'Thanks for the update, Anna.Let me know if it arrives.',
  ])('%j still addresses Anna', (reply) => expect(personal(reply)).toBe(true));

  it('German capitalises its nouns: after "Geduld" a name is still one', () => {
    const text = 'Vielen Dank für Ihre Geduld Anna, die Erstattung ist unterwegs.';
    const at = text.indexOf('Anna');
    expect(nameAcceptor(undefined, germanWords(new Set()))('Anna', NameSlot.Loose, text, at)).toBe(true);
    expect(nameAcceptor(undefined, englishWords(new Set()))('Anna', NameSlot.Loose, text, at)).toBe(false);
  });
});

describe('review fixes (session 32)', () => {
  const read = (reply: string) => scorer.score(reply, { customerMessage: 'My order never arrived.' }).signals;

  it.each(['Hola Marisol,\n\nI have refunded your order.', 'Bonjour Amélie,\n\nI have refunded your order.'])(
    '%j greets the customer by name',
    (reply) => {
      expect(read(reply).greeting).toBe(true);
      expect(read(reply).personalization).toBe(true);
    },
  );

  it.each(['I have refunded your order.\n\nCiao, Marco', 'I have refunded your order.\n\nSalut, Marco'])(
    '%j: the last line is the agent signing off',
    (reply) => expect(read(reply).personalization).toBe(false),
  );

  it.each(["I've refunded it. Regards, Tom", 'Best regards,\nTom', 'Thanks,\nTom\nSupport'])(
    '%j: a signature names no customer',
    (reply) => expect(read(reply).personalization).toBe(false),
  );

  it('"Thanks, Tom!" after the last sentence may still thank the customer', () =>
    expect(read("I've refunded it. Thanks, Tom!").personalization).toBe(true));

  it.each(["I checked and it's not on your device.", "It's not on yet, so please switch it on."])(
    '%j: "not on" before a word is no verdict',
    (reply) => expect(read(reply).empathy).toBe(false),
  );

  it('"That\'s not on." is still one', () => expect(read("That's not on, I'm sorry you were treated that way.").empathy).toBe(true));
});
