// Session 20 (judge-b, round 2): "as I said" framing a clause after a greeting or another clause, and the
// German just-do-it with a modal verb ("Sie müssen einfach …"). Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rule-pack';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';
import { signalCases } from './test/signal-cases';

signalCases(
  '"as I said" after a leading greeting or after another clause joined by a comma frames the sentence (clause-start)',
  'condescension',
  [
    'Hi, as I said, the parking permit is the blue form under Facilities.',
    'Hello team, like I told you, the VPN needs the new certificate.',
    'Dear Mr Okafor, as I explained, the warranty ended in May.',
    'Sorry for the wait, as I said the courier comes on Friday.',
    'Okay; as I wrote before, the licence covers two machines.',
  ],
  [
    // A trailing reminder closes the sentence: no frame.
    'Restart the printer first, like I said.',
    // Reported with when or where it was said: a recap, not a reproach (the rule's except list).
    'Hi Ana, as I mentioned in my email yesterday, the refund is on its way.',
    // Not a greeting: a whole clause before the comma does not open the sentence, and "said" here is no frame.
    'Hi, I said I would call back, so here I am.',
  ],
);

describe('"as I said" after a greeting is reported by the rule, with its place', () => {
  it('names as-i-said on "Hi Ana, calm down, as I said you simply click Reset."', () => {
    const scorer = createScorer(defaultPack());
    const r = scorer.score('Hi Ana, calm down, as I said you simply click Reset.', { customerMessage: 'I am lost, this is so confusing.' });
    const ids = r.findings.map((f) => f.ruleId);
    expect(ids).toContain('as-i-said');
    expect(ids).toContain('calm-down');
  });
});

const de = createScorer(loadGermanPack());
const confused = 'Ich verstehe das nicht, das ist total verwirrend.';
const deCondescends = (text: string) => de.score(text, { customerMessage: confused }).signals.condescension;

describe('German pack: "Sie müssen einfach …" to a confused customer is just-do-it, like "klicken Sie einfach"', () => {
  it.each([
    'Sie müssen einfach das Kabel neu einstecken.',
    'Du musst nur die App neu installieren.',
    'Sie brauchen bloß den Cache zu leeren.',
    'Ihr müsst einfach die Seite neu laden.',
    'Dann müssen Sie doch einfach das Formular ausfüllen.',
  ])('flags: %s', (text) => expect(deCondescends(text)).toBe(true));
  it.each([
    'Sie müssen das Kabel neu einstecken.',
    'Sie müssen nur noch den Link in der E-Mail bestätigen.',
    'Ich habe einfach das Formular für Sie ausgefüllt.',
  ])('does not flag: %s', (text) => expect(deCondescends(text)).toBe(false));
});
