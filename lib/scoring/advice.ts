// When a piece of advice applies: each prompt kind, the bonus tip and each closing question carry a
// `when` in the pack (moods, situations, what rules it out); a pack that says nothing gets the
// method's rule below. Compiled once per pack: the draft phrases of `unless_draft` join the engine's
// matcher table, so checking them costs nothing extra per keystroke.
import type { AdviceKind, Applies, RulePack } from '../rule-pack/schema';
import type { Hit, MatcherTable, PhraseList } from './matchers';
import { underPath } from './phrase';
import type { Because, Mood, MoodKind, Situation } from './types';

/**
 * The method's rule for each kind, used when the pack has no `prompts.when` entry for it. Situation
 * ids are the method pack's (packs/default.yaml `situations`); a pack without them simply never
 * matches those.
 */
export const BUILT_IN_WHEN: Record<AdviceKind, Applies> = {
  mood: { moods: ['hurry', 'upset', 'confused'] },
  // Issue 14: empathy lines for upset customers, not calm ones (a calm outage report gets bad news, no frustration line).
  empathy: { moods: ['upset', 'confused'], situations: ['outage', 'lost', 'repeat'], not_moods: ['calm'], unless_signals: ['empathy'] },
  apology: { moods: ['upset'], situations: ['outage', 'lost', 'repeat'], unless_signals: ['apology'] },
  'bad-news': { situations: ['outage'] },
  competence: { not_situations: ['how-to'], unless_signals: [] },
  expectation: { unless_signals: ['expectation'] },
  announce: { not_moods: ['hurry', 'upset'], first_reply: true, min_customer_words: 60 },
  tip: { not_moods: ['hurry', 'upset'], not_situations: ['outage', 'lost'] },
};

/** A closing question without `when`: `always` ones always, the others only when time allows (seed 000 #10). */
export const QUESTION_WHEN: Applies = { not_moods: ['hurry', 'upset'] };

export interface CompiledApplies {
  when: Applies;
  unlessDraft: PhraseList;
  /**
   * The `when` phrases of the conditional rules `open_rules` names (the same entries the rules compile
   * to: the table shares an entry between lists): a hit sets `unlessDraft` aside, the case is still open.
   */
  open: PhraseList;
}

export interface CompiledAdvice {
  kinds: Record<AdviceKind, CompiledApplies>;
  questions: Map<string, CompiledApplies | null>;
  /** The pack's `signal_when`, by signal id: when each listed signal is asked for (report.ts needOf). */
  signals: Map<string, CompiledApplies>;
}

/**
 * Compiles the pack's `when` of every advice kind, closing question and signal (`signal_when`) into `table`. An `open_rules`
 * id that names no conditional rule of `pack` adds nothing here (a pack built from the method's prompts
 * with other rules still runs); loading such a pack gives a warning naming its path (load.ts), not an
 * error: the pack is kept.
 */
export function compileAdvice(pack: RulePack, table: MatcherTable): CompiledAdvice {
  const openList = (ids: readonly string[] | undefined): PhraseList =>
    (ids ?? []).flatMap((ruleId, i) => {
      const rule = pack.rules.find((r) => r.id === ruleId);
      return rule?.type === 'conditional' ? underPath(`open_rules[${i}]`, () => table.addList(rule.when, 'when')) : [];
    });
  const compile = (when: Applies, path: string): CompiledApplies =>
    underPath(path, () => ({ when, unlessDraft: table.addList(when.unless_draft, 'unless_draft'), open: openList(when.open_rules) }));
  const kinds = {} as Record<AdviceKind, CompiledApplies>;
  for (const k of Object.keys(BUILT_IN_WHEN) as AdviceKind[]) kinds[k] = compile(pack.prompts.when?.[k] ?? BUILT_IN_WHEN[k], `prompts.when.${k}`);
  const questions = new Map<string, CompiledApplies | null>();
  pack.closing_questions.forEach((q, i) =>
    questions.set(q.id, q.when ? compile(q.when, `closing_questions[${i}].when`) : q.always ? null : compile(QUESTION_WHEN, `closing_questions[${i}].when`)),
  );
  const signals = new Map<string, CompiledApplies>();
  for (const [id, when] of Object.entries(pack.signal_when ?? {})) signals.set(id, compile(when, `signal_when.${id}`));
  return { kinds, questions, signals };
}

/** What the advice is judged on: the customer, the ticket and the draft so far. */
export interface AdviceInput {
  mood: Mood;
  situations: Situation[];
  signals: Record<string, boolean>;
  hits: Hit[][];
  /** False when the thread shows an earlier agent reply; undefined when the page shows no thread. */
  firstReply: boolean | undefined;
  customerWords: number;
}

export interface Verdict {
  applies: boolean;
  /** Why it applies (the moods and situations that matched), or why not. */
  because: Because[];
}

const flags = (m: Mood): MoodKind[] => {
  const out: MoodKind[] = [];
  if (m.upset) out.push('upset');
  if (m.hurry) out.push('hurry');
  if (m.confused) out.push('confused');
  return out.length ? out : ['calm'];
};

/**
 * The ticket's side of an AdviceInput as judgeApplies reads it: the mood's flags (`calm` when none)
 * and the situations' ids. Made once per report and shared by all its verdicts (a report judges
 * about fifteen pieces of advice per draft).
 */
export interface TicketFacts {
  moods: MoodKind[];
  situations: string[];
}

/** The facts of `input` (see TicketFacts). */
export function ticketFacts(input: Pick<AdviceInput, 'mood' | 'situations'>): TicketFacts {
  return { moods: flags(input.mood), situations: input.situations.map((s) => s.id) };
}

/**
 * Whether `c` applies to `input`. `ignoreDraft`: judge the ticket only, not what the draft already
 * says (for whether a signal is expected at all). `facts`: `ticketFacts(input)` when the caller has it.
 */
export function judgeApplies(c: CompiledApplies, input: AdviceInput, ignoreDraft = false, facts: TicketFacts = ticketFacts(input)): Verdict {
  const ticket = judgeTicket(c, input, facts);
  return ignoreDraft || !ticket.applies ? ticket : judgeDraft(c, input, ticket);
}

/** `judgeApplies(c, input, true)`: the ticket's verdict, what the draft says aside. */
export function judgeTicket(c: CompiledApplies, input: AdviceInput, facts: TicketFacts): Verdict {
  const w = c.when;
  const { moods, situations: sits } = facts;
  const blocked: Because[] = [];
  if (w.not_moods) for (const mood of w.not_moods) if (moods.includes(mood)) blocked.push({ mood });
  if (w.not_situations) for (const situation of w.not_situations) if (sits.includes(situation)) blocked.push({ situation });
  if (blocked.length) return { applies: false, because: blocked };
  if (w.first_reply && input.firstReply === false) return { applies: false, because: [{ rule: 'first-reply' }] };
  if (w.min_customer_words && input.customerWords < w.min_customer_words) return { applies: false, because: [{ rule: 'long-message' }] };
  const because: Because[] = [];
  if (w.moods || w.situations) {
    if (w.moods) for (const mood of w.moods) if (moods.includes(mood)) because.push({ mood });
    if (w.situations) for (const situation of w.situations) if (sits.includes(situation)) because.push({ situation });
    if (because.length === 0) return { applies: false, because: moods.map((mood) => ({ mood })) };
  } else because.push({ rule: 'always' });
  return { applies: true, because };
}

/**
 * `judgeApplies(c, input)` from the ticket's verdict `ticket` when that applies: ruled out by a
 * signal the draft already has, or by an `unless_draft` phrase it holds unless it also holds a `when`
 * phrase of an `open_rules` rule ("I've increased the limit and escalated it to billing": a change
 * done, the case handed on and still open); else `ticket` itself.
 */
export function judgeDraft(c: CompiledApplies, input: AdviceInput, ticket: Verdict): Verdict {
  const done = (c.when.unless_signals ?? []).find((s) => input.signals[s]);
  if (done) return { applies: false, because: [{ draft: 'has-signal', signal: done }] };
  const said = (id: number) => (input.hits[id]?.length ?? 0) > 0;
  if (c.unlessDraft.some(said) && !c.open.some(said)) return { applies: false, because: [{ draft: 'solved' }] };
  return ticket;
}
