// Turns a run into the report contract: the explainable score, prompts chosen for this customer and
// ticket, the closing questions one by one (shown or held back, and why), and the bonus tip that fits
// the topic, if any. Whether each piece of advice applies is the pack's `when` (see advice.ts); the
// score follows the same verdicts, so the score, the signal list and the cards never disagree.
import type { AdviceKind, RulePack } from '../rule-pack/schema';
import { judgeDraft, judgeTicket, ticketFacts, type AdviceInput, type CompiledApplies, type TicketFacts, type Verdict } from './advice';
import type { CustomerReading } from './customer';
import type { Engine, Run } from './engine';
import { fillName, nameFormOf, type NameForm } from './rules/rule';
import { packSignals, type PackSignal } from './signals';
import { verbForms } from './inflect';
import { tokenize } from './tokens';
import {
  ERROR_SCORE_CAP,
  type Because,
  type BonusTipAdvice,
  type ClosingQuestionState,
  type Finding,
  type Prompt,
  type Report,
  type ScoreContext,
  type SignalExplanation,
  type Span,
} from './types';

/** Signals whose need follows the prompt kind of the same name: asked for only when that kind applies. */
const FOLLOWS_PROMPT: Partial<Record<string, AdviceKind>> = { empathy: 'empathy', apology: 'apology', expectation: 'expectation' };

/** Builds reports for one compiled engine: what only depends on the pack is computed here, once. */
export type ReportBuilder = (run: Run, reading: CustomerReading, context: ScoreContext) => Report;

/** What a report needs of the pack, computed once when the pack is compiled. */
interface ReportPack {
  engine: Engine;
  /** The pack's signals, built in and declared, with their weights (signals.ts). */
  declared: PackSignal[];
  /** How {name} in prompts is filled (the pack's `address`). */
  nameForm: NameForm;
  /** The tips whose topics the ticket names, best first (kept while the ticket stays the same). */
  tipsFor: (context: ScoreContext) => RankedTip[];
}

/** Compiles the report side of a pack: its signals, its name form and each tip's topics as token lists. */
export function compileReport(engine: Engine): ReportBuilder {
  const compiled: ReportPack = {
    engine,
    declared: packSignals(engine.pack),
    nameForm: nameFormOf(engine.pack),
    tipsFor: tipRanker(engine.pack),
  };
  return (run, reading, context) => buildReport(compiled, run, reading, context);
}

function buildReport(compiled: ReportPack, run: Run, reading: CustomerReading, context: ScoreContext): Report {
  const { engine, declared } = compiled;
  const { pack } = engine;
  const { view } = run;
  const { mood, situations } = reading;
  const signals: Record<string, boolean> = {};
  for (const { id } of declared) signals[id] = Boolean(run.signals.get(id));
  const input: AdviceInput = {
    mood,
    situations,
    signals,
    hits: run.hits,
    firstReply: context.thread ? !context.thread.some((t) => t.role === 'agent') : undefined,
    customerWords: reading.words,
  };
  const facts = ticketFacts(input);
  const judge = judgeOnce(engine.advice.kinds, input, facts);

  const bonusTip = adviseTip(pack, judge('tip'), context, compiled.tipsFor);
  const findings: Finding[] = [];
  for (const r of run.results) for (const f of r.result.findings) findings.push(f);
  const tipEvidence = run.signals.get('bonus-tip');
  const tipNotNow = !bonusTip.offer && (bonusTip.because ?? []).some((b) => 'mood' in b || 'situation' in b);
  if (tipEvidence && tipNotNow)
    findings.push({
      ruleId: 'bonus-tip-timing',
      level: 'suggestion',
      message: `${bonusTip.reason} Save the bonus tip for another time.`,
      code: tipHeldBy(bonusTip, 'upset') ? 'tip-timing-upset' : tipHeldBy(bonusTip, 'hurry') ? 'tip-timing-hurry' : 'tip-timing-situation',
      span: { start: tipEvidence.start, end: tipEvidence.end },
    });
  const questions = closingQuestions(engine, run, input, facts);
  for (const q of questions) if (q.asked && q.heldFor) findings.push(questionTiming(q, q.asked, q.heldFor, view.original));
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  const breakdown: SignalExplanation[] = [];
  let gained = 0;
  let possible = 0;
  for (const { id, weight, label, labels } of declared) {
    if (weight === 0) continue;
    const present = signals[id] === true;
    const { need, because } = needOf({ id, own: engine.advice.signals.get(id), judge, tip: bonusTip, tipNotNow, input, facts });
    // Not asked for here at all (a bonus tip the ticket gives no room for): neither adds nor is missing.
    const applies = need === 'expected' || present;
    let points = 0;
    if (weight < 0) points = present ? weight : 0;
    else if (need === 'expected') {
      possible += weight;
      points = present ? weight : 0;
    } else if (need === 'optional' && present) {
      // Welcome when there, no cost when not: it counts on both sides.
      possible += weight;
      points = weight;
    }
    gained += points;
    const ev = run.signals.get(id);
    // Built field by field in the order the report has always had (no spread of a throwaway object
    // per optional field: ~15 signals a report, on every keystroke).
    const entry = { signal: id } as SignalExplanation;
    if (label) entry.label = label;
    if (labels) entry.labels = labels;
    entry.present = present;
    entry.weight = weight;
    entry.points = points;
    if (!applies) entry.applicable = false;
    if (ev && ev.end > ev.start) entry.evidence = view.original.slice(ev.start, ev.end);
    if (need !== 'expected') {
      entry.need = need;
      entry.needBecause = because;
    }
    breakdown.push(entry);
  }
  let score = possible > 0 ? Math.max(0, Math.min(100, Math.round((100 * gained) / possible))) : 0;
  // An error-level finding means the reply must not go out as written: it holds the score down.
  // Most drafts have no error-level finding: the list is made only when one is there.
  const errorRules = findings.some((f) => f.level === 'error') ? [...new Set(findings.filter((f) => f.level === 'error').map((f) => f.ruleId))] : [];
  const capped = errorRules.length > 0 && score > ERROR_SCORE_CAP;
  if (capped) score = ERROR_SCORE_CAP;

  // Field by field in the report's order, the optional ones only when set (no spread of a throwaway
  // object into the report on every keystroke).
  const out: Report = {
    score,
    signals,
    findings,
    prompts: choosePrompts(pack, judge, mood, run.customerName, compiled.nameForm),
    closingQuestions: questions.map((q) => q.state),
    mood,
    situations,
    breakdown,
  };
  if (capped) out.scoreCap = { max: ERROR_SCORE_CAP, ruleIds: errorRules };
  out.bonusTip = bonusTip;
  out.locale = pack.locale;
  if (run.customerName) out.customerName = run.customerName;
  return out;
}

/** Whether the tip is held back for this mood. */
const tipHeldBy = (tip: BonusTipAdvice, mood: 'upset' | 'hurry') => (tip.because ?? []).some((b) => 'mood' in b && b.mood === mood);

/** What `needOf` reads: one signal of the pack, and this report's verdicts on the ticket. */
interface NeedQuery {
  /** The signal's id, built in or declared by the pack ("ownership", "bonus-tip", "kb-link"). */
  id: string;
  /** The signal's `signal_when` entry, compiled (engine.advice.signals); undefined when the pack lists none. */
  own: CompiledApplies | undefined;
  /** This report's memoised verdict per advice kind (judgeOnce); `true` as second argument judges the ticket only. */
  judge: Judge;
  /** The report's bonus-tip card (adviseTip): whether a tip is offered, and why not. */
  tip: BonusTipAdvice;
  /** No tip is offered because of a mood or a situation (not merely for want of a tip on the topic). */
  tipNotNow: boolean;
  /** What the ticket and the draft show: mood, situations, signals present, the run's hits, first reply, customer words. */
  input: AdviceInput;
  /** `ticketFacts(input)`: the mood flags (calm when none) and the situation ids, computed once per report. */
  facts: TicketFacts;
}

/**
 * Whether the ticket asks for signal `q.id`, and why not: `expected` (its absence costs its weight),
 * `optional` (no cost when absent; `because` says why: the ticket's verdict, or `{ draft: 'solved' }`),
 * or `not-now` (the bonus tip, held back for a mood or a situation). The bonus tip follows the tip card;
 * a signal the pack lists under `signal_when` (`q.own`) follows that `when`; empathy, apology and
 * expectation follow their prompt kind; any other is asked for on every ticket.
 */
function needOf(q: NeedQuery): { need: NonNullable<SignalExplanation['need']>; because: Because[] } {
  const { id, own, judge, tip, tipNotNow, input, facts } = q;
  if (id === 'bonus-tip') {
    if (tip.offer) return { need: 'expected', because: [] };
    return { need: tipNotNow ? 'not-now' : 'optional', because: tip.because ?? [] };
  }
  const kind = FOLLOWS_PROMPT[id];
  if (!own && !kind) return { need: 'expected', because: [] };
  // Whether the ticket calls for it at all; what the draft already says does not change that.
  const v = own ? judgeTicket(own, input, facts) : judge(kind!, true);
  if (v.applies) {
    // "I've reset it and it works again": no need to say when they'll hear back.
    const solved = (own ? judgeDraft(own, input, v) : judge(kind!)).because.some((b) => 'draft' in b && b.draft === 'solved');
    return solved ? { need: 'optional', because: [{ draft: 'solved' }] } : { need: 'expected', because: [] };
  }
  return { need: 'optional', because: v.because };
}

type Judge = (kind: AdviceKind, ignoreDraft?: boolean) => Verdict;

/**
 * Whether the advice of each kind applies (advice.ts judgeApplies), for one report: each kind's
 * ticket verdict is judged once and its draft verdict derived from it once, however often the report
 * asks (the score, the prompts and the tip ask about 15 times for 8 kinds). The memo lives as long
 * as the report's building: 2 × 8 verdicts at most, nothing kept between drafts.
 */
function judgeOnce(kinds: Engine['advice']['kinds'], input: AdviceInput, facts: TicketFacts): Judge {
  const ticket: Partial<Record<AdviceKind, Verdict>> = {};
  const draft: Partial<Record<AdviceKind, Verdict>> = {};
  return (kind, ignoreDraft = false) => {
    const t = (ticket[kind] ??= judgeTicket(kinds[kind], input, facts));
    if (ignoreDraft || !t.applies) return t;
    return (draft[kind] ??= judgeDraft(kinds[kind], input, t));
  };
}

function choosePrompts(pack: RulePack, judge: Judge, mood: Report['mood'], name: string | undefined, nameForm: NameForm): Prompt[] {
  const lead = mood.kind;
  const out: Prompt[] = [];
  const p = pack.prompts;
  const v = {
    mood: judge('mood'),
    empathy: judge('empathy'),
    apology: judge('apology'),
    badNews: judge('bad-news'),
    competence: judge('competence'),
    expectation: judge('expectation'),
    announce: judge('announce'),
  };
  // One line per mood the customer shows, the one the coach leads with first.
  if (v.mood.applies)
    for (const flag of ['upset', 'hurry', 'confused'] as const)
      if (mood[flag] && v.mood.because.some((b) => 'mood' in b && b.mood === flag)) addPrompts(out, 'mood', flag, p.mood[flag], [{ mood: flag }], name, nameForm);
  if (v.empathy.applies) addPrompts(out, 'empathy', lead, p.empathy[lead] ?? p.empathy.calm, v.empathy.because, name, nameForm);
  if (v.apology.applies) addPrompts(out, 'apology', lead, p.apology[lead] ?? p.apology.calm, v.apology.because, name, nameForm);
  if (v.badNews.applies) addPrompts(out, 'bad-news', 'any', p['bad-news'], v.badNews.because, name, nameForm);
  if (v.competence.applies) addPrompts(out, 'competence', 'any', p.competence, v.competence.because, name, nameForm);
  if (v.expectation.applies) addPrompts(out, 'expectation', 'any', p.expectation, v.expectation.because, name, nameForm);
  if (v.announce.applies) addPrompts(out, 'announce', 'any', p.announce, v.announce.because, name, nameForm);
  return out;
}

/** Adds a prompt per line of `texts` to `out`, numbered from 1 under `kind` and `key`, {name} filled. */
function addPrompts(out: Prompt[], kind: Prompt['kind'], key: string, texts: string[] | undefined, because: Because[], name: string | undefined, nameForm: NameForm): void {
  if (!texts) return;
  for (let i = 0; i < texts.length; i++) out.push({ id: `${kind}-${key}-${i + 1}`, kind, text: fillName(texts[i]!, name, nameForm), because });
}

/** A closing question's state, with where the draft asks it and the moods that would have held it back. */
interface QuestionJudged {
  state: ClosingQuestionState;
  asked: Span | undefined;
  /** The customer's moods that hold this question back ("hurry", "upset"), when the draft asks it anyway. */
  heldFor: ('hurry' | 'upset')[] | undefined;
}

function closingQuestions(engine: Engine, run: Run, input: AdviceInput, facts: TicketFacts): QuestionJudged[] {
  return engine.pack.closing_questions.map((q) => {
    const c = engine.advice.questions.get(q.id);
    const v = c ? judgeTicket(c, input, facts) : undefined;
    const at = run.asked.get(q.id);
    const asked = at !== undefined;
    // A question the draft already asks stays listed (and ticked) whatever the mood.
    const shown = asked || !v || v.applies;
    // Field by field in the state's order (no spread per optional field).
    const state = { id: q.id, text: q.text, asked } as ClosingQuestionState;
    if (q.always) state.always = true;
    state.shown = shown;
    if (!shown) state.hiddenBecause = v!.because;
    else if (v && !v.applies) state.heldBecause = v.because;
    // Asked, though the customer's mood holds it back (seed 000 #10: the other two "when time allows").
    let heldFor: QuestionJudged['heldFor'];
    if (asked && v && !v.applies) {
      const moods = v.because.flatMap((b) => ('mood' in b && (b.mood === 'hurry' || b.mood === 'upset') ? [b.mood] : []));
      if (moods.length) heldFor = moods;
    }
    return { state, asked: at, heldFor };
  });
}

/**
 * The note on a closing question the draft asks a customer in a hurry or upset ("Are you satisfied with
 * the way I handled this?" to someone whose flight leaves in an hour): a suggestion at the words that
 * ask it (`at`, offsets into `text`, the scored draft), in English with the pack's question, and a code
 * the panel translates (lib/panel/texts.ts). Upset leads when both hold.
 */
function questionTiming(q: QuestionJudged, at: Span, held: ('hurry' | 'upset')[], text: string): Finding {
  const upset = held.includes('upset');
  return {
    ruleId: 'closing-question-timing',
    level: 'suggestion',
    message: `${upset ? 'The customer is upset' : 'The customer is in a hurry'}: save this question ("${q.state.text}") for another time.`,
    code: upset ? 'question-timing-upset' : 'question-timing-hurry',
    span: { start: at.start, end: at.end },
    actual: text.slice(at.start, at.end),
  };
}

type TopicSource = { words: Set<string>; phrase: string; weight: number };

/** Prepositions that make the next word a moment: "at login", "after startup", "beim Anmelden", "nach der Anmeldung". */
const MOMENT_PREPOSITIONS = new Set(['at', 'upon', 'on', 'after', 'before', 'during', 'until', 'till', 'bei', 'beim', 'nach', 'vor', 'während']);
/** Articles German puts between the preposition and the moment ("nach der Anmeldung", "bei dem Start"). */
const MOMENT_ARTICLES = new Set(['der', 'dem']);
/** Events a ticket names as a moment, one or two words (the second word of a two-word one after a space). */
const MOMENTS = new Set([
  'login', 'logon', 'log-in', 'signin', 'sign-in', 'startup', 'start-up', 'boot', 'bootup', 'shutdown', 'logout', 'logoff', 'reboot', 'restart', 'wake', 'launch',
  'log in', 'log on', 'sign in', 'sign on', 'start up', 'boot up', 'log out', 'log off', 'sign out',
  'anmeldung', 'anmelden', 'einloggen', 'start', 'systemstart', 'hochfahren', 'neustart', 'abmelden', 'herunterfahren',
]);

/**
 * Words that make the event itself the trouble: something goes wrong AT login ("I get an error at login",
 * "my password is rejected at sign in", "Fehlermeldung bei der Anmeldung"). Beside such a word in the same
 * clause the event is what the ticket is about, not when something else happens. Stems: a word counts
 * when it starts with one ("fails", "failed", "Fehlermeldung", "schlägt fehl").
 */
const EVENT_FAULT_STEMS = [
  'error', 'fail', 'reject', 'denied', 'deny', 'refus', 'invalid', 'incorrect', 'wrong', 'locked', 'lockout', 'blocked', 'stuck', 'loop',
  'fehl', 'abgelehnt', 'abgewiesen', 'gesperrt', 'falsch', 'ungültig',
];
const isEventFault = (w: string) => EVENT_FAULT_STEMS.some((stem) => w.startsWith(stem));
/**
 * Prepositions that put a fault INSIDE the event ("an error at login", "rejected during sign in", "Fehler
 * bei der Anmeldung"). After "after", "before", "until" (and German "nach", "vor") the event is over or not
 * yet begun, so a fault beside it is another thing's ("the printer shows an error after login").
 */
const DURING_PREPOSITIONS = new Set(['at', 'upon', 'on', 'during', 'bei', 'beim', 'während']);
/** How far (in words) a fault word may stand from the moment, in its clause. */
const EVENT_FAULT_REACH = 6;

/** Whether the clause around `at` (stopped by punctuation, at most EVENT_FAULT_REACH words each way) names a fault. */
function clauseHasFault(toks: readonly string[], at: number, end: number): boolean {
  const words = (from: number, step: 1 | -1) => {
    for (let i = from, n = 0; i >= 0 && i < toks.length && n < EVENT_FAULT_REACH; i += step, n++) {
      const w = toks[i]!;
      if (!/\p{L}/u.test(w)) return false;
      if (isEventFault(w)) return true;
    }
    return false;
  };
  return words(at - 1, -1) || words(end + 1, 1);
}

/**
 * `toks` (normalised words and punctuation of the ticket) with each event named as a moment blanked:
 * after a preposition of time, "login" or "startup" says when something happens ("apps starting at
 * login", "slow after startup", "Programme starten bei der Anmeldung"), not what the ticket is about, so
 * a tip topic "login" does not match it (issue 14: the passphrase tip offered for a slow start). "I can't
 * login", "the login page" and "at the login screen" (a place, with an article in English) still name the
 * topic, and so does a fault of the event itself in the same clause ("I get an error at login", "my
 * password is rejected at sign in": the login is the trouble, not the time of another one), but not a
 * fault after or before it ("the printer shows an error after login": the printer is the trouble).
 */
function withoutMoments(toks: string[]): string[] {
  const out = toks.slice();
  for (let i = 0; i < out.length; i++) {
    if (!MOMENT_PREPOSITIONS.has(out[i]!)) continue;
    let j = i + 1;
    // English names a moment without an article ("at login"; "at the login screen" is a place), German with one.
    if (MOMENT_ARTICLES.has(out[j] ?? '')) j++;
    const two = MOMENTS.has(`${out[j] ?? ''} ${out[j + 1] ?? ''}`);
    if (!two && !MOMENTS.has(out[j] ?? '')) continue;
    const last = two ? j + 1 : j;
    if (DURING_PREPOSITIONS.has(out[i]!) && clauseHasFault(toks, i, last)) continue;
    for (let k = j; k <= last; k++) out[k] = '\u0000';
  }
  return out;
}
type RankedTip = { tip: RulePack['tips'][number]; matched: string[] };

/**
 * Ranks the pack's tips by the topics the ticket names (subject, message, page fields): at most
 * three, best first. The ranking reads only the ticket, never the draft, so it is computed once per
 * ticket (the last one is kept, one per compiled pack), not on every keystroke.
 */
function tipRanker(pack: RulePack): (context: ScoreContext) => RankedTip[] {
  // Each tip's topics as token lists, and multi-word ones as " a b " for a substring test. In an English
  // pack a one-word topic also matches its inflected forms ("copy": "copied", "copies"; "print": "printed";
  // "password": "passwords"), by the regular spelling rules of inflect.ts (the plural -s/-es is the
  // verb's third person form); other languages match the words as written.
  const english = /^en\b/i.test(pack.locale ?? 'en');
  const topics = pack.tips.map((t) =>
    t.topics.map((topic) => {
      const toks = tokenize(topic).map((x) => x.norm);
      const forms = english && toks.length === 1 ? [...new Set([toks[0]!, ...Object.values(verbForms(toks[0]!)).flat()])] : toks.slice(0, 1);
      return { toks, forms, phrase: ` ${toks.join(' ')} ` };
    }),
  );
  let key: string[] = [];
  let last: RankedTip[] = [];
  return (context) => {
    const fields = Object.values(context.fields ?? {}).join(' \n ');
    const now = [context.subject ?? '', context.customerMessage ?? '', fields];
    if (now.every((k, i) => k === key[i])) return last;
    const src = (text: string | undefined, weight: number): TopicSource => {
      const toks = text ? withoutMoments(tokenize(text.slice(0, 20_000)).map((t) => t.norm)) : [];
      return { words: new Set(toks), phrase: ` ${toks.join(' ')} `, weight };
    };
    // The subject names the topic; the message and the page's fields describe it.
    const sources = [src(context.subject, 3), src(context.customerMessage, 2), src(fields, 2)];
    key = now;
    last = pack.tips
      .map((tip, order) => {
        const matched: string[] = [];
        let score = 0;
        for (const [i, { toks, forms, phrase }] of topics[order]!.entries()) {
          if (toks.length === 0) continue;
          let best = 0;
          for (const s of sources) if (toks.length === 1 ? forms.some((f) => s.words.has(f)) : s.phrase.includes(phrase)) best = Math.max(best, s.weight);
          if (best > 0) {
            matched.push(tip.topics[i]!);
            score += best + (toks.length > 1 ? 1 : 0);
          }
        }
        return { tip, order, score, matched };
      })
      .filter((t) => t.score > 0)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, 3)
      .map(({ tip, matched }) => ({ tip, matched }));
    return last;
  };
}

function adviseTip(pack: RulePack, verdict: Verdict, context: ScoreContext, tipsFor: (context: ScoreContext) => RankedTip[]): BonusTipAdvice {
  if (!verdict.applies) {
    const b = verdict.because;
    const upset = b.some((x) => 'mood' in x && x.mood === 'upset');
    const hurry = b.some((x) => 'mood' in x && x.mood === 'hurry');
    const situation = b.find((x): x is { situation: string } => 'situation' in x);
    const label = situation ? (pack.situations.find((s) => s.id === situation.situation)?.label ?? situation.situation) : '';
    return {
      offer: false,
      reason: upset
        ? 'The customer is upset: fix the problem first, no tip this time.'
        : hurry
          ? 'The customer is in a hurry: skip the small talk and the tip.'
          : situation
            ? `Not now (${label.toLowerCase()}): fix the problem first, no tip this time.`
            : 'A bonus tip does not fit this ticket.',
      because: b,
      tips: [],
    };
  }
  const ranked = tipsFor(context);
  if (ranked.length === 0)
    return { offer: false, reason: 'No tip in the pack matches this ticket’s topic.', because: [{ rule: 'no-topic' }], tips: [] };
  return {
    offer: true,
    reason: 'No rush here: one short tip about what they use is a nice touch.',
    because: verdict.because,
    tips: ranked.map(({ tip, matched }) => ({ id: tip.id, title: tip.title, text: tip.text, topics: tip.topics, matched: [...matched] })),
  };
}
