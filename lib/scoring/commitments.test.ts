// Promises with a time, read as a team lead would: what the agent committed to and when it falls
// due. Every sentence here was written for this test; none comes from the corpus.
import { describe, expect, it } from 'vitest';
import { compileCommitments } from './commitments';
import { createScorer } from './index';
import { caseless, ENGLISH } from './commitments/languages';

// A Monday afternoon in Berlin, winter time.
const AT = '2026-11-30T14:00:00+01:00';
const en = compileCommitments('en');
const de = compileCommitments('de');

const dueOf = (find: typeof en, text: string, writtenAt: string | number = AT, timeZone?: string) =>
  find(text, { writtenAt, ...(timeZone ? { timeZone } : {}) }).map((c) => c.due);

describe('the issue’s acceptance lines', () => {
  const scorer = createScorer();
  it('"I\'ll call you back within 15 minutes" written at 14:00 falls due at 14:15 the same day', () => {
    const report = scorer.score("Hi Sam, I'll call you back within 15 minutes.", { writtenAt: '2026-11-30T14:00:00+01:00' });
    expect(report.commitments?.[0]?.due).toBe('2026-11-30T14:15:00+01:00');
    expect(report.commitments?.[0]?.text).toBe("I'll call you back within 15 minutes");
  });
  it('"we\'ll update you by 3 pm" falls due at 15:00 that day', () => {
    const report = scorer.score("we'll update you by 3 pm", { writtenAt: '2026-11-30T14:00:00+01:00' });
    expect(report.commitments?.map((c) => c.due)).toEqual(['2026-11-30T15:00:00+01:00']);
  });
  it('"The store opens at 9 tomorrow." is a fact, not a promise', () => {
    expect(scorer.score('The store opens at 9 tomorrow.', { writtenAt: '2026-11-30T14:00:00+01:00' }).commitments).toEqual([]);
  });
});

describe('English promises with a time', () => {
  const cases: [string, string][] = [
    ["I'll call you back within 15 minutes.", '2026-11-30T14:15:00+01:00'],
    ['We will send the replacement within 24 hours.', '2026-12-01T14:00:00+01:00'],
    ["I'll check again tomorrow morning.", '2026-12-01T09:00:00+01:00'],
    ["You'll hear from me by Friday.", '2026-12-04T17:00:00+01:00'],
    ["I'll get back to you by end of day.", '2026-11-30T17:00:00+01:00'],
    ['Our billing team will get back to you within 2 business days.', '2026-12-02T17:00:00+01:00'],
    ['I will follow up with you by the end of the week.', '2026-12-04T17:00:00+01:00'],
    ['Let me look into this and get back to you by 4 pm.', '2026-11-30T16:00:00+01:00'],
    ["Tomorrow morning, I'll go through the logs again.", '2026-12-01T09:00:00+01:00'],
    ["By Friday we'll have a fix ready for you.", '2026-12-04T17:00:00+01:00'],
    ["I'm going to ring you at 10:30 tomorrow.", '2026-12-01T10:30:00+01:00'],
    ["I'll call you at 3, is that OK?", '2026-11-30T15:00:00+01:00'],
    ['Please expect a call from our technician on Wednesday.', '2026-12-02T09:00:00+01:00'],
    ["Thanks for your patience yesterday, I'll have an update for you in 2 hours.", '2026-11-30T16:00:00+01:00'],
    ["The store opens at 9 and I'll call you at 10.", '2026-12-01T10:00:00+01:00'],
    ["I'm sending the new invoice later today.", '2026-11-30T17:00:00+01:00'],
    ['You should hear back from us no later than Thursday.', '2026-12-03T17:00:00+01:00'],
    ["I'll be in touch first thing tomorrow.", '2026-12-01T09:00:00+01:00'],
    ['I promise to have the refund issued by 5 pm.', '2026-11-30T17:00:00+01:00'],
    ['Someone from our network team will visit on Monday at 11.', '2026-12-07T11:00:00+01:00'],
    ["I'll ship it by 3 PM EST.", '2026-11-30T21:00:00+01:00'],
  ];
  it.each(cases)('%s → %s', (text, due) => {
    expect(dueOf(en, text)).toEqual([due]);
  });

  it('names the promise from the customer’s side and where it is in the draft', () => {
    const text = "Hi Priya, thanks for waiting. I'll call you back within 15 minutes.";
    const [c] = en(text, { writtenAt: AT });
    expect(c).toMatchObject({ text: "I'll call you back within 15 minutes", action: 'call them back' });
    expect(text.slice(c!.span.start, c!.span.end)).toBe(c!.text);
  });

  it('finds each promise of a longer reply once, in order', () => {
    const text = "I'll reset the token within 30 minutes. Our team will review the logs by Friday. Have a good day!";
    expect(dueOf(en, text)).toEqual(['2026-11-30T14:30:00+01:00', '2026-12-04T17:00:00+01:00']);
  });
});

describe('German promises with a time', () => {
  const cases: [string, string][] = [
    ['Ich rufe Sie innerhalb von 15 Minuten zurück.', '2026-11-30T14:15:00+01:00'],
    ['Wir melden uns bis 15 Uhr bei Ihnen.', '2026-11-30T15:00:00+01:00'],
    ['Ich melde mich morgen früh.', '2026-12-01T09:00:00+01:00'],
    ['Morgen rufe ich Sie an.', '2026-12-01T09:00:00+01:00'],
    ['Sie hören spätestens übermorgen von mir.', '2026-12-02T17:00:00+01:00'],
    ['Wir kümmern uns bis Ende der Woche darum.', '2026-12-04T17:00:00+01:00'],
    ['Keine Sorge, ich melde mich heute bis Feierabend.', '2026-11-30T17:00:00+01:00'],
    ['Ich schicke Ihnen den Link in 2 Stunden.', '2026-11-30T16:00:00+01:00'],
    ['Unser Techniker wird Sie am Mittwoch anrufen.', '2026-12-02T09:00:00+01:00'],
    ['Ich melde mich, sobald ich mehr weiß, spätestens aber morgen um 10 Uhr.', '2026-12-01T10:00:00+01:00'],
    ['Wir erstatten den Betrag innerhalb von 5 Werktagen.', '2026-12-07T17:00:00+01:00'],
    ['Ich werde das Update am Donnerstag um 16:30 Uhr einspielen.', '2026-12-03T16:30:00+01:00'],
  ];
  it.each(cases)('%s → %s', (text, due) => {
    expect(dueOf(de, text)).toEqual([due]);
  });

  it('quotes a German promise instead of guessing its action', () => {
    const [c] = de('Ich rufe Sie innerhalb von 15 Minuten zurück.', { writtenAt: AT });
    expect(c).toEqual({ text: 'Ich rufe Sie innerhalb von 15 Minuten zurück', span: { start: 0, end: 44 }, due: '2026-11-30T14:15:00+01:00' });
  });

  it('an English pack still hears a German reply, and a German pack an English one', () => {
    expect(dueOf(en, 'Wir melden uns bis 15 Uhr bei Ihnen.')).toEqual(['2026-11-30T15:00:00+01:00']);
    expect(dueOf(de, "I'll call you back within 15 minutes.")).toEqual(['2026-11-30T14:15:00+01:00']);
  });
});

describe('a day, then the hour it falls due ("today by 3 pm", "heute bis 15 Uhr")', () => {
  // chrono reads the day and the hour apart (English) or as a range from the day to the hour
  // (German); the day alone was due at the end (or start) of the working day, not at the hour.
  const cases: ['en' | 'de', string, string][] = [
    ['en', "I'll call you back today by 4 pm.", '2026-11-30T16:00:00+01:00'],
    ['en', 'We will ship it tomorrow before 11 am.', '2026-12-01T11:00:00+01:00'],
    ['en', "I'll ring you on Wednesday at 10 am.", '2026-12-02T10:00:00+01:00'],
    ['de', 'Ich rufe Sie heute bis 16 Uhr zurück.', '2026-11-30T16:00:00+01:00'],
    ['de', 'Ich schicke Ihnen die Rechnung morgen bis 11 Uhr.', '2026-12-01T11:00:00+01:00'],
    ['de', 'Wir melden uns am Freitag gegen 13 Uhr bei Ihnen.', '2026-12-04T13:00:00+01:00'],
  ];
  it.each(cases)('%s: %s → %s', (lang, text, due) => {
    expect(dueOf(lang === 'en' ? en : de, text)).toEqual([due]);
  });

  it('a day with no hour after it keeps the working day’s reading', () => {
    expect(dueOf(de, 'Ich rufe Sie morgen zurück.')).toEqual(['2026-12-01T09:00:00+01:00']);
    expect(dueOf(en, "I'll call you back by Friday.")).toEqual(['2026-12-04T17:00:00+01:00']);
  });
});

describe('not promises', () => {
  const facts = [
    'The store opens at 9 tomorrow.',
    'Our office closes at 5 pm on Fridays.',
    'Your order left the warehouse on Monday.',
    "I'll be out of office until Monday.",
    'We will be closed on Monday for the holiday.',
    'The outage started at 3 am and was fixed by 6.',
    "You'll get a confirmation email within 5 minutes.",
    'Let me know by Friday if that works for you.',
    "I'm looking into it now.",
    "I'll send you 2 replacement cables.",
    'If it still fails by Friday, I will escalate it.',
    'Das Geschäft öffnet morgen um 9 Uhr.',
    'Ich werde am Montag im Urlaub sein.',
    'Wir sind bis 18 Uhr erreichbar.',
  ];
  it.each(facts)('a fact or an action without a time: %s', (text) => {
    expect(en(text, { writtenAt: AT })).toEqual([]);
  });

  const negated = [
    'I will not be able to call you before Friday.',
    "I won't call you tomorrow.",
    "I can't promise we'll have it fixed by Friday.",
    "I'm not going to close the ticket before Monday.",
    "We'll probably have it fixed by Monday.",
    "I hope we'll have news by Friday.",
    'Ich werde Sie morgen nicht anrufen.',
    'Ich kann nicht versprechen, dass wir es bis Freitag schaffen.',
    'Ich hoffe, wir melden uns bis Freitag.',
    'Wir werden das nie bis morgen schaffen.',
  ];
  it.each(negated)('negated or hedged: %s', (text) => {
    expect(en(text, { writtenAt: AT })).toEqual([]);
  });

  const questions = ['Shall I call you back at 3?', 'Soll ich Sie um 15 Uhr zurückrufen?', 'Will you be available at 10 tomorrow?'];
  it.each(questions)('a question offers, it does not promise: %s', (text) => {
    expect(en(text, { writtenAt: AT })).toEqual([]);
  });
});

describe('time of writing and zone', () => {
  it('a fixed offset in the time of writing is the zone of the due time', () => {
    expect(dueOf(en, "We'll update you by 3 pm.", '2026-11-30T14:00:00-05:00')).toEqual(['2026-11-30T15:00:00-05:00']);
    expect(dueOf(en, "We'll update you by 3 pm.", '2026-11-30T14:00:00Z')).toEqual(['2026-11-30T15:00:00+00:00']);
  });

  it('an IANA zone follows daylight saving time to the due date', () => {
    // Clocks in Berlin go forward on Sunday 29 March 2026.
    const friday = Date.parse('2026-03-27T14:00:00+01:00');
    expect(dueOf(en, "I'll call you on Monday at 10.", friday, 'Europe/Berlin')).toEqual(['2026-03-30T10:00:00+02:00']);
    expect(dueOf(en, "I'll call you back within 15 minutes.", friday, 'America/New_York')).toEqual(['2026-03-27T09:15:00-04:00']);
  });

  it('a time already past moves to the next day ("by 3 pm" written at 4 pm)', () => {
    expect(dueOf(en, "We'll update you by 3 pm.", '2026-11-30T16:00:00+01:00')).toEqual(['2026-12-01T15:00:00+01:00']);
  });

  it('without a time of writing, promises are found and no due is claimed', () => {
    expect(en("I'll call you back within 15 minutes.")).toEqual([
      { text: "I'll call you back within 15 minutes", span: { start: 0, end: 36 }, due: undefined, action: 'call them back' },
    ].map(({ due: _due, ...rest }) => rest));
  });

  it('an internal note holds no promise to the customer', () => {
    const report = createScorer().score("I'll call him back within 15 minutes.", { writtenAt: AT, boxKind: 'internal' });
    expect(report.commitments).toEqual([]);
  });
});

describe('caseless tests (the cue and time-word tests without the u flag)', () => {
  const sources = [ENGLISH.cues.map((c) => `(?:${c.re.source})`).join('|'), String.raw`\bweek\b|\bask\b`];
  const texts = [
    "We'll send it over next week.",
    'WE WILL SEND IT TOMORROW',
    'Our billing team will ring you.',
    // Long s and the Kelvin sign fold to s and k under the u flag: these texts take the u path.
    'We promiſe a fix.',
    'I will aſk the team, \u212Aate.',
    'We\u212A',
    'nothing here at all',
  ];
  it('answers as the iu expression does, on plain text and on text with ſ or K', () => {
    for (const source of sources) {
      const test = caseless(source);
      const unicode = new RegExp(source, 'iu');
      for (const t of texts) expect(test.test(t), `${source} on ${t}`).toBe(unicode.test(t));
    }
  });
  it('keeps the u flag for a pattern that needs it', () => {
    expect(caseless(String.raw`(?<![\p{L}])wir\b`).test('Wir melden uns')).toBe(true);
    expect(caseless(String.raw`(?<![\p{L}])wir\b`).test('Ïwir')).toBe(false);
    // One emoji is one character under u, two without it.
    expect(caseless('^[^a]$').test('😀')).toBe(true);
    expect(caseless(String.raw`^\S$`).test('😀')).toBe(true);
  });
});

describe('the time-word test before chrono-node', () => {
  it('reads the times chrono-node knows, whether or not the clause holds "a" or "an"', () => {
    // Month names and chrono's short forms used to be read only when a clause happened to hold "a" or "an".
    expect(dueOf(en, "I'll call you tmrw.")).toEqual(['2026-12-01T09:00:00+01:00']);
    expect(dueOf(en, 'We will ship the fix in March.').length).toBe(1);
    expect(dueOf(en, "I'll check the queue in a min.")).toEqual(['2026-11-30T14:01:00+01:00']);
    expect(dueOf(en, "We'll have it sorted next mo.").length).toBe(1);
  });

  it('does not pass clauses whose only hint was "a" or "an", or "them" and "they"', () => {
    for (const t of ["I'll have a look and get back to you.", "We'll send them an update once they reply.", 'I am going to raise an incident.'])
      expect(ENGLISH.timeHint.test(t), t).toBe(false);
    for (const t of ['in a sec', 'in an hr', 'in the m', 'within several hrs', 'over the weekend', 'on Monday', 'by the 5th', 'in a fortnight'])
      expect(ENGLISH.timeHint.test(t), t).toBe(true);
  });

  it('agrees with chrono-node: no clause it stops has a time chrono-node would read', () => {
    const clauses = [
      "I'll have a look and get back to you",
      "we'll send them an update once they reply",
      'I am going to raise an incident with the vendor',
      "I'll take a closer look at the logs",
      'let me ask a colleague who knows the billing side',
      "we'll push a patch as soon as it is ready",
      'I will open a ticket for it and keep you posted',
    ];
    const ref = { instant: new Date(AT), timezone: 60 };
    for (const c of clauses) {
      expect(ENGLISH.timeHint.test(c), c).toBe(false);
      expect(ENGLISH.chrono.parse(c, ref, { forwardDate: true }), c).toEqual([]);
    }
  });
});
