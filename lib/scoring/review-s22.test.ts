// Session 22 (review): a team lead's try of this session's new judgement on sentences an ordinary, polite agent
// (or a calm customer) writes, aimed where the new rules could false-alarm or miss; each fixed reading is
// held here by structure. Every sentence was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { buildGermanPack } from './test/german';
import { calm, hurried, unhurried, upset } from './test/mood-cases';
import { signalCases } from './test/signal-cases';

const deBuilt = buildGermanPack();
const deScorer = createScorer(deBuilt.pack);
/** True when the German method pack sets `expectation` on a reply. */
const deExpects = (reply: string) => deScorer.score(reply, { customerMessage: 'Hallo, können Sie mir bitte helfen?' }).signals.expectation === true;

signalCases(
  'the obvious step the agent takes on, the fault owned, or a purpose explained on is no retort (CON1)',
  'condescension',
  [
    "That's the whole point of a mirror.",
    "That's the whole point of a cache, you know.",
    'The obvious fix is to read the error message.',
    "That's the entire point of the setting.",
  ],
  [
    "The obvious fix is to roll back, and we're doing that tonight.",
    'The obvious answer would be a bug on our side, and I\'m checking that now.',
    'The obvious option is a full refund, and I’ve started that for you.',
    "That's the whole point of the beta, so thanks for testing it!",
    "That's the whole point of auto-save: you never lose a draft.",
    'That’s the whole point of two-factor login, it keeps your account safe.',
    'Thanks for sticking with the beta, that\'s the whole point of it.',
  ],
);

describe('upset: giving up one way to take another is a change of approach, not despair', () => {
  it('keeps a switch of method or a question after it calm', () => {
    calm('I give up on the old version and will use the new one, any tips?');
    calm('We give up on using the desktop app and will switch to the web version. Is the data the same?');
    calm('I give up on my old password, can you send a reset link?');
  });
  it('still reads giving up on the product or the help as upset', () => {
    upset('I give up.');
    upset('I just give up on this app, nothing ever works.');
    upset('Honestly I give up on your support, three weeks and no answer.');
    upset('I give up on the app, it crashes every single day.');
  });
});

describe('German expectation: a deadline set for the customer with "bis" is no promise; "spätestens" + weekday is', () => {
  it('loads', () => expect(deBuilt.errors).toEqual([]));
  it.each([
    'Bitte senden Sie uns die Unterlagen bis Freitag.',
    'Zahlen Sie die offene Rechnung bitte bis Montag.',
    'Bitte füllen Sie das Formular bis morgen aus.',
    'Schicken Sie uns das Gerät bis Ende der Woche zurück.',
    'Bitte schicken Sie das Formular spätestens Freitag zurück.',
  ])('not a promise: %j', (t) => expect(deExpects(t)).toBe(false));
  it.each([
    'Ich schicke Ihnen die Unterlagen bis Freitag.',
    'Sie bekommen von uns bis morgen eine Antwort.',
    'Wir schicken Ihnen das Ersatzteil spätestens Mittwoch.',
    'Ich melde mich spätestens Donnerstag bei Ihnen.',
    'Bitte haben Sie etwas Geduld, ich melde mich bis morgen.',
  ])('a promise: %j', (t) => expect(deExpects(t)).toBe(true));
});

signalCases(
  'a hope whose object is the future event itself hedges it ("we\'re hoping it\'ll be fixed in the next release")',
  'expectation',
  [
    'I hope this helps, and I\'ll update you by Friday.',
    'I hope this helps and I\'ll call you tomorrow.',
    'I hope you have a good weekend; I\'ll email you on Monday with the results.',
    'It will be fixed in the next release.',
  ],
  [
    "We're hoping it'll be fixed in the next release.",
    'We hope it will be fixed in the next release.',
    'I hope the fix ships next week.',
    "We're hoping the new firmware lands by Friday.",
  ],
);

describe('German upset: with the English lexicon set aside for a German message, the pack reads the anger itself', () => {
  const deMood = (m: string) => deScorer.score('Danke, ich kümmere mich darum.', { customerMessage: m }).mood;
  it.each([
    'Die App stürzt ständig ab und niemand antwortet. Unglaublich!!!',
    'Der Drucker ist wieder kaputt. Unglaublich.',
    'Das darf doch nicht wahr sein, schon wieder abgebucht!',
    'Hier hilft mir keiner weiter.',
  ])('upset: %j', (m) => expect(deMood(m)).toMatchObject({ upset: true }));
  it.each([
    'Unglaublich schnell geliefert, danke!',
    'Ihr Support war unglaublich hilfreich. Eine Frage noch: wo finde ich die Rechnung?',
    'Niemand in unserem Team hat Zugriff auf den Export, wie schalte ich das frei?',
    'Falls sich bis morgen keiner meldet, rufe ich an.',
    // Lead: no answer told as a fact is no anger on its own (U1; session 19's mood.test.ts holds the same line).
    'Seit einer Woche meldet sich keiner bei mir.',
    'Sie haben die Gebühr falsch berechnet und keiner meldet sich.',
  ])('calm: %j', (m) => expect(deMood(m)).toMatchObject({ upset: false }));
});

describe('hurry: a bare day of the month after a deadline word is a deadline ("by the 15th")', () => {
  it('reads a need with the day alone', () => {
    hurried('I need the invoice before the 31st for my tax return.');
    hurried('I need it by the 15th.');
    hurried('We have to pay the supplier by the 3rd, so please send the statement.');
  });
  it('leaves an ordinal that is no date, a past day and a question calm', () => {
    unhurried('It stopped working before the 3rd update.');
    unhurried('The refund came on the 12th, thanks.');
    unhurried('I must pay the fee by the 5th, can you send the invoice?');
  });
});

signalCases(
  'a past success put down to luck in a because-clause ("it only worked because you got lucky") (CON1)',
  'condescension',
  ['It only worked before because you got lucky.', 'The build passed last week because you were lucky.'],
  [
    'You were lucky to catch it in time.',
    'Glad it worked, you got lucky with the timing there!',
    'It worked because you restarted the router, thank you.',
  ],
);
