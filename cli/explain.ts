// `rapport score --format text`: why a reply scores what it does, for a team lead trying a pack —
// points earned, points missing, what does not apply now, findings with rewrites, the mood read from
// the customer, and the prompts, bonus tip and closing questions the panel would offer.
import type { Because, Report, SignalExplanation } from '../lib/scoring/types';

const pts = (n: number) => (n > 0 ? `+${n}` : String(n));
const name = (s: SignalExplanation) => (s.label ? `${s.signal} (${s.label})` : s.signal);
/** "German (de)": an ISO 639-1 code with its English name, where the runtime knows it. */
const lang = (code: string) => `${new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code} (${code})`;

/** " (hurry, outage)": the reasons of a breakdown row or a held-back question, or nothing. */
const why = (because: Because[] | undefined) => (because?.length ? ` (${because.map((b) => Object.values(b).join(' ')).join(', ')})` : '');

/** The lines for one reply, without the findings (the caller formats those with positions). */
export function explainReport(id: unknown, report: Report): { head: string[]; tail: string[] } {
  const rows = report.breakdown ?? [];
  const earned = rows.filter((s) => s.present && s.points > 0);
  const costs = rows.filter((s) => s.present && s.points < 0);
  const missing = rows.filter((s) => !s.present && s.weight > 0 && s.applicable !== false).sort((a, b) => b.weight - a.weight);
  // Rows the method does not ask for here are never present (a present one is earned above): either
  // optional (welcome, costs nothing when left out: empathy for a hurried but calm customer) or not
  // now (the draft should not have it: a bonus tip to a hurried customer). Each with its own reason.
  const optional = rows.filter((s) => s.applicable === false && s.need !== 'not-now');
  const notNow = rows.filter((s) => s.applicable === false && s.need === 'not-now');
  const head = [`${String(id)}  ${report.skipped ? 'not scored' : `score ${report.score}`}  mood ${report.mood.kind}${report.mood.evidence.length ? ` (${report.mood.evidence.map((e) => `"${e}"`).join(', ')})` : ''}`];
  if (report.skipped === 'other-language' && report.language)
    head.push(`  not scored: the reply looks ${lang(report.language.draft)}; the pack is in ${lang(report.language.pack)}`);
  else if (report.skipped) head.push(`  not scored: ${report.skipped}`);
  if (report.scoreCap) head.push(`  held at ${report.scoreCap.max} by an error: ${report.scoreCap.ruleIds.join(', ')}`);
  if (earned.length) head.push(`  earned: ${earned.map((s) => `${name(s)} ${pts(s.points)}${s.evidence ? ` "${s.evidence}"` : ''}`).join(', ')}`);
  if (costs.length) head.push(`  costs: ${costs.map((s) => `${name(s)} ${pts(s.points)}${s.evidence ? ` "${s.evidence}"` : ''}`).join(', ')}`);
  if (missing.length) head.push(`  missing: ${missing.map((s) => `${name(s)} ${pts(s.weight)}`).join(', ')}`);
  if (optional.length) head.push(`  optional now (counts when there, costs nothing when not): ${optional.map((s) => `${name(s)}${why(s.needBecause)}`).join(', ')}`);
  if (notNow.length)
    head.push(
      `  not now: ${notNow.map((s) => `${name(s)}${s.signal === 'bonus-tip' && report.bonusTip && !report.bonusTip.offer ? ` (${report.bonusTip.reason})` : why(s.needBecause)}`).join(', ')}`,
    );
  const tail: string[] = [];
  for (const f of report.findings) if (f.expected?.length) tail.push(`  rewrite ${f.ruleId}: "${f.actual ?? ''}" → ${f.expected.map((e) => `"${e}"`).join(' or ')}`);
  for (const link of new Map(report.findings.filter((f) => f.link).map((f) => [f.ruleId, f.link]))) tail.push(`  see ${link[0]}: ${link[1]}`);
  for (const p of report.prompts) tail.push(`  prompt (${p.kind}): ${p.text}`);
  if (report.bonusTip?.offer) {
    if (report.bonusTip.tips.length) for (const t of report.bonusTip.tips) tail.push(`  tip: ${t.title}: ${t.text}`);
    else tail.push(`  tip: ${report.bonusTip.reason}`);
  }
  if (!report.skipped)
    for (const q of report.closingQuestions)
      tail.push(`  ${q.asked ? 'asked' : q.shown === false ? 'held back' : 'to ask'}: ${q.text}${q.shown === false ? why(q.hiddenBecause) : ''}`);
  return { head, tail };
}
