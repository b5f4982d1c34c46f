// Session 20 review of issue 14 ("advice that fits the ticket"): customer messages and drafts written
// for this review (not taken from any data file), run through `rapport score --report` as a team lead
// would, for the pieces of advice the review found wrong and fixed. Each case says what the agent now
// sees.
import { describe, expect, it } from 'vitest';
import type { Report } from './types';
import { reportsViaCli, type CliLine } from './test/cli-report';

const score = reportsViaCli;
type Line = CliLine;

const EN: Line[] = [
  {
    id: 'thesis-gone',
    customer_name: 'Noor',
    customer_message: 'After the update my thesis file is gone from OneDrive. Is there any way to get it back?',
    text: 'Hi Noor, in OneDrive right-click the folder, choose Version history and restore the copy from yesterday.',
  },
  {
    id: 'desktop-files-gone-hurry',
    customer_message: 'All the files on my desktop are gone after the reboot and I have to send the proposal in an hour!',
    text: "Hi, I'm restoring them from the backup right now. I'll call you in 15 minutes.",
  },
  {
    id: 'config-file-missing',
    customer_message: 'The build fails because the config file is missing from the release archive. Could you check?',
    text: "Thanks for the report, I'll check the release archive today.",
  },
  {
    id: 'tip-colon-to-hurried',
    customer_name: 'Marco',
    customer_message: 'I board a flight in 90 minutes and need the shared drive from the airport. How do I connect the VPN on my Mac?',
    text: 'Hi Marco, open GlobalProtect from the menu bar, enter vpn.example.com and sign in. Tip: start the VPN before Outlook.',
  },
  {
    id: 'access-given',
    customer_message: 'Could you please give Maria access to the HR folder by end of day? She starts tomorrow.',
    text: 'Hi, done: Maria now has access to the HR folder.',
  },
  {
    id: 'repeat-no-deadline',
    customer_message: 'Just following up on my request from last week about a second monitor. Any update?',
    text: 'Hi, the monitor has arrived and I will bring it to your desk tomorrow morning.',
  },
  {
    id: 'satisfied-to-hurried',
    customer_message: 'My laptop will not connect to the projector and the board meeting starts in 20 minutes.',
    text: 'Hi, press Windows key + P and choose Duplicate. Have I solved your problem? Are you satisfied with how I handled this?',
  },
  {
    id: 'better-to-upset',
    customer_message: 'I am fed up. The scanner has eaten three contracts this week and nobody cares.',
    text: "Hi, I'm sorry about the contracts. A technician will replace the roller at 2pm today. Is there anything I could have done better?",
  },
  {
    id: 'satisfied-to-calm',
    customer_message: 'Hi, could you tell me how to set an out-of-office reply? No rush at all.',
    text: 'Hi, in Outlook go to File > Automatic Replies and turn them on. Are you satisfied with how I handled this?',
  },
  {
    id: 'copied-earlier',
    customer_message: 'Hi, is there a way to see what I copied earlier? I keep losing bits of text. No hurry.',
    text: 'Hi, press Windows key + V to see your clipboard history.',
  },
  {
    id: 'badge-ready',
    customer_message: 'Hi, this is my second email about the parking badge. Thanks in advance!',
    text: 'Hi, sorry for the slow reply. Your badge is ready at reception.',
  },
];

const DE: Line[] = [
  {
    id: 'de-tipp-to-hurried',
    customer_message: 'Mein Konto ist gesperrt und ich habe in zehn Minuten einen Kundentermin. Bitte dringend!',
    text: 'Hallo, ich habe Ihr Konto entsperrt. Tipp: Ein Passwortsatz aus vier Wörtern ist leichter zu merken.',
  },
  {
    id: 'de-zufrieden-eilig',
    customer_message: 'Bitte dringend: Ich brauche bis heute Mittag den Zugang zum Laufwerk für die Abgabe.',
    text: 'Hallo Herr Braun, ich habe Ihnen den Zugang freigeschaltet. Sind Sie damit zufrieden?',
  },
  {
    id: 'de-stoerung-frage',
    customer_message: 'Guten Morgen, ist das Intranet gerade nicht erreichbar? Kein Stress, nur zur Info.',
    text: 'Guten Morgen, danke für den Hinweis! Wir sind dran und ich melde mich bis 11 Uhr.',
  },
];

const en = score(EN);
const de = score(DE, 'packs/de-method.yaml');
const kinds = (r: Report) => new Set(r.prompts.map((p) => p.kind));
const need = (r: Report, signal: string) => r.breakdown?.find((b) => b.signal === signal)?.need ?? 'expected';

describe('session 20 review: advice that fits the ticket', () => {
  it('a file of the customer\'s named with a word between ("my thesis file is gone") is lost data: empathy and apology, no tip', () => {
    const r = en.get('thesis-gone')!;
    expect(r.situations?.map((s) => s.id)).toContain('lost');
    expect(r.mood.upset).toBe(true);
    expect([...kinds(r)]).toEqual(expect.arrayContaining(['empathy', 'apology']));
    expect(r.bonusTip?.offer).toBe(false);
    // "Is there any way to get it back?" asks how: the draft that answers it is not asked for a time.
    expect(r.situations?.map((s) => s.id)).toContain('how-to');
    expect(kinds(r).has('expectation')).toBe(false);
  });

  it('"all the files on my desktop are gone" is lost data, told in a hurry: both lines, satisfied/better held back', () => {
    const r = en.get('desktop-files-gone-hurry')!;
    expect(r.situations?.map((s) => s.id)).toContain('lost');
    expect(r.mood).toMatchObject({ hurry: true, upset: true });
    expect([...kinds(r)]).toEqual(expect.arrayContaining(['mood', 'empathy', 'apology']));
    for (const q of r.closingQuestions.filter((x) => !x.always)) expect(q.shown).toBe(false);
  });

  it('a missing config file in a build is a bug report, not a loss', () => {
    const r = en.get('config-file-missing')!;
    expect(r.situations?.map((s) => s.id)).not.toContain('lost');
    expect(r.mood.upset).toBe(false);
  });

  it('"Tip:" in a draft to a hurried customer is a tip: the coach says save it', () => {
    const r = en.get('tip-colon-to-hurried')!;
    expect(r.mood.hurry).toBe(true);
    expect(r.signals['bonus-tip']).toBe(true);
    expect(r.findings.map((f) => f.ruleId)).toContain('bonus-tip-timing');
    expect(need(r, 'bonus-tip')).toBe('not-now');
    const d = de.get('de-tipp-to-hurried')!;
    expect(d.mood.hurry).toBe(true);
    expect(d.findings.map((f) => f.ruleId)).toContain('bonus-tip-timing');
  });

  it('"Maria now has access" is done: no "say when they will hear back" prompt, and the score does not ask for it', () => {
    const r = en.get('access-given')!;
    expect(kinds(r).has('expectation')).toBe(false);
    expect(need(r, 'expectation')).not.toBe('expected');
  });

  it('"are you satisfied…" asked of a customer in a hurry is listed as asked, with a note to save it for another time', () => {
    const r = en.get('satisfied-to-hurried')!;
    expect(r.mood.hurry).toBe(true);
    const q = r.closingQuestions.find((x) => x.id === 'satisfied')!;
    expect(q).toMatchObject({ asked: true, shown: true });
    const f = r.findings.filter((x) => x.ruleId === 'closing-question-timing');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ level: 'suggestion', code: 'question-timing-hurry' });
    expect(f[0]!.actual).toMatch(/^Are you satisfied/);
    // "Have I solved your problem?" always fits: no note on it.
    expect(f[0]!.actual).not.toMatch(/solved/);
  });

  it('"anything I could have done better?" to an upset customer gets the note too (upset leads); a calm one gets none', () => {
    const r = en.get('better-to-upset')!;
    expect(r.mood.upset).toBe(true);
    expect(r.findings.find((x) => x.ruleId === 'closing-question-timing')).toMatchObject({ code: 'question-timing-upset' });
    const calm = en.get('satisfied-to-calm')!;
    expect(calm.mood).toMatchObject({ hurry: false, upset: false });
    expect(calm.closingQuestions.find((x) => x.id === 'satisfied')?.asked).toBe(true);
    expect(calm.findings.map((x) => x.ruleId)).not.toContain('closing-question-timing');
  });

  it('the German pack: „Sind Sie damit zufrieden?“ to a customer in a hurry gets the same note', () => {
    const r = de.get('de-zufrieden-eilig')!;
    expect(r.mood.hurry).toBe(true);
    expect(r.findings.find((x) => x.ruleId === 'closing-question-timing')).toMatchObject({ code: 'question-timing-hurry' });
  });

  it('a tip\'s topic matches its inflected forms: "what I copied" offers the clipboard tip', () => {
    const r = en.get('copied-earlier')!;
    expect(r.bonusTip?.offer).toBe(true);
    expect(r.bonusTip?.tips[0]?.id).toBe('clipboard-history');
    expect(r.bonusTip?.tips[0]?.matched).toEqual(['copy']);
  });

  it('"your badge is ready at reception" is done: no prompt to say when they will hear back', () => {
    const r = en.get('badge-ready')!;
    expect(kinds(r).has('expectation')).toBe(false);
  });

  it('the German pack: an outage asked as a question („Ist das Intranet gerade nicht erreichbar?“) is an outage: bad-news prompt, no tip', () => {
    const r = de.get('de-stoerung-frage')!;
    expect(r.situations?.map((s) => s.id)).toContain('stoerung');
    expect(kinds(r).has('bad-news')).toBe(true);
    expect(r.bonusTip?.offer).toBe(false);
  });

  it('a chaser with no deadline is not told "a deadline coming up"', () => {
    const r = en.get('repeat-no-deadline')!;
    expect(r.mood.hurry).toBe(true);
    expect(r.prompts.filter((p) => /deadline/i.test(p.text)).map((p) => p.text)).toEqual([]);
  });
});
