// Session 21 (tester): four gaps a session-20 reviewer found using `rapport score --report` as a team lead would,
// fixed by structure. Every reply here was written for these tests (no corpus row), and each case is scored
// through the CLI (test/cli-report.ts): what the agent sees in the report.
import { describe, expect, it } from 'vitest';
import { reportsViaCli, type CliLine } from './test/cli-report';

const DE_PACK = 'packs/de-method.yaml';

/** What a report shows for one reply: its signals set true and the words its findings quote. */
const shown = (r: { signals: Record<string, boolean>; findings: { actual?: string; evidence?: string }[] }) => ({
  on: Object.entries(r.signals)
    .filter(([, v]) => v)
    .map(([k]) => k),
  quoted: r.findings.map((f) => f.actual ?? f.evidence ?? ''),
});

// (a) German sign-offs and standing footers, beside the English replies they mirror.
const FOOTERS_DE: CliLine[] = [
  {
    id: 'de-vielen-dank-name',
    text: 'Hallo,\n\nich habe Ihr Konto wieder freigeschaltet. Sie können sich jetzt anmelden.\n\nVielen Dank\nAnna Schmidt\nIT-Service',
  },
  {
    id: 'de-mfg-name',
    text: 'Hallo,\n\nich habe Ihr Konto wieder freigeschaltet.\n\nDanke und viele Grüße\nAnna Schmidt',
  },
  {
    id: 'de-standing-footer',
    text:
      'Hallo Frau Weber,\n\nich habe Ihr Passwort zurückgesetzt. Sie können sich jetzt wieder anmelden.\n\nViele Grüße\nJonas Brandt\nIT-Service\n\n' +
      'Diese Nachricht wurde automatisch versandt, Antworten an diese Adresse sind nicht möglich.',
  },
  {
    id: 'de-company-block',
    text:
      'Hallo Frau Weber,\n\nich habe Ihr Passwort zurückgesetzt.\n\nMit freundlichen Grüßen\nJonas Brandt\n\nMusterfirma GmbH\nHauptstraße 12\n80331 München\n' +
      'Tel. +49 89 1234567\nwww.musterfirma.de\nGeschäftsführer: Max Muster\nAmtsgericht München HRB 12345\n' +
      'Eine Weitergabe dieser Nachricht ist nicht möglich.',
  },
  {
    id: 'de-redirect-after-signoff',
    text:
      'Hallo Frau Weber,\n\nich habe Ihr Passwort zurückgesetzt.\n\nViele Grüße\nJonas Brandt\n\n' +
      'Leider können wir die Gebühr nicht erstatten, wenden Sie sich an buchhaltung@musterfirma.de.',
  },
];
const FOOTERS_EN: CliLine[] = [
  { id: 'en-many-thanks-name', text: 'Hi,\n\nI have unlocked your account. You can log in now.\n\nMany thanks\nAnna Schmidt\nIT Service' },
  {
    id: 'en-company-block',
    text:
      'Hi Dana,\n\nI have reset your password.\n\nKind regards\nTim Berger\n\nAcme Ltd\n12 High Street\nLondon W1 2AB\nTel +44 20 7946 0000\n' +
      'www.acme.example.com\nRegistered in England No. 1234567\nForwarding this message is not possible.',
  },
];

// (b) A P.S. is written to this customer: never a footer and never a signature line, even when it carries only an
// address or a link. Before, "PS: …" with an address was read as a "Label: value" contact line and cut as signature.
const PS: CliLine[] = [
  {
    id: 'ps-with-address',
    text: "Hi Dana,\n\nI reset the password, you can log in now.\n\nKind regards\nTim\n\nPS: we can't refund the fee, write to billing@acme.example.com",
  },
  {
    id: 'ps-without-address',
    text: "Hi Dana,\n\nI reset the password, you can log in now.\n\nKind regards\nTim\n\nPS: we can't refund the fee, write to the billing team",
  },
  {
    id: 'ps-link-only',
    text: 'Hi Dana,\n\nI reset the password, you can log in now.\n\nKind regards\nTim\n\nP.S. https://status.example.com',
  },
];

// (c) One word alone between a greeting word and a comma (or the salutation line's end) is the customer greeted,
// even when it is also a place's name; "Team", "all" and a business the reply names are not.
const GREETED: CliLine[] = [
  { id: 'paris', text: 'Hi Paris, your refund is on its way.' },
  { id: 'paris-line', text: 'Hello Paris\n\nYour refund is on its way.' },
  { id: 'denver', text: 'Hey Denver, the replacement router ships today.' },
  { id: 'team', text: 'Hi Team, the outage is over.' },
  { id: 'all', text: 'Hi all, the outage is over.' },
  { id: 'business', text: 'Hi Acme, thanks for choosing Acme Plumbing again.' },
  { id: 'list-of-places', text: 'Hi, our stores in Paris, Berlin and Rome are open again.' },
];

// (c) in German, (d) and the "Dear Dana," check below: their replies.
const GREETED_DE: CliLine[] = [
  { id: 'de-paris', text: 'Hallo Paris, Ihre Erstattung ist unterwegs.' },
  { id: 'de-team', text: 'Hallo Team, die Störung ist behoben.' },
];
const WELCOME_DE: CliLine[] = [
  { id: 'keine-ursache', text: 'Keine Ursache, Frau Weber! Ihr Drucker ist wieder verbunden.' },
  { id: 'kein-problem', text: 'Kein Problem, Frau Weber! Ihr Drucker ist wieder verbunden.' },
];
const WELCOME_EN: CliLine[] = [{ id: 'welcome', text: "You're welcome, Dana! Your printer is connected again." }];
const DEAR: CliLine[] = [
  { id: 'dear-given', text: 'Dear Dana, your replacement laptop is ready for pickup.' },
  { id: 'dear-customer', text: 'Dear Customer, your replacement laptop is ready for pickup.' },
];

/**
 * Every reply of this file in one `rapport score --report` run per pack (each run is a cold start of the CLI, seconds
 * of CPU; the CLI reads each line on its own), keyed by id. Throws when two replies share an id.
 */
function scoredOnce(lines: CliLine[], pack?: string): ReturnType<typeof reportsViaCli> {
  const ids = lines.map((l) => l.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`two replies with the id ${twice}`);
  return reportsViaCli(lines, pack);
}
const EN = scoredOnce([...FOOTERS_EN, ...PS, ...GREETED, ...WELCOME_EN, ...DEAR]);
const DE = scoredOnce([...FOOTERS_DE, ...GREETED_DE, ...WELCOME_DE], DE_PACK);

describe('(a) German sign-off blocks and standing footers are read as the English ones are', () => {
  const de = DE;
  const en = EN;
  it('"Vielen Dank" over the agent\'s name is a sign-off: the agent\'s own name is not the customer greeted', () => {
    expect(shown(de.get('de-vielen-dank-name')!).on).not.toContain('personalization');
    expect(shown(en.get('en-many-thanks-name')!).on).not.toContain('personalization');
  });
  it('"Danke und viele Grüße" over the agent\'s name is a sign-off too', () => {
    expect(shown(de.get('de-mfg-name')!).on).not.toContain('personalization');
    expect(shown(de.get('de-mfg-name')!).on).toContain('gratitude');
  });
  it('a standing footer under "Viele Grüße" is not flagged as negative language said to this customer', () => {
    const r = shown(de.get('de-standing-footer')!);
    expect(r.on).not.toContain('negative-language');
    expect(r.on).toContain('personalization');
  });
  it('a company block with its Impressum lines under "Mit freundlichen Grüßen" is a footer, as an English one under "Kind regards" is', () => {
    expect(shown(de.get('de-company-block')!).on).not.toContain('negative-language');
    expect(shown(en.get('en-company-block')!).on).not.toContain('negative-language');
  });
  it('a redirect written after the sign-off ("Leider können wir … nicht …") is still said to the customer (feef7f1)', () => {
    const r = shown(de.get('de-redirect-after-signoff')!);
    expect(r.on).toContain('negative-language');
  });
});

describe('(b) a P.S. line with an address or a link is the reply, as every P.S. is', () => {
  const r = EN;
  it('"PS: we can\'t refund …, write to billing@…" is flagged as the same words without the address are', () => {
    expect(shown(r.get('ps-with-address')!).on).toContain('negative-language');
    expect(shown(r.get('ps-without-address')!).on).toContain('negative-language');
  });
  it('a P.S. holding only a link is scored as the reply (nothing in it to flag; the name above it stays the signature)', () => {
    const ps = r.get('ps-link-only')!;
    expect(shown(ps).on).toContain('personalization');
    expect(ps.findings).toEqual([]);
  });
});

describe('(c) "Hi Paris," greets a person whose name is also a place', () => {
  const r = EN;
  it.each(['paris', 'paris-line', 'denver'])('personalization: %s', (id) => expect(shown(r.get(id)!).on).toContain('personalization'));
  it.each(['team', 'all', 'business', 'list-of-places'])('no personalization: %s', (id) => expect(shown(r.get(id)!).on).not.toContain('personalization'));
  it('German: "Hallo Paris," too', () => {
    const de = DE;
    expect(shown(de.get('de-paris')!).on).toContain('personalization');
    expect(shown(de.get('de-team')!).on).not.toContain('personalization');
  });
});

// (d) "Keine Ursache" answers a thank-you as "You're welcome" does (LABELING no_problem: "no problem" / "no worries",
// RULINGS NP1 a closed list); it is not waving the thanks away. "Kein Problem" still is.
describe('(d) German "keine Ursache" is a polite "you\'re welcome", not no-problem', () => {
  const de = DE;
  const en = EN;
  it('"Keine Ursache" gets no no-problem finding, as "You\'re welcome" gets none', () => {
    expect(shown(de.get('keine-ursache')!).on).not.toContain('no-problem');
    expect(shown(en.get('welcome')!).on).not.toContain('no-problem');
  });
  it('"Kein Problem" is still flagged', () => expect(shown(de.get('kein-problem')!).on).toContain('no-problem'));
});

// Noticed while testing (c): the personalization rule's except "(… |than|and|dear) {given} [,]" (since 357f5f5)
// cancelled every "Dear <given name>," greeting, while "Dear Paris," counted. Without "dear" there: kept-aside 989
// block 271 → 273 found, FRESH3 13 → 14 of 14 (16:34 UTC), nothing else moved.
describe('"Dear Dana," is the customer greeted by name', () => {
  const r = EN;
  it('personalization: "Dear Dana,"', () => expect(shown(r.get('dear-given')!).on).toContain('personalization'));
  it('no personalization: "Dear Customer,"', () => expect(shown(r.get('dear-customer')!).on).not.toContain('personalization'));
});

// Part 2 (issue 10): the greeting words are the pack's own (greetings.ts), one definition for the names and the
// clause-start scope; the engine's own list is gone.
describe('greeting words come from the pack', () => {
  it('the built-in pack greets with its greeting rule\'s words', async () => {
    const { greetingAlternation } = await import('./greetings');
    const { DEFAULT_PACK } = await import('../rule-pack/default-pack.generated');
    const words = new RegExp(`^(?:${greetingAlternation(DEFAULT_PACK)})$`, 'iu');
    for (const w of ['hi', 'Hello', 'dear', 'good morning']) expect(words.test(w)).toBe(true);
    expect(words.test('thanks')).toBe(false);
  });
});
