// Session 18 ("tester"): what a reviewer found by typing replies of their own into the scorer (issue 10).
// - "Please" is gratitude by LABELING.md ("thanks / thank you / TY / appreciate, plus please / pls / kindly")
//   and DESIGN.md ("be gracious, please and thank you"); the panel calls the signal "Thanks / please". Pinned
//   here so nobody "fixes" it: dropping please would take gratitude from F1 1.00 to 0.68 on the kept-aside rows.
// - A signature block with contact or company lines under the name ("Support Team | Acme", "Direct line: …",
//   "You can reach me on +44 …") is the agent's: the name there is not the customer addressed.
// - German capitalises nouns, so a capital letter is no sign of a name: "Hallo, Danke!" named nobody.
// - Names outside the English given-name list were missed unless a greeting came first: a capitalised word
//   opening the reply before the comma of an address and a clause to the customer ("Priya, could you …") is a
//   name, unless it is a word of the pack's own phrases (or an inflection of one, or an adverb in -ly); so is
//   one between the commas of an address ("…, Oluwaseun, I've …"), and the name the customer signed with.
// Every example here was written for this file.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';

const scorer = createScorer();
const said = (text: string) => scorer.score(text).signals;

describe('please counts as gratitude (LABELING.md), as the panel says: "Thanks / please"', () => {
  it.each(['I have reset the sync token. Please let me know if that works.', 'Kindly send the invoice number.'])('%s', (text) => {
    expect(said(text).gratitude).toBe(true);
  });
  it('a reply with neither thanks nor please has none', () => {
    expect(said('I have reset the sync token. Let me know if that works.').gratitude).toBe(false);
  });
});

const body = 'Hello,\n\nI have reset the sync token on your account, so the calendar should load again.\n\n';

describe('contact and company lines under the name: the name is the agent signing, not personalization', () => {
  it.each([
    'Best regards,\nDana Whitfield\nSupport Team | Acme\nYou can reach me on +44 20 7946 0000',
    'Best regards,\nDana\nYou can reach me on +44 20 7946 0000',
    'Thanks,\nDana Whitfield | Senior Support Engineer | Acme Ltd\nT: +44 20 7946 0000 | E: dana@acme.example.com\nwww.acme.example.com',
    'Cheers,\nDana\nSupport Team | Acme\nCall us on 0800 123 4567 (Mon-Fri, 9am-5pm)',
    'Best,\nDana\nAcme Customer Care\nYou can also reach us at help@acme.example.com or on 0800 123 4567.',
    'Best wishes,\nDana\nSupport Team | Acme\nOffice hours: Monday to Friday, 9am to 5pm',
    'Best regards,\nDana\nYou can reach me directly on +44 20 7946 0000 or reply to this email.',
    'Hope this helps,\n\nDana\nSupport Team | Acme\nYou can reach me on +44 20 7946 0000',
    'Best, Dana\nSupport Team | Acme',
  ])('%s', (sig) => {
    expect(said(body + sig).personalization).toBe(false);
  });

  // Session 18 read a contact sentence under the name as a redirect. Session 20 (judge-c) made the standing
  // footer under a signature (text.ts `footer`) invisible to the wording-to-avoid rules: it is the same under
  // every reply, not the agent sending this customer elsewhere. The same sentence in the body still is one.
  it('a contact sentence under the name is a standing footer, not a redirect; in the body it is one', () => {
    const footer = said(`${body}Cheers,\nDana\nSupport Team | Acme\nCall us on 0800 123 4567 (Mon-Fri, 9am-5pm)`);
    expect(footer['negative-language']).toBe(false);
    const inBody = said(`${body}For the invoice, call us on 0800 123 4567 (Mon-Fri, 9am-5pm).\n\nCheers,\nDana`);
    expect(inBody['negative-language']).toBe(true);
  });

  it.each([
    // The customer's name in the reply still counts with such a signature under it.
    'Hi Sam,\n\nI have reset the sync token.\n\nBest regards,\nDana\nSupport Team | Acme\nDirect line: +44 20 7946 0123',
    // "Thanks, Sam" over the agent's own name line: Sam is the customer thanked.
    'Hello,\n\nThe refund went out this morning.\n\nThanks, Sam\nDana\nSupport Team | Acme',
  ])('the customer is still addressed: %s', (text) => {
    expect(said(text).personalization).toBe(true);
  });

  it('the thanks on a "Thanks, Dana" sign-off line is still gratitude', () => {
    expect(said(`${body}Thanks, Dana\nSupport Team | Acme`).gratitude).toBe(true);
  });
});

describe('German: the vocative after a greeting must be a name, not a capitalised word', () => {
  const de = createScorer(loadGermanPack());
  const sagt = (text: string) => de.score(text).signals;

  it.each([
    'Hallo, Danke! Ich habe Ihr Konto wieder freigeschaltet.',
    'Hi, Super, dass es jetzt klappt!',
    'Hallo Kundenservice, danke für die Nachricht.',
    'Hallo, Kundenservice! Ihr Paket ist unterwegs.',
    'Moin, Perfekt! Dann schließe ich das Ticket.',
    'Hallo, Rückmeldung: Ihr Paket ist unterwegs.',
  ])('no name: %s', (text) => {
    expect(sagt(text).personalization).toBe(false);
  });

  it.each([
    'Hallo, Jürgen! Ich habe Ihr Konto wieder freigeschaltet.',
    'Hallo Jürgen, ich habe Ihr Konto wieder freigeschaltet.',
    'Hallo, Oluwaseun! Ihr Paket ist unterwegs.',
    // After Frau or Herr any word is a surname, also one that is a German word.
    'Guten Tag Frau Klein, Ihr Paket ist unterwegs.',
    'Hallo, Herr Jung! Ihr Paket ist unterwegs.',
  ])('the customer addressed: %s', (text) => {
    expect(sagt(text).personalization).toBe(true);
  });

  it('"Guten Morgen" is a greeting, not a promise for tomorrow', () => {
    const s = sagt('Guten Morgen, das Update ist installiert.');
    expect(s.greeting).toBe(true);
    expect(s.expectation).toBe(false);
    expect(sagt('Ich rufe Sie morgen an.').expectation).toBe(true);
  });
});

describe('English: a capital letter still marks a name after the greeting', () => {
  it.each(['Hello, Okafor! The refund went out today.', 'Hi, Thandiwe! The refund went out today.'])('%s', (text) => {
    expect(said(text).personalization).toBe(true);
  });
});

describe('a name outside the given-name list opening the reply as an address', () => {
  it.each([
    'Priya, could you send me the log file from last night?',
    "Oluwaseun, I've pushed the fix to your workspace.",
    'Nguyễn, could you send me the log file?',
    'Thandiwe, thanks for the screenshots. The export is fixed.',
    // A given name that is also a word of radio talk is still a name.
    'Roger, I have reset the export and it works again.',
  ])('%s', (text) => {
    expect(said(text).personalization).toBe(true);
  });

  it.each([
    'Additionally, could you send me the log file?',
    "Agreed, I'll raise it with the billing team today.",
    'Honestly, we have not seen this before.',
    'Update, we pushed the fix this morning.',
    // Interjections and chat shorthand are no names.
    'Whoops, sorry about that! Fixed now.',
    "Tbh, we haven't seen this before.",
    'Aha, that explains it. You are on the old plan.',
    'Interesting, I have not seen this before.',
    // A word of the pack's own phrases is a word, after a greeting too.
    'Hi Billing, the invoice is attached.',
    'Hey Checkout, it works now.',
    'Thanks, Shipping. The parcel is out.',
  ])('not a name: %s', (text) => {
    expect(said(text).personalization).toBe(false);
  });
});

describe('the name the customer signed their message with is a name anywhere in the reply', () => {
  const withMessage = (text: string, customerMessage: string) => scorer.score(text, { customerMessage }).signals;

  it.each([
    ['Good catch Priya, the export is fixed now.', 'The export drops the last row.\n\nThanks,\nPriya'],
    ['The export is fixed now, thanks for flagging it Oluwaseun.', 'The export drops the last row. Cheers, Oluwaseun'],
    ['Good catch Jürgen, the export is fixed now.', 'The export drops the last row.\n- Jürgen'],
    ['Good catch Priya, the export is fixed now.', 'Hello, my name is Priya and the export drops the last row.'],
  ])('%s', (text, message) => {
    expect(withMessage(text, message).personalization).toBe(true);
  });

  it.each([
    // Without the signed message the same words are not enough: "Priya" is not in the given-name list.
    ['Good catch Priya, the export is fixed now.', 'The export drops the last row.'],
    // A signature that is no name.
    ['Good catch Support, the export is fixed now.', 'The export drops the last row.\n\nThanks,\nSupport'],
    // The signed name must be in the reply.
    ['The export is fixed now, thanks for flagging it.', 'The export drops the last row.\n\nThanks,\nPriya'],
  ])('not addressed: %s', (text, message) => {
    expect(withMessage(text, message).personalization).toBe(false);
  });
});

describe('a name between the commas of an address, before a clause to the customer', () => {
  it("Thanks for the update, Oluwaseun, I've pushed the fix.", () => {
    expect(said("Thanks for the update, Oluwaseun, I've pushed the fix.").personalization).toBe(true);
  });
  it('a list of products is not an address', () => {
    expect(said('It works in Chrome, Safari, and Edge.').personalization).toBe(false);
    expect(said('Open Settings, Sync, then sign in again.').personalization).toBe(false);
  });
});

// A draft of many sign-off lines ("Thanks,⏎" pasted over and over) was quadratic: every valediction line read
// all the lines after it (200 KB of them took 105 s of CPU on main 72b0c24). Not a timing test: the ratio
// between N and 10·N characters separates linear (about 10×) from quadratic (about 100×), in CPU time.
describe('many sign-off lines: scoring stays linear', () => {
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const bestMs = (text: string) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = cpuMs();
      scorer.score(text);
      best = Math.min(best, cpuMs() - t0);
    }
    return best;
  };
  it.each(['Thanks,\n', 'Best, Dana\n', 'Kind regards,\nDana\nSupport Team | Acme\n'])('%j repeated', (unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(200_000 / unit.length));
    bestMs(small);
    expect(bestMs(large) / Math.max(2, bestMs(small))).toBeLessThan(40);
  }, 60_000);
});
