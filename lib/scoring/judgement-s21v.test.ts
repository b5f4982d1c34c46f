// Session 21 (advice, issue 14 "advice that fits the ticket"): a change done beside a hand-over leaves the case
// open. "I've increased the limit and escalated it to billing" got the still-open note (expectation-when-open)
// but no expectation prompt, because the prompt's `unless_draft: *solved` read "I've increased the limit" as
// done. `prompts.when.<kind>.open_rules` names the conditional rules whose `when` says a case is still open;
// the method pack points the expectation prompt at expectation-when-open (one list of phrases for both), the
// German pack at erwartung-offen. Run through `rapport score --report` as a team lead would; customer messages
// and drafts written for this test, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { loadPack } from '@/lib/rule-pack';
import type { Report } from './types';
import { reportsViaCli, type CliLine } from './test/cli-report';

const MAILBOX = 'My mailbox is full and I cannot receive any mail since this morning. Please help.';
const EN: CliLine[] = [
  { id: 'escalated', customer_message: MAILBOX, text: "Hi Dana, I've increased the limit and escalated it to billing. Thanks, Sam" },
  { id: 'all-set', customer_message: MAILBOX, text: "Hi Dana, I've increased the limit, you're all set. Thanks, Sam" },
  { id: 'escalated-with-time', customer_message: MAILBOX, text: "Hi Dana, I've increased the limit and escalated it to billing. I'll update you by 3 pm today. Thanks, Sam" },
  { id: 'reset-looking', customer_message: MAILBOX, text: "Hi Dana, we have reset your mailbox rules. I'm still looking into why it filled up so fast. Thanks, Sam" },
  { id: 'reset-only', customer_message: MAILBOX, text: 'Hi Dana, we have reset your mailbox rules and everything is working again. Thanks, Sam' },
];
const POSTFACH = 'Mein Postfach ist voll und ich bekomme seit heute früh keine Mails mehr. Bitte helfen Sie mir.';
const DE: CliLine[] = [
  { id: 'de-weitergeleitet', customer_message: POSTFACH, text: 'Hallo Frau Berg, ich habe das Limit erhöht und den Fall an die Buchhaltung weitergeleitet. Viele Grüße, Sam' },
  { id: 'de-erledigt', customer_message: POSTFACH, text: 'Hallo Frau Berg, ich habe das Limit erhöht, jetzt funktioniert alles wieder. Viele Grüße, Sam' },
  { id: 'de-weitergeleitet-zeit', customer_message: POSTFACH, text: 'Hallo Frau Berg, ich habe das Limit erhöht und den Fall an die Buchhaltung weitergeleitet. Ich melde mich bis 15 Uhr bei Ihnen. Viele Grüße, Sam' },
];

const en = reportsViaCli(EN);
const de = reportsViaCli(DE, 'packs/de-method.yaml');
const offersExpectation = (r: Report | undefined) => r!.prompts.some((p) => p.kind === 'expectation');
const expectationNeed = (r: Report | undefined) => r!.breakdown?.find((b) => b.signal === 'expectation')?.need ?? 'expected';

describe('a change done beside a hand-over still gets "say when they will hear back"', () => {
  it('the escalation after a change gets the expectation prompt, and the note and the score agree', () => {
    const r = en.get('escalated')!;
    expect(offersExpectation(r)).toBe(true);
    expect(r.findings.map((f) => f.ruleId)).toContain('expectation-when-open');
    // The ticket expects a time now: the missing promise costs points, as for any open case.
    expect(expectationNeed(r)).toBe('expected');
  });

  it('a change with work still under way in the next sentence is open too', () => {
    expect(offersExpectation(en.get('reset-looking'))).toBe(true);
  });

  it('a change done and nothing handed on gets no prompt ("you\'re all set")', () => {
    expect(offersExpectation(en.get('all-set'))).toBe(false);
    expect(offersExpectation(en.get('reset-only'))).toBe(false);
    expect(expectationNeed(en.get('all-set'))).toBe('optional');
  });

  it('an escalation that already says when they will hear back gets no prompt', () => {
    const r = en.get('escalated-with-time')!;
    expect(offersExpectation(r)).toBe(false);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('expectation-when-open');
  });

  it('German: weitergeleitet after a change gets the prompt and the still-open note; erledigt or with a time does not', () => {
    const r = de.get('de-weitergeleitet')!;
    expect(offersExpectation(r)).toBe(true);
    expect(r.findings.map((f) => f.ruleId)).toContain('erwartung-offen');
    expect(offersExpectation(de.get('de-erledigt'))).toBe(false);
    expect(offersExpectation(de.get('de-weitergeleitet-zeit'))).toBe(false);
    expect(de.get('de-weitergeleitet-zeit')!.findings.map((f) => f.ruleId)).not.toContain('erwartung-offen');
  });
});

describe('open_rules should name a conditional rule', () => {
  const rule = { id: 'avoid', type: 'phrase-avoid', level: 'warning', message: 'Avoid it', phrases: ['no problem'], examples: { flag: ['No problem!'], pass: ['Glad to help!'] } };
  const pack = (openRules: string[], extra: Record<string, unknown> = {}) => ({
    schema_version: 1,
    id: 'team',
    name: 'Team pack',
    version: '1',
    rules: [rule],
    prompts: { when: { expectation: { unless_draft: ["I('ve| have) fixed"], open_rules: openRules } } },
    ...extra,
  });

  it('warns about an unknown id or a rule that is not conditional, naming the path and the code (the pack still loads)', () => {
    for (const id of ['nope', 'avoid']) {
      const r = loadPack(pack([id]));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.warnings).toContainEqual(expect.objectContaining({ path: 'prompts.when.expectation.open_rules[0]', code: 'unknownOpenRule', params: { rule: id } }));
    }
  });

  it('an overlay may name a rule of a pack below without a warning', () => {
    const r = loadPack(pack(['expectation-when-open'], { extends: 'default' }));
    expect(r.ok && r.warnings.some((w) => w.code === 'unknownOpenRule')).toBe(false);
  });
});
