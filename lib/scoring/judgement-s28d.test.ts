// Session 28 (judge-d), issue 14 leftovers. Customer messages and packs written for these tests.
//   1. Situation ids a pack names are checked: lib/rule-pack/situation-check.test.ts.
//   2. A login the customer has trouble WITH ("I get an error at login") is the ticket's topic, a login
//      that only says WHEN something else happens ("slow at login") is not.
//   3. A closing question the draft asks though the ticket holds it back carries why (`heldBecause`).
//   4. German how-to questions by structure: question word + verb in the first person + "ich".
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { buildGermanPack } from './test/german';
import { isIchForm } from './word-classes';

const scorer = createScorer();
const sits = (r: { situations?: { id: string }[] }) => (r.situations ?? []).map((s) => s.id);

describe('a login the customer has trouble with is the topic; a login that says when is not', () => {
  const tipIds = (m: string, subject?: string) => scorer.score('Hi Robin, thanks for the details.', { customerMessage: m, ...(subject ? { subject } : {}) }).bonusTip?.tips.map((t) => t.id) ?? [];
  it.each([
    'I get an error at login.',
    'My password is rejected at sign in every time.',
    'The VPN client fails at login since Tuesday.',
    'At login it says my credentials are invalid.',
    "I'm stuck in a loop at login, it keeps sending me back to the start page.",
  ])('the login tip for "%s"', (m) => {
    expect(tipIds(m)).toContain('password-passphrase');
  });
  it.each([
    'Outlook is really slow at login.',
    'Ten apps open at startup and after login the fan is loud.',
    'After login, the printer shows an error.',
  ])('no login tip for "%s"', (m) => {
    expect(tipIds(m)).not.toContain('password-passphrase');
  });
  it('a subject "Error at login" names the topic', () => {
    expect(tipIds('It happens every morning.', 'Error at login')).toContain('password-passphrase');
  });
});

describe('a closing question asked though the ticket holds it back says why', () => {
  it('"Have I solved your problem?" to a customer who only thanks us: asked, ticked, held by the thanks', () => {
    const r = scorer.score("You're welcome, Priya! Have I solved your problem?", { customerMessage: 'Hi Sam,\nThank you so much for your help!\nBest,\nPriya' });
    const solved = r.closingQuestions.find((q) => q.id === 'solved')!;
    expect(solved).toMatchObject({ asked: true, shown: true, always: true });
    expect(solved.heldBecause).toContainEqual({ situation: 'thanked' });
  });
  it('asked on an open ticket: nothing held', () => {
    const r = scorer.score('I reset the printer queue. Have I solved your problem?', { customerMessage: 'The printer on floor 3 will not print.' });
    expect(r.closingQuestions.find((q) => q.id === 'solved')?.heldBecause).toBeUndefined();
  });
});

describe('German how-to questions: question word, verb in the first person, "ich"', () => {
  const deScorer = createScorer(buildGermanPack().pack);
  const deSits = (m: string) => sits(deScorer.score('Hallo, danke für die Nachricht.', { customerMessage: m }));
  it.each(['Wie leere ich den Papierkorb?', 'Wo finde ich die Rechnung vom März?', 'Wie ändere ich meine Signatur in Outlook?', 'Womit öffne ich eine PDF-Datei am besten?', 'Wie kann ich den Drucker hinzufügen?'])(
    'how-to: "%s"',
    (m) => {
      expect(deSits(m)).toContain('anleitung');
    },
  );
  it.each(['Ich weiß nicht, wie lange ich noch warten soll!', 'Wie oft soll ich noch anrufen?', 'Der Drucker druckt seit gestern nicht mehr.'])('no how-to: "%s"', (m) => {
    expect(deSits(m)).not.toContain('anleitung');
  });
  it('the built-in class reads the verb by its shape, not by a list', () => {
    expect(['leere', 'exportiere', 'finde', 'kann', 'muss'].every(isIchForm)).toBe(true);
    expect(['lange', 'gerne', 'oft', 'meine', 'heute'].some(isIchForm)).toBe(false);
  });
});
