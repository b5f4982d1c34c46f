// Session 27 (judge-d), issue 14: advice per ticket. Customer messages and replies written for these tests.
//   1. A customer who says it works and thanks us, or only thanks us, closes the case: ownership, teach,
//      confirm-resolution, the closing question and the follow-up time are not asked for (the pack's
//      `signal_when` on the `resolved` / `thanked` situations), "Have I solved your problem?" is held back,
//      and "You're welcome" (seed 004 #2) is what counts. A thanks with a problem still open ("thanks, but it
//      still fails", "thanks in advance", the thanks that signs off a request) is scored as before.
//   2. `lost` is data gone against the customer's will, not what they deleted on purpose.
//   3. A tip topic names what the ticket is about: "apps starting at login" is a moment, not a login problem.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { buildGermanPack } from './test/german';
import { loadPack } from '@/lib/rule-pack';
import type { Report } from './types';
import { reportsViaCli, type CliLine } from './test/cli-report';

const CLOSED_SIGNALS = ['ownership', 'teach', 'confirm-resolution', 'closing-question', 'expectation'];
const need = (r: Report, signal: string) => {
  const row = r.breakdown?.find((b) => b.signal === signal);
  return row ? (row.need ?? 'expected') : undefined;
};
const sits = (r: Report) => (r.situations ?? []).map((s) => s.id);
const question = (r: Report, id: string) => r.closingQuestions.find((q) => q.id === id)!;

const WELCOME = "You're welcome, glad it's working. Have a great weekend!";
const EN: CliLine[] = [
  { id: 'works-thanks', customer_message: 'It works now, thanks so much!', text: WELCOME },
  { id: 'plain-thanks', customer_message: 'Hi Sam,\nThank you so much for your help!\nBest,\nPriya', text: "Hi Priya, you're welcome! Glad I could help." },
  { id: 'did-the-trick', customer_message: 'Cheers, that did the trick. Have a good weekend!', text: 'My pleasure, have a lovely weekend too.' },
  { id: 'thanks-still-fails', customer_message: 'Thanks, but the scanner still fails when I send to email.', text: WELCOME },
  { id: 'thanks-in-advance', customer_message: 'Thanks in advance! The scanner on floor 2 will not send to email.', text: WELCOME },
  { id: 'signs-off-request', customer_message: 'Please add me to the finance group. Thanks for your help.', text: WELCOME },
  { id: 'will-test', customer_message: "Thanks, I'll test it on the other laptop tomorrow.", text: WELCOME },
  { id: 'looking-into-it', customer_message: 'Thanks for looking into it.', text: WELCOME },
  { id: 'sarcastic', customer_message: 'Thanks for nothing, it is STILL broken!!', text: WELCOME },
  { id: 'hurried-open', customer_message: 'Thanks, but the VPN still fails and I need it fixed within the hour, urgent!', text: WELCOME },
  { id: 'calm-open', customer_message: 'The projector in room 3 shows no picture since this morning.', text: WELCOME },
];
const DE: CliLine[] = [
  { id: 'de-works', customer_message: 'Es funktioniert jetzt wieder, danke!', text: 'Gern geschehen, schön, dass es wieder läuft. Schönes Wochenende!' },
  { id: 'de-plain', customer_message: 'Hallo Herr Weber,\nvielen Dank für Ihre Hilfe!\nViele Grüße\nAnna', text: 'Hallo Anna, gern geschehen! Schön, dass ich helfen konnte.' },
  { id: 'de-advance', customer_message: 'Danke im Voraus! Der Scanner im 2. Stock schickt keine E-Mails mehr.', text: 'Gern geschehen, schön, dass es wieder läuft.' },
  { id: 'de-still', customer_message: 'Danke, aber der Scanner geht immer noch nicht.', text: 'Gern geschehen, schön, dass es wieder läuft.' },
];
const en = reportsViaCli(EN);
const de = reportsViaCli(DE, 'packs/de-method.yaml');

describe('a thank-you that closes the case is not scored as a reply that failed (rapport score --report)', () => {
  it.each(['works-thanks', 'plain-thanks', 'did-the-trick'])('%s: nothing left to own, teach or confirm', (id) => {
    const r = en.get(id)!;
    expect(sits(r).some((s) => s === 'resolved' || s === 'thanked'), sits(r).join(',')).toBe(true);
    for (const s of CLOSED_SIGNALS) expect(need(r, s), s).toBe('optional');
    expect(need(r, 'welcome')).toBe('expected');
    expect(r.signals.welcome).toBe(true);
    expect(r.score).toBeGreaterThan(0);
    // "Have I solved your problem?" is held back, saying why; the other two fit a closed case.
    expect(question(r, 'solved').shown).toBe(false);
    expect(question(r, 'solved').hiddenBecause?.some((b) => 'situation' in b)).toBe(true);
    expect(question(r, 'satisfied').shown).toBe(true);
    expect(question(r, 'better').shown).toBe(true);
    const kinds = r.prompts.map((p) => p.kind);
    expect(kinds).not.toContain('expectation');
    expect(kinds).not.toContain('competence');
  });

  it("the lead's reply to \"it works now, thanks\" scores more than 0", () => {
    expect(en.get('works-thanks')!.score).toBeGreaterThan(0);
  });

  it.each(['thanks-still-fails', 'thanks-in-advance', 'signs-off-request', 'will-test', 'looking-into-it', 'sarcastic', 'hurried-open', 'calm-open'])(
    '%s: a problem still open is scored as before',
    (id) => {
      const r = en.get(id)!;
      expect(sits(r)).not.toContain('resolved');
      expect(sits(r)).not.toContain('thanked');
      for (const s of ['ownership', 'teach', 'confirm-resolution', 'closing-question']) expect(need(r, s), s).toBe('expected');
      expect(question(r, 'solved').shown).toBe(true);
      // "You're welcome" is no requirement while the problem is open.
      expect(need(r, 'welcome')).toBe('optional');
    },
  );

  it('the hurried customer with an open problem is still read as hurried', () => {
    expect(en.get('hurried-open')!.mood.hurry).toBe(true);
  });

  it('German: "es funktioniert jetzt wieder, danke" and a plain "vielen Dank" close the case; "danke im Voraus" does not', () => {
    for (const id of ['de-works', 'de-plain']) {
      const r = de.get(id)!;
      for (const s of CLOSED_SIGNALS) expect(need(r, s), `${id} ${s}`).toBe('optional');
      expect(r.signals.welcome, id).toBe(true);
      expect(r.score, id).toBeGreaterThan(0);
      expect(question(r, 'geloest').shown, id).toBe(false);
    }
    expect(sits(de.get('de-plain')!)).toContain('bedankt');
    for (const id of ['de-advance', 'de-still']) {
      const r = de.get(id)!;
      expect(sits(r), id).not.toContain('geloest');
      expect(sits(r), id).not.toContain('bedankt');
      expect(need(r, 'ownership'), id).toBe('expected');
      expect(question(r, 'geloest').shown, id).toBe(true);
    }
  });
});

const scorer = createScorer();
const report = (reply: string, customerMessage: string, subject?: string) => scorer.score(reply, { customerMessage, ...(subject ? { subject } : {}) });

describe('"You\'re welcome" answers the thanks (the welcome signal)', () => {
  const thanks = 'Thanks, the new headset works perfectly!';
  it.each(["You're welcome, Dana!", 'You are most welcome.', 'My pleasure!', 'Glad I could help.', 'Happy to help!', "Glad we were able to help, enjoy the headset."])('counts "%s"', (reply) => {
    expect(report(reply, thanks).signals.welcome).toBe(true);
  });
  it.each(["You're welcome to call us back at any time.", 'Welcome back, Dana!', "We'd be happy to help you set up the headset.", 'It would be my pleasure to show you the settings.'])(
    'not "%s"',
    (reply) => {
      expect(report(reply, thanks).signals.welcome).toBe(false);
    },
  );
});

describe('lost data is data gone against the customer\'s will', () => {
  it.each([
    'I deleted my old emails to free up space and now Outlook is much faster.',
    'We wiped all our test data before the release. How do we load the sample set?',
    'I have removed all my old photos from the laptop, can you check the backup size?',
  ])('not lost: "%s"', (m) => {
    expect(sits(report('Hi, thanks for the update.', m))).not.toContain('lost');
  });
  it.each([
    'The update deleted all my photos!',
    'I accidentally deleted all my project files, is there any way back?',
    'I deleted all my contacts by mistake.',
    'iCloud deleted all my photos to free up space.',
    'Someone erased all our emails from the shared mailbox.',
  ])('lost: "%s"', (m) => {
    expect(sits(report('Hi, thanks for the update.', m))).toContain('lost');
  });
});

describe('a tip topic names what the ticket is about, not a moment', () => {
  const tipIds = (m: string, subject?: string) => report('Hi Dana, thanks for the details.', m, subject).bonusTip?.tips.map((t) => t.id) ?? [];
  it.each(['My laptop is slow when all the apps are starting at login.', 'Since the update Spotify opens on startup and after log in everything crawls.', 'Teams pops up at sign in, can I stop that?'])(
    'no login tip for "%s"',
    (m) => {
      expect(tipIds(m)).not.toContain('password-passphrase');
    },
  );
  it.each(["I can't login to the portal since Monday.", 'It hangs at the login screen every morning.', 'The login page keeps rejecting me.'])('the login tip for "%s"', (m) => {
    expect(tipIds(m)).toContain('password-passphrase');
  });
  it('a subject "Slow start at login" gives no login tip', () => {
    expect(tipIds('Everything is very slow in the morning.', 'Slow start at login')).not.toContain('password-passphrase');
  });
});

describe('German pack: lost data and moments', () => {
  const built = buildGermanPack();
  const deScorer = createScorer(built.pack);
  const deSits = (m: string) => sits(deScorer.score('Hallo, danke für die Nachricht.', { customerMessage: m }));
  it('what the customer deleted on purpose is no loss; by mistake or by an update it is', () => {
    expect(deSits('Ich habe meine alten Fotos gelöscht, um Platz zu schaffen.')).not.toContain('verlust');
    expect(deSits('Ich habe versehentlich alle Fotos gelöscht!')).toContain('verlust');
    expect(deSits('Nach dem Update sind alle Fotos weg!')).toContain('verlust');
  });
  it('"bei der Anmeldung" is a moment: no passphrase tip', () => {
    const tips = (m: string) => deScorer.score('Hallo, danke für die Nachricht.', { customerMessage: m }).bonusTip?.tips.map((t) => t.id) ?? [];
    expect(tips('Bei der Anmeldung starten zwölf Programme, der Laptop ist dann sehr langsam.')).not.toContain('passwort-satz');
    expect(tips('Die Anmeldung klappt nicht, mein Passwort wird abgelehnt.')).toContain('passwort-satz');
  });
});

describe('signal_when in a pack', () => {
  const base = (extra: string) => `schema_version: 1\nid: t\nname: T\nversion: 1.0.0\nweights: { teach: 5, ownership: 15 }\n${extra}`;
  it('a team can say when a signal is asked for (teach not for a how-to question)', () => {
    const res = loadPack(
      base(
        'signal_when:\n  teach: { not_situations: [how-to] }\nsituations:\n  - id: how-to\n    label: How-to\n    cues: ["how do I"]\nrules:\n  - id: t\n    type: phrase-present\n    signal: teach\n    level: info\n    message: Explain why.\n    phrases: ["because"]\n    examples: { flag: ["It broke because of the update."], pass: ["Restart it."] }\n',
      ),
      { format: 'yaml', source: 't.yaml' },
    );
    expect(res.ok, JSON.stringify(!res.ok && res.errors)).toBe(true);
    if (!res.ok) return;
    const s = createScorer(res.pack);
    const howTo = s.score('Open Settings.', { customerMessage: 'How do I change my signature?' });
    expect(howTo.breakdown?.find((b) => b.signal === 'teach')?.need).toBe('optional');
    const fault = s.score('Open Settings.', { customerMessage: 'My signature disappeared.' });
    expect(fault.breakdown?.find((b) => b.signal === 'teach')?.need ?? 'expected').toBe('expected');
  });
  it('naming a signal nobody scores is an error with its path', () => {
    const res = loadPack(base('signal_when:\n  kb-lnk: { situations: [outage] }\n'), { format: 'yaml', source: 't.yaml' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors.map((e) => e.path)).toContain('signal_when.kb-lnk');
  });
});

describe('a request that ends in thanks is no thanks-only ticket (the review of session 27)', () => {
  const enSits = (m: string) => sits(report("You're welcome!", m));
  it.each([
    'Please add me to the finance group, thanks!',
    'Could you send me the March invoice, thank you.',
    'Thanks, can you also reset my password?',
    'Please cancel my order 4471 and refund it, thank you',
  ])('%s: ownership and "Have I solved your problem?" are still asked for', (m) => {
    expect(enSits(m)).not.toContain('thanked');
    const r = report("You're welcome!", m);
    expect(need(r, 'ownership')).toBe('expected');
  });
  it.each(['Hi Sam, thank you so much for your help! Best, Priya', 'Hello Customer Service Team, thank you for the quick help!', 'Thanks a lot!'])(
    '%s: a greeting before the thanks still leaves a thanks-only ticket',
    (m) => expect(enSits(m)).toContain('thanked'),
  );
  it('German: "Bitte fügen Sie mich zur Gruppe hinzu, danke!" is a request', () => {
    const built = buildGermanPack();
    const deScorer = createScorer(built.pack);
    const de = (m: string) => sits(deScorer.score('Gern geschehen!', { customerMessage: m }));
    expect(de('Bitte fügen Sie mich zur Gruppe Buchhaltung hinzu, danke!')).not.toContain('bedankt');
    expect(de('Hallo Herr Weber, vielen Dank für Ihre Hilfe!')).toContain('bedankt');
  });
});
