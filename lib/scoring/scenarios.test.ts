// The scenario suite (issue 14): our own customer messages and replies through `rapport score
// --report`, as a team lead would run them, checked for the advice a good team lead would give —
// the right prompts, a tip or none, closing questions shown or held back, and no frustration line or
// apology demand for a calm customer.
import { describe, expect, it } from 'vitest';
import type { Report } from './types';
import { SCENARIOS, type Scenario } from './test/scenarios';
import { reportsViaCli } from './test/cli-report';

function runCli(items: Scenario[], pack?: string): Map<string, Report & { id: string }> {
  return reportsViaCli(
    items.map((s) => ({ id: s.id, text: s.reply, ...(s.customer ? { customer_message: s.customer } : {}), ...(s.subject ? { subject: s.subject } : {}) })),
    pack,
  );
}

const reports = new Map([
  ...runCli(SCENARIOS.filter((s) => (s.pack ?? 'default') === 'default')),
  ...runCli(SCENARIOS.filter((s) => s.pack === 'de-method'), 'packs/de-method.yaml'),
]);

const FEELING = /frustrat|upset|annoy|ärger|verärger|blame|don't blame/i;

describe('advice that fits the ticket (rapport score --report)', () => {
  it('covers every mood × situation pair and has calm controls', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(40);
    const pairs = new Set<string>();
    for (const s of SCENARIOS) {
      const r = reports.get(s.id)!;
      const moods = [r.mood.hurry && 'hurry', r.mood.upset && 'upset', r.mood.confused && 'confused'].filter(Boolean);
      for (const m of moods.length ? moods : ['calm']) for (const sit of r.situations?.length ? r.situations.map((x) => x.id) : ['none']) pairs.add(`${m}×${sit}`);
    }
    for (const m of ['calm', 'hurry', 'upset', 'confused'])
      for (const sit of ['none', 'outage', 'lost', 'repeat', 'how-to', 'fault']) {
        // Lost money implies upset and a repeat contact implies hurry (RULINGS U1, H1): those calm pairs cannot exist.
        if (m === 'calm' && (sit === 'lost' || sit === 'repeat')) continue;
        expect(pairs, `${m}×${sit}`).toContain(`${m}×${sit}`);
      }
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const r = reports.get(s.id);
    expect(r, 'the CLI printed a line for it').toBeDefined();
    const report = r!;
    // The mood, flag by flag.
    for (const flag of ['hurry', 'upset', 'confused'] as const) expect(report.mood[flag], `mood.${flag} (${report.mood.evidence.join(' | ')})`).toBe(s.mood.includes(flag));
    const situations = (report.situations ?? []).map((x) => x.id);
    for (const id of s.situations ?? []) expect(situations, `situation ${id}`).toContain(id);
    for (const id of s.notSituations ?? []) expect(situations, `no situation ${id}`).not.toContain(id);
    const kinds = new Set(report.prompts.map((p) => p.kind));
    for (const k of s.prompts ?? []) expect([...kinds], `offers ${k}`).toContain(k);
    for (const k of s.noPrompts ?? []) expect([...kinds], `does not offer ${k}`).not.toContain(k);
    // Every prompt says why it is offered.
    for (const p of report.prompts) expect(p.because?.length, `${p.id} says why`).toBeGreaterThan(0);

    // The tip card, and the score agreeing with it.
    const tip = report.bonusTip!;
    if (s.tip === null) {
      expect(tip.offer, tip.reason).toBe(false);
      const row = report.breakdown?.find((b) => b.signal === 'bonus-tip');
      expect(row?.need, 'the signal list does not ask for a tip').not.toBe('expected');
    } else if (s.tip !== undefined) {
      expect(tip.offer, tip.reason).toBe(true);
      const first = tip.tips[0]!.id;
      if (s.tip.endsWith('*')) expect(first.startsWith(s.tip.slice(0, -1)), first).toBe(true);
      else expect(first).toBe(s.tip);
    }
    if (!tip.offer) expect(tip.tips).toEqual([]);

    // Closing questions: "Have I solved your problem?" always, except once the customer has said it is solved or
    // only thanks us (session 27, issue 14: asking again reads as not listening); the other two only with time.
    // Closed as the scenario expects it, not as the report reads it, so a wrong reading fails here.
    const q = report.closingQuestions;
    const closed = (s.situations ?? []).some((x) => ['resolved', 'thanked', 'geloest', 'bedankt'].includes(x));
    expect(q.find((x) => x.always)?.shown, closed ? 'the always-question is held back' : 'the always-question is shown').toBe(!closed);
    for (const x of q.filter((y) => !y.always && !y.asked)) {
      expect(x.shown, `${x.id} shown`).toBe(s.allQuestions);
      if (!x.shown) expect(x.hiddenBecause?.length, `${x.id} says why it is hidden`).toBeGreaterThan(0);
    }

    for (const f of s.findings ?? []) expect(report.findings.map((x) => x.ruleId), `finding ${f}`).toContain(f);

    // A calm customer with nothing gone wrong gets no frustration line and no apology demand.
    const calm = !report.mood.hurry && !report.mood.upset && !report.mood.confused;
    const bad = situations.some((x) => ['outage', 'lost', 'repeat', 'stoerung', 'verlust', 'wiederholt'].includes(x));
    if (calm && !bad) {
      expect(report.prompts.filter((p) => FEELING.test(p.text)).map((p) => p.text)).toEqual([]);
      const apology = report.breakdown?.find((b) => b.signal === 'apology');
      if (apology && !apology.present) expect(apology.need, 'no apology demanded').toBe('optional');
    }
  });
});
