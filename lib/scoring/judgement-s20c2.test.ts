// Session 20 (judge-c, round 2; review through `rapport score --report`): a change the agent has already
// made for the customer ("I've raised the session timeout to 8 hours") is done — no "the issue is still
// open" note and no prompt to say when they will hear back; a first-person visit or call at a clock time
// without am/pm ("I'll come up at 11 and swap the toner"), "after lunch" or "first thing tomorrow" is the
// next event with its time. Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rule-pack/index';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';
import { signalCases } from './test/signal-cases';
import type { Report } from './types';

const en = createScorer(defaultPack());
const de = createScorer(loadGermanPack());

const kinds = (r: Report) => new Set(r.prompts.map((p) => p.kind));
const openNote = (r: Report) => r.findings.some((f) => f.ruleId === 'expectation-when-open');

describe('a change already made for the customer is done', () => {
  const ask = 'My session keeps timing out after 20 minutes and I lose my work. Can you make it longer?';
  it.each([
    "Hi Priya, I've raised the session timeout to 8 hours.",
    "Hi Priya, we've extended your session limit to a full working day.",
    "Hi Priya, I have increased your mailbox quota to 50 GB.",
    "Hi Priya, I've just enabled the remember-me option on your account.",
  ])('%s — no "still open" note, no prompt to say when they will hear back', (draft) => {
    const r = en.score(draft, { customerMessage: ask });
    expect(openNote(r)).toBe(false);
    expect(kinds(r).has('expectation')).toBe(false);
  });

  it('an escalation is still open: "I\'ve raised this with the vendor" keeps the note', () => {
    const r = en.score("Hi Priya, I've raised this with the vendor.", { customerMessage: 'Still no reply on my ticket.' });
    expect(openNote(r)).toBe(true);
    expect(kinds(r).has('expectation')).toBe(true);
  });

  it('the German pack: „Ich habe das Timeout auf 8 Stunden erhöht“ is done (no expectation prompt); „Ich schaue mir das an“ is not', () => {
    const msg = 'Meine Sitzung läuft ständig nach 20 Minuten ab. Können Sie das verlängern?';
    expect(kinds(de.score('Guten Tag, ich habe das Sitzungs-Timeout auf 8 Stunden erhöht.', { customerMessage: msg })).has('expectation')).toBe(false);
    expect(kinds(de.score('Guten Tag, ich schaue mir das an.', { customerMessage: msg })).has('expectation')).toBe(true);
  });
});

signalCases(
  'a first-person visit or call at a clock time without am/pm, after lunch or first thing tomorrow is a next event (X1)',
  'expectation',
  [
    "I'll come up at 11 and swap the toner cartridge.",
    "I'll pop over at 2:30 to look at the docking station.",
    "I'll swap the keyboard after lunch.",
    "We'll replace the drum unit first thing tomorrow.",
  ],
  ["I'll take a look at 2 of the printers.", 'The backup job starts at 11 and runs for an hour.', 'Lunch is at 12 in the canteen.'],
);

describe('the German pack: a visit at a clock time without „Uhr“', () => {
  it('„Ich komme um 11 hoch und tausche die Tonerkartusche“ shows expectation; „Der Job läuft um 11“ does not', () => {
    expect(de.score('Ich komme um 11 hoch und tausche die Tonerkartusche.').signals.expectation).toBe(true);
    expect(de.score('Wir schauen nach der Mittagspause vorbei.').signals.expectation).toBe(true);
    expect(de.score('Der Sicherungsjob läuft um 11 und dauert eine Stunde.').signals.expectation).toBe(false);
  });
});
