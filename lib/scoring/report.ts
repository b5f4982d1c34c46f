// Turns a run into the report contract: the explainable score, prompts that fit the mood, the
// closing questions one by one, and whether a bonus tip fits now.
import type { RulePack } from '../rule-pack/schema';
import type { Run } from './engine';
import { fillName } from './rules/rule';
import { packSignals } from './signals';
import { tokenize, type Token } from './tokens';
import {
  ERROR_SCORE_CAP,
  type BonusTipAdvice,
  type Finding,
  type Mood,
  type Prompt,
  type Report,
  type SignalExplanation,
} from './types';

/** Builds reports for one compiled pack: what only depends on the pack is computed here, once. */
export type ReportBuilder = (run: Run, mood: Mood, customerMessage: string | undefined) => Report;

/** Compiles the report side of a pack: each tip's topics as token lists, and a reader of the customer's words. */
export function compileReport(pack: RulePack): ReportBuilder {
  const topics = pack.tips.map((t) => t.topics.map((topic) => tokenize(topic).map((x) => x.norm)));
  // The customer's message does not change while the agent types: tokenize it once.
  let lastMessage: string | undefined;
  let lastWords: string[] = [];
  const messageWords = (message: string | undefined): string[] => {
    if (message !== lastMessage) {
      lastMessage = message;
      lastWords = message ? tokenize(message).map((t) => t.norm) : [];
    }
    return lastWords;
  };
  return (run, mood, customerMessage) => buildReport(pack, run, mood, messageWords(customerMessage), topics);
}

function buildReport(pack: RulePack, run: Run, mood: Mood, customerWords: string[], topics: string[][][]): Report {
  const { view } = run;
  const declared = packSignals(pack);
  const signals: Record<string, boolean> = {};
  for (const { id } of declared) signals[id] = Boolean(run.signals.get(id));
  const bonusTip = adviseTip(pack, mood, customerWords, view.tokens, topics);
  const findings: Finding[] = run.results.flatMap((r) => r.result.findings);
  const tipEvidence = run.signals.get('bonus-tip');
  if (tipEvidence && !bonusTip.offer)
    findings.push({
      ruleId: 'bonus-tip-timing',
      level: 'suggestion',
      message: `The customer seems ${mood.upset ? 'upset' : 'in a hurry'}: save the bonus tip for another time.`,
      span: { start: tipEvidence.start, end: tipEvidence.end },
    });
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  const breakdown: SignalExplanation[] = [];
  let gained = 0;
  let possible = 0;
  for (const { id, weight, label, labels } of declared) {
    if (weight === 0) continue;
    // A bonus tip is not expected from a reply to someone in a hurry or upset.
    const applies = !(id === 'bonus-tip' && !bonusTip.offer);
    const present = signals[id] === true;
    const points = present && applies ? weight : 0;
    if (weight > 0 && applies) possible += weight;
    gained += points;
    const ev = run.signals.get(id);
    breakdown.push({
      signal: id,
      ...(label ? { label } : {}),
      ...(labels ? { labels } : {}),
      present,
      weight,
      points,
      ...(applies ? {} : { applicable: false as const }),
      ...(ev && ev.end > ev.start ? { evidence: view.original.slice(ev.start, ev.end) } : {}),
    });
  }
  let score = possible > 0 ? Math.max(0, Math.min(100, Math.round((100 * gained) / possible))) : 0;
  // An error-level finding means the reply must not go out as written: it holds the score down.
  const errorRules = [...new Set(findings.filter((f) => f.level === 'error').map((f) => f.ruleId))];
  const capped = errorRules.length > 0 && score > ERROR_SCORE_CAP;
  if (capped) score = ERROR_SCORE_CAP;

  return {
    score,
    signals,
    findings,
    prompts: choosePrompts(pack, mood, signals, run.customerName),
    closingQuestions: pack.closing_questions.map((q) => ({
      id: q.id,
      text: q.text,
      asked: run.asked.has(q.id),
      ...(q.always ? { always: true } : {}),
    })),
    mood,
    breakdown,
    ...(capped ? { scoreCap: { max: ERROR_SCORE_CAP, ruleIds: errorRules } } : {}),
    bonusTip,
    ...(run.customerName ? { customerName: run.customerName } : {}),
  };
}

function choosePrompts(
  pack: RulePack,
  mood: Mood,
  signals: Record<string, boolean>,
  name: string | undefined,
): Prompt[] {
  const out: Prompt[] = [];
  const add = (kind: Prompt['kind'], texts: string[] | undefined) =>
    texts?.forEach((t, i) => out.push({ id: `${kind}-${mood.kind}-${i + 1}`, kind, text: fillName(t, name) }));
  const m = mood.kind;
  if (m !== 'calm') add('mood', pack.prompts.mood[m]);
  if (!signals.empathy) add('empathy', pack.prompts.empathy[m] ?? pack.prompts.empathy.calm);
  if (!signals.apology && m !== 'calm') add('apology', pack.prompts.apology[m] ?? pack.prompts.apology.calm);
  if (!signals.expectation) add('expectation', pack.prompts.expectation);
  add('competence', pack.prompts.competence);
  add('bad-news', pack.prompts['bad-news']);
  return out;
}

function adviseTip(pack: RulePack, mood: Mood, customerWords: string[], reply: Token[], topics: string[][][]): BonusTipAdvice {
  if (mood.hurry || mood.upset)
    return {
      offer: false,
      reason:
        !mood.upset
          ? 'The customer is in a hurry: skip the small talk and the tip.'
          : 'The customer is upset: fix the problem first, no tip this time.',
      tips: [],
    };
  // Topics match whole words of the customer's message or the reply ("printer", "wi-fi").
  const words = new Set<string>(customerWords);
  for (const t of reply) words.add(t.norm);
  const tips = pack.tips
    .filter((_, i) => topics[i]!.some((toks) => toks.length > 0 && toks.every((w) => words.has(w))))
    .slice(0, 3)
    .map(({ id, title, text, topics }) => ({ id, title, text, topics }));
  return {
    offer: true,
    reason: tips.length
      ? 'No rush here: one short tip about what they use is a nice touch.'
      : 'No rush here: one short tip fits if you have one.',
    tips,
  };
}
