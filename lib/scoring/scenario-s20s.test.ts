// Session 20 review of issue 14 ("advice that fits the ticket"), second pass: customer messages and
// drafts written for this review (not taken from any data file), run through `rapport score --report`
// as a team lead would. Three findings, each fixed by structure in the advice logic:
//   1. a customer who says it works and thanks us ("solved, thanks") is not asked for a follow-up time,
//      unless a later clause turns (but / now / still) to a fault of its own;
//   2. the no-problem rewrite answers the customer's message: "You're welcome" only after a thank-you;
//   3. a calm outage report gets the bad-news prompt, no frustration line.
import { describe, expect, it } from 'vitest';
import type { Report } from './types';
import { reportsViaCli, type CliLine } from './test/cli-report';

const score = reportsViaCli;
type Line = CliLine;

const EN: Line[] = [
  { id: 'keyboard-works', customer_message: 'Thanks, the new keyboard works perfectly!', text: 'No problem! Glad it works.' },
  { id: 'dock-sorted', customer_message: 'Cheers, the docking station is all sorted now.', text: 'Great to hear, enjoy the new setup.' },
  { id: 'fixed-now-flickers', customer_message: 'Thanks for fixing the printer. Now the screen in room 4 flickers every few minutes.', text: 'Glad the printer is back.' },
  { id: 'thanks-but-not', customer_message: "Thanks, but it still doesn't work.", text: 'Glad it works.' },
  { id: 'works-but-mouse', customer_message: 'The keyboard works fine now, but the mouse still freezes.', text: 'Glad it works.' },
  { id: 'thanks-again', customer_message: 'The scanner works again, thanks again for the quick help!', text: 'Glad it works.' },
  { id: 'asks-if-works', customer_message: 'Is the shared calendar working again?', text: 'Let me check for you.' },
  { id: 'works-new-request', customer_message: 'My laptop is fixed now, thanks. Could you also reset my Teams password?', text: "Sure, I'll reset it." },
  { id: 'sorry-techy', customer_message: "Sorry, I'm not very techy. How do I add the printer by the lifts?", text: 'no problem! Here is how to add it.' },
  { id: 'thanks-how', customer_message: 'Thank you for the quick answer! How do I add the printer by the lifts?', text: 'No problem! Here is how to add it.' },
  { id: 'calm-vpn', customer_message: 'No rush, just letting you know the VPN is down for our office.', text: "Thanks for letting me know, I'm looking into it." },
  { id: 'upset-vpn', customer_message: 'This is ridiculous, the VPN is down AGAIN and nobody has told us anything!!', text: "Thanks for letting me know, I'm looking into it." },
];

const DE: Line[] = [
  { id: 'de-works', customer_message: 'Danke, jetzt funktioniert alles wieder!', text: 'Kein Problem! Schön, dass es geht.' },
  { id: 'de-fixed-now-flickers', customer_message: 'Danke für die Reparatur. Jetzt flackert aber der Bildschirm im Besprechungsraum.', text: 'Schön, dass der Drucker wieder geht.' },
  { id: 'de-still-not', customer_message: 'Danke, aber es geht immer noch nicht.', text: 'Schön, dass es geht.' },
  { id: 'de-sorry', customer_message: 'Entschuldigung, ich kenne mich mit Technik nicht gut aus. Können Sie mir den Drucker einrichten?', text: 'Kein Problem! Ich richte ihn ein.' },
  { id: 'de-calm-outage', customer_message: 'Keine Eile, nur zur Info: das VPN ist für unser Büro ausgefallen.', text: 'Danke für den Hinweis, ich sehe es mir an.' },
];

const en = score(EN);
const de = score(DE, 'packs/de-method.yaml');
const kinds = (r: Report) => r.prompts.map((p) => p.kind);
const need = (r: Report, signal: string) => r.breakdown?.find((b) => b.signal === signal)?.need ?? 'expected';
const noProblemRewrites = (r: Report) => r.findings.find((f) => f.ruleId === 'no-problem' || f.ruleId === 'kein-problem')?.expected ?? [];

describe('"solved, thanks": no follow-up time to promise (issue 14)', () => {
  it.each(['keyboard-works', 'dock-sorted', 'thanks-again'])('%s: no expectation prompt, and the score does not ask for one', (id) => {
    const r = en.get(id)!;
    expect(r.situations?.map((s) => s.id)).toContain('resolved');
    expect(kinds(r)).not.toContain('expectation');
    expect(need(r, 'expectation')).toBe('optional');
  });

  it.each(['fixed-now-flickers', 'thanks-but-not', 'works-but-mouse', 'asks-if-works', 'works-new-request'])('%s: a problem is still open, the follow-up time is still asked for', (id) => {
    const r = en.get(id)!;
    expect(r.situations?.map((s) => s.id)).not.toContain('resolved');
    expect(kinds(r)).toContain('expectation');
    expect(need(r, 'expectation')).toBe('expected');
  });

  it('German: „jetzt funktioniert alles wieder“ is solved; a later „Jetzt flackert aber …“ or „immer noch nicht“ is not', () => {
    const ok = de.get('de-works')!;
    expect(ok.situations?.map((s) => s.id)).toContain('geloest');
    expect(kinds(ok)).not.toContain('expectation');
    expect(need(ok, 'expectation')).toBe('optional');
    for (const id of ['de-fixed-now-flickers', 'de-still-not']) {
      const r = de.get(id)!;
      expect(r.situations?.map((s) => s.id), id).not.toContain('geloest');
      expect(kinds(r), id).toContain('expectation');
    }
  });
});

describe('the no-problem rewrite answers the customer (issue 14)', () => {
  it('after an apology ("Sorry, I\'m not very techy") it offers "Happy to help", not "You\'re welcome"', () => {
    const rewrites = noProblemRewrites(en.get('sorry-techy')!);
    expect(rewrites[0]).toMatch(/^Happy to help/);
    expect(rewrites.join(' | ')).not.toMatch(/welcome|pleasure/i);
  });

  it('after a thank-you it offers "You\'re welcome" first', () => {
    expect(noProblemRewrites(en.get('thanks-how')!)[0]).toMatch(/^You're welcome/);
    expect(noProblemRewrites(en.get('keyboard-works')!)[0]).toMatch(/^You're welcome/);
  });

  it('German: „Gern geschehen“ only after a „Danke“', () => {
    expect(noProblemRewrites(de.get('de-works')!)[0]).toMatch(/^Gern geschehen/);
    const sorry = noProblemRewrites(de.get('de-sorry')!);
    expect(sorry.length).toBeGreaterThan(0);
    expect(sorry.join(' | ')).not.toMatch(/geschehen/);
  });
});

describe('empathy lines for upset customers, not calm ones (issue 14)', () => {
  it('a calm outage report gets the bad-news prompt and no frustration line', () => {
    const r = en.get('calm-vpn')!;
    expect(r.mood.kind).toBe('calm');
    expect(kinds(r)).toContain('bad-news');
    expect(kinds(r)).not.toContain('empathy');
    expect(r.prompts.map((p) => p.text).join(' ')).not.toMatch(/frustrat/i);
    expect(need(r, 'empathy')).toBe('optional');
  });

  it('an upset outage report still gets the empathy line', () => {
    const r = en.get('upset-vpn')!;
    expect(r.mood.upset).toBe(true);
    expect(kinds(r)).toContain('empathy');
  });

  it('German: a calm Störung gets the bad-news prompt, no empathy line', () => {
    const r = de.get('de-calm-outage')!;
    expect(r.mood.kind).toBe('calm');
    expect(kinds(r)).toContain('bad-news');
    expect(kinds(r)).not.toContain('empathy');
  });
});
