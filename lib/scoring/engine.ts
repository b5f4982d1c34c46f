// Compiles a pack once into rules, a matcher table, a customer reader, advice conditions and
// closing-question trackers;
// `run` then scores a draft with one scan of the text.
import type { PhraseEntry, RulePack, Rule } from '../rule-pack/schema';
import type { ProblemCode, ProblemParams } from '../rule-pack/problems';
import { type Hit, MatcherTable, type NameCheck, type PhraseList } from './matchers';
import { type PhraseError, underPath } from './phrase';
import { compileAdvice, type CompiledAdvice } from './advice';
import { compileCustomer, type CustomerReader } from './customer';
import { businessesIn, capitalisesNouns, englishWords, germanWords, isHonorific, nameAcceptor, signedName } from './names';
import { greetingAlternation } from './greetings';
import { foldWord } from './tokens';
import { apologyRespelt } from './apology-spelling';
import { holdsDraftText } from './draft-memory';
import { compileConditional } from './rules/conditional';
import { compileMetric } from './rules/metric';
import { compilePhraseAvoid } from './rules/phrase-avoid';
import { compilePhrasePresent } from './rules/phrase-present';
import { compileQuestion } from './rules/question';
import { nameFormOf, type CompiledRule, type Judge, type Judged, type NameForm } from './rules/rule';
import { analyse, isQuestionAt, sentenceAt, type TextView } from './text';
import type { Mood, ScoreContext, Span } from './types';
import { compileWordClasses, type ClassLookup } from './word-classes';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';

export interface RuleResult {
  compiled: CompiledRule;
  result: Judged;
}

export interface Run {
  view: TextView;
  results: RuleResult[];
  /** Fired signals (built in or declared) and where each was first seen. */
  signals: Map<string, Span>;
  /** The closing questions the draft asks, by id, each with where it is first asked. */
  asked: Map<string, Span>;
  customerName?: string;
  /** Every phrase list's hits in the draft (by list entry), for advice that checks the draft. */
  hits: Hit[][];
}

/**
 * Finds every phrase list's hits in a draft in place of one whole `table.scanAll(view.scan, view.tokens, accept)`;
 * must return exactly what that call returns (incremental.ts reuses the previous draft's hits where the edit cannot
 * reach). `accept` is the run's name check, `table` the engine's matcher table.
 */
export type ScanHook = (view: TextView, accept: NameCheck, table: MatcherTable) => Hit[][];

export interface Engine {
  pack: RulePack;
  rules: CompiledRule[];
  /** Reads the customer's mood and the ticket's situation from the page's context. */
  customer: CustomerReader;
  /** When each prompt kind, the tip and each closing question apply (see advice.ts). */
  advice: CompiledAdvice;
  /**
   * Scores `text`. `everyRule`: run mood-gated rules whatever the mood (for a rule's own examples).
   * `plain`: `plainSpaces(text)` (whitespace.ts) when the caller has it, so it is not made twice.
   * `mood`: the customer's mood as `customer.read(context)` gives it, when the caller has read it
   * (read only, for rules gated by mood), so the context is not read twice per draft.
   * `scan`: finds the hits instead of a whole scan (ScanHook; the same hits, less work while typing).
   */
  run(text: string, context?: ScoreContext, opts?: { everyRule?: boolean; plain?: string; mood?: Mood; scan?: ScanHook }): Run;
  /**
   * Adds phrases to the one scan of every later run: `run.hits` then holds their hits at the
   * returned list's entries, so a layer over the engine (learned.ts) needs no scan of its own.
   * `classes` resolves their <class> slots instead of the pack's lookup. The rules' hits do not
   * change. Throws a PhraseError on a bad phrase.
   */
  addPhrases(list: readonly PhraseEntry[], classes?: ClassLookup): PhraseList;
}

/** A phrase in the pack does not compile: `path` names it; `code` and `params` as in PROBLEM_PARAMS (rule-pack/problems.ts). */
export class PackCompileError extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly code?: ProblemCode,
    readonly params?: ProblemParams,
  ) {
    super(message);
  }
}

function compileRule(rule: Rule, table: MatcherTable): CompiledRule {
  switch (rule.type) {
    case 'phrase-present':
      return compilePhrasePresent(rule, table);
    case 'phrase-avoid':
      return compilePhraseAvoid(rule, table);
    case 'question':
      return compileQuestion(rule, table);
    case 'conditional':
      return compileConditional(rule, table);
    case 'metric':
      return compileMetric(rule, table);
  }
}

/** Runs `compile`; an error comes out as a PackCompileError naming its path (`path` + the phrase's own). */
function at<T>(path: string, compile: () => T): T {
  try {
    return underPath(path, compile);
  } catch (e) {
    const p = e as Partial<PhraseError>;
    throw new PackCompileError(p.path || 'mood_cues', (e as Error).message, p.code, p.params);
  }
}

/**
 * A compiled engine's slot for the customer's last message: the message, the name it is signed with, that name as
 * written and the businesses it names (strings and one small set). A class at module level, not an object made inside
 * compileEngine, on purpose: draft-memory holds it through a WeakRef, and V8 keeps a WeakRef's target alive until the
 * current job ends, so an object whose methods closed over the engine would keep every pack compiled in one synchronous
 * run alive (the pack fuzzer's 1,180 packs ran out of memory, session 43).
 */
class MessageSlot {
  message: string | undefined;
  signed: string | undefined;
  written: string | undefined;
  businesses: ReadonlySet<string> | undefined;
  clear(): void {
    this.message = this.signed = this.written = undefined;
    this.businesses = undefined;
  }
  get size(): number {
    return this.message === undefined ? 0 : 1;
  }
}

/**
 * Compiles a pack once: every phrase of every rule and closing question goes into one matcher
 * table (word classes resolved against the method pack's classes overlaid with the pack's own).
 * Throws PackCompileError naming the path of the first bad phrase.
 */
export function compileEngine(pack: RulePack): Engine {
  const classes = compileWordClasses(DEFAULT_PACK.word_classes, pack.word_classes);
  const table = new MatcherTable(classes);
  const rules: CompiledRule[] = [];
  pack.rules.forEach((rule, i) => {
    if (rule.enabled) rules.push(at(`rules[${i}]`, () => compileRule(rule, table)));
  });
  const closing: ClosingList[] = pack.closing_questions.map((q, i) => ({
    id: q.id,
    list: at(`closing_questions[${i}]`, () => table.addList(q.variants, 'variants')),
  }));
  const advice = at('', () => compileAdvice(pack, table));
  const customer = at('', () => compileCustomer(pack, classes));
  // Rules for a mood ("just click" to a confused customer) sit out when the customer is not in it.
  const moodGated = rules.some((r) => r.rule.moods || r.rule.not_moods);
  // Conditional rules read the signals the others set, so they run last.
  const ordered = [...rules.filter((r) => !r.late), ...rules.filter((r) => r.late)];
  const nameForm = nameFormOf(pack);
  // Whether the pack has a personalization rule, whose evidence then tells which name the reply addresses (run()).
  const personalizes = rules.some((r) => r.rule.signal === 'personalization');
  // In German a capital letter is no sign of a name (nouns have one too): the pack's own words are words.
  const vocabulary = packVocabulary(pack);
  const common = capitalisesNouns(pack.locale) ? germanWords(vocabulary) : englishWords(vocabulary);
  // The pack's greeting words (its `greeting` rules; the built-in pack's when it has none), one definition for two
  // readings: ending the text before a name ("Hi Paris," greets a person, names.ts) and opening a sentence before a
  // `clause-start` or `opening` hit ("Hi Ana, as I said …", "Hi Ana, no, not really.", inScope).
  const greetings = greetingAlternation(pack) ?? greetingAlternation(DEFAULT_PACK) ?? 'hi|hello';
  const greetingBefore = new RegExp(`(?:^|[^\\p{L}])(?:${greetings})[ \\t]+$`, 'iu');
  const leadingGreeting = leadingGreetingOf(greetings);
  // The customer's message stays the same while the agent types: its signed name is read once per message,
  // …and so is the form it is written in, which the advice uses when the reply does not name them,
  // …and so are the businesses it names ("We at Acme Plumbing …"): "Hi Acme," then greets the business (names.ts).
  // One slot, registered with draft-memory: it holds a customer's message and name, so forgetDrafts empties it when a
  // ticket closes (an emptied slot reads as a fresh engine's).
  const lastRead = holdsDraftText(new MessageSlot());
  const signedBy = (message: string | undefined): string | undefined => {
    if (message !== lastRead.message) {
      lastRead.message = message;
      lastRead.businesses = businessesIn(message);
      lastRead.signed = signedName(message, common);
      lastRead.written = lastRead.signed === undefined ? undefined : asWritten(message ?? '', lastRead.signed);
    }
    return lastRead.signed;
  };

  // The name acceptor for the last (page's name, signed name): both stay the same while the agent
  // types, so it is made once per ticket rather than per draft (one closure and, with the page's
  // name, a set of its parts). One slot, replaced when either changes. (Not in the registered slot above: it closes
  // over the pack's word lists, which a WeakRef would keep alive to the end of a synchronous run; see MessageSlot.)
  let acceptorFor:
    | { known: string | undefined; signed: string | undefined; businesses: ReadonlySet<string> | undefined; accept: ReturnType<typeof nameAcceptor> }
    | undefined;
  const acceptor = (known: string | undefined, signed: string | undefined, businesses: ReadonlySet<string> | undefined) => {
    if (!acceptorFor || acceptorFor.known !== known || acceptorFor.signed !== signed || acceptorFor.businesses !== businesses)
      acceptorFor = { known, signed, businesses, accept: nameAcceptor(known, common, signed, businesses, greetingBefore) };
    return acceptorFor.accept;
  };

  return {
    pack,
    rules,
    customer,
    advice,
    run(text, context = {}, opts = {}) {
      // The customer's names (the page's, the one they signed with): a last line "All the best, Sarah" to them is no signature.
      const signed = signedBy(context.customerMessage);
      const view = analyse(text, opts.plain, true, [context.customerName, signed]);
      // Session 44: a misspelt apology or regret word ("appologies", "regreeted") reads as the word meant (apology-spelling.ts).
      view.tokens = apologyRespelt(view.tokens, view.scan);
      const accept = acceptor(context.customerName, signed, lastRead.businesses);
      const hits = opts.scan ? opts.scan(view, accept, table) : table.scanAll(view.scan, view.tokens, accept);
      let customerName = context.customerName ?? guessName(view, hits, table.nameEntries, signed, lastRead.written);
      const mood = moodGated && !opts.everyRule ? (opts.mood ?? customer.read(context).mood) : undefined;
      // The ticket's situations, read only when a rule asks (a phrase-avoid hit with `rewrites_for`).
      const situations = () => (context.customerMessage?.trim() ? customer.read(context).situations.map((s) => s.id) : undefined);
      // `not_moods` reads a mood only from a message that is there: with none, the customer is not known to be calm.
      const readMood = mood && context.customerMessage?.trim() ? mood : undefined;
      const { results, signals } = judgeAll(ordered, opts.everyRule === true, mood, view, hits, nameForm, customerName, leadingGreeting, situations, readMood);
      // Session 19 (tester): guessed from the reply alone, the name is the one it addresses the customer by — in the
      // personalization evidence. A name only an except matched is someone or somewhere else ("Sam is on his way",
      // "our stores in Austin"), and the prompts must not say "I'm sorry this happened to you, Sam."
      if (customerName !== undefined && context.customerName === undefined && signed === undefined && personalizes) {
        const ev = signals.get('personalization');
        customerName = ev === undefined ? undefined : guessName(view, hits, table.nameEntries, undefined, undefined, ev);
      }
      const asked = askedQuestions(closing, view, hits, signals);
      // customerName only when known, as its last field (no spread of a throwaway object per draft).
      const out: Run = { view, results, signals, asked, hits };
      if (customerName) out.customerName = customerName;
      return out;
    },
    addPhrases: (list, lookup) => table.addList(list, 'phrases', lookup),
  };
}

interface ClosingList {
  id: string;
  list: PhraseList;
}

/** Whether `mood` is one of `moods` (`calm`: none of hurry, upset, confused). */
const showsMood = (moods: readonly string[], mood: Mood): boolean => moods.some((m) => (m === 'calm' ? mood.kind === 'calm' : mood[m as 'hurry' | 'upset' | 'confused']));

/**
 * Whether a rule runs for this mood: rules without `moods` or `not_moods` always do; `mood` undefined means
 * not read. `readMood` is the mood of a customer message that is there (undefined with no message): a
 * rule's `not_moods` sit it out only on that, so with no customer message the rule runs.
 */
function fitsMood(r: CompiledRule, mood: Mood | undefined, readMood: Mood | undefined): boolean {
  const { moods, not_moods } = r.rule;
  if (not_moods && readMood !== undefined && showsMood(not_moods, readMood)) return false;
  if (!moods) return true;
  return mood !== undefined && showsMood(moods, mood);
}

/**
 * Judges `rules` in order (the late, conditional ones last) against one scan's hits; each fired
 * rule's signal is set at its evidence the first time, and later rules can read it. A rule for
 * some moods runs only when `mood` is one of them, or with `everyRule`.
 */
function judgeAll(
  rules: CompiledRule[],
  everyRule: boolean,
  mood: Mood | undefined,
  view: TextView,
  hits: Hit[][],
  nameForm: NameForm,
  customerName: string | undefined,
  leadingGreeting: RegExp,
  situations?: () => readonly string[] | undefined,
  readMood?: Mood,
): { results: RuleResult[]; signals: Map<string, Span> } {
  const signals = new Map<string, Span>();
  const evidence = new Map<string, Span[]>();
  // customerName stays undefined when not known (the rules read it, none asks whether the key is there).
  const judge: Judge = {
    view,
    customerName: customerName || undefined,
    nameForm,
    situations,
    hits(list, except, scope) {
      let found = gather(hits, list);
      // Most lists have no hit in a draft, and most rules no scope (every hit in scope): no copy then.
      if (found.length > 0 && scope !== undefined && scope !== 'text') found = found.filter((h) => inScope(view, h, scope, leadingGreeting));
      if (!except?.length || found.length === 0) return found;
      return withoutOverlaps(found, gather(hits, except));
    },
    signal(id) {
      return signals.has(id);
    },
    evidence(id) {
      return evidence.get(id) ?? [];
    },
  };
  const results: RuleResult[] = [];
  for (const compiled of rules) {
    if (!everyRule && !fitsMood(compiled, mood, readMood)) continue;
    const result = compiled.judge(judge);
    results.push({ compiled, result });
    const sig = compiled.rule.signal;
    if (sig && result.fired && !signals.has(sig)) signals.set(sig, result.evidence ?? { start: 0, end: 0 });
    if (sig && result.fired && result.evidence) {
      const seen = evidence.get(sig);
      if (seen) seen.push(result.evidence);
      else evidence.set(sig, [result.evidence]);
    }
  }
  return { results, signals };
}

/** The closing questions the draft asks (a variant inside a question); the first sets the `closing-question` signal. */
function askedQuestions(closing: ClosingList[], view: TextView, hits: Hit[][], signals: Map<string, Span>): Map<string, Span> {
  const asked = new Map<string, Span>();
  for (const q of closing) {
    const h = gather(hits, q.list).find((x) => isQuestionAt(view, x.start));
    if (!h) continue;
    asked.set(q.id, h);
    if (!signals.has('closing-question')) signals.set('closing-question', h);
  }
  return asked;
}

/**
 * The earliest word that filled a {name} slot (`nameEntries`: the entries that have one): the customer's name when the page gave none, with the
 * titles written before it ("Hello Mrs Okafor" → "Mrs Okafor", "Frau Dr. Schmidt"), so prompts address them the same way.
 * With `within` (the personalization evidence), only a word inside that span.
 */
function guessName(
  view: TextView,
  hits: Hit[][],
  nameEntries: readonly number[],
  signed?: string,
  written?: string,
  within?: Span,
): string | undefined {
  let first: Hit | undefined;
  // Only entries with a {name} slot have hits with names (MatcherTable.nameEntries, ascending as `hits` is).
  // Session 18 (lead, from the review): when the customer signed their message, their name is that one — a
  // colleague or a companion named in the reply ("I've asked Marco in billing…") is not the customer (R-T1,
  // R-G3). The reply's own mention of it is preferred (it carries a title); else the name as they wrote it.
  const isSigned = (h: Hit) =>
    (signed === undefined || foldWord(h.names![0]!).toLowerCase() === signed) &&
    (within === undefined || (h.start >= within.start && h.end <= within.end));
  for (const id of nameEntries) for (const h of hits[id]!) if (h.names?.[0] && isSigned(h) && (!first || h.start < first.start)) first = h;
  if (!first && written !== undefined) return written;
  const word = first?.names?.[0];
  if (!first || !word) return word;
  const at = view.scan.lastIndexOf(word, first.end - word.length);
  // A double name the tokenizer reads as two words ("Mary-Kate", "Jean-Luc"): the prompts address the whole of it.
  const name = at < 0 ? word : word + (/^-\p{Lu}\p{Ll}+/u.exec(view.scan.slice(at + word.length, at + word.length + 21))?.[0] ?? '');
  if (at <= first.start) return name;
  const before = view.original.slice(first.start, at).trimEnd().split(/\s+/);
  const titles: string[] = [];
  while (before.length > 1 && isHonorific(before[before.length - 1]!)) titles.unshift(before.pop()!);
  return titles.length ? `${titles.join(' ')} ${name}` : name;
}

/** `lower` (a signed name, lower case) as the customer wrote it in `message`; capitalised when not found there. */
function asWritten(message: string, lower: string): string {
  const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu').exec(message);
  return m ? m[0] : lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * A greeting or vocative that opens a sentence, up to its comma, with `greetings` (an alternation of the pack's
 * greeting words, greetings.ts): "Hi,", "Hi Ana,", "Hello team,", "Dear Mr Okafor,", "Hallo Frau Schmidt,". At most
 * three words after the greeting word, so a whole clause ("Hi, thanks for waiting, …") is not taken for one. Used by
 * the `clause-start` and `opening` scopes (inScope).
 */
function leadingGreetingOf(greetings: string): RegExp {
  return new RegExp(`^[\\s\\p{P}]*(?:${greetings})([\\s.]+[\\p{L}'’.-]+){0,3}\\s*,\\s*$`, 'iu');
}

/** True when `text` holds nothing but white space and punctuation (Unicode P): what may come before a greeting or an opening word. */
const onlyPunctuation = (text: string): boolean => /^[\s\p{P}]*$/u.test(text);

/**
 * Whether a hit lies in a rule's scope: the reply's opening words (`opening`: a leading greeting or address set aside),
 * a sentence's or a clause's, its last two sentences, or anywhere. `leadingGreeting`: a sentence's opening greeting up to its comma (leadingGreetingOf).
 */
function inScope(view: TextView, h: Hit, scope: Rule['scope'] | undefined, leadingGreeting: RegExp): boolean {
  if (scope === 'greeting') {
    // The greeting is what the reply opens with: only punctuation may come before it.
    const first = view.sentences[0];
    return first !== undefined && h.start < first.end && onlyPunctuation(view.scan.slice(first.start, h.start));
  }
  if (scope === 'opening') {
    // The reply's opening words once a leading greeting or address is set aside: in the first sentence after
    // "Hi Sam, " ("Hi Sam, no, not really."), or opening the second sentence when the first is that greeting alone
    // ("Hi Sam,⏎No, not really.", "Hello team! No, sorry."). Only the pack's greeting words open an address, with at
    // most three words after them (leadingGreetingOf), so "Thanks for the logs, no, …" or a whole clause stays out.
    const first = view.sentences[0];
    if (first === undefined) return false;
    if (h.start < first.end) {
      const before = view.scan.slice(first.start, h.start);
      return onlyPunctuation(before) || leadingGreeting.test(before);
    }
    const second = view.sentences[1];
    if (second === undefined || h.start < second.start || h.start >= second.end) return false;
    const greetingAlone = view.scan.slice(first.start, first.end).replace(/[\s!.:]+$/u, ',');
    return leadingGreeting.test(greetingAlone) && onlyPunctuation(view.scan.slice(second.start, h.start));
  }
  if (scope === 'sentence-start') {
    const i = sentenceAt(view, h.start);
    return i !== -1 && /^[\s\p{P}\p{S}\d]*$/u.test(view.scan.slice(view.sentences[i]!.start, h.start));
  }
  if (scope === 'clause-start') {
    // A sentence start, or the start of a clause that frames what follows: after a leading greeting or
    // vocative ("Hi Ana, as I said …"), or after a comma, semicolon, colon or dash joining another clause
    // ("Calm down, as I said you click Reset") when the sentence goes on past the hit — a trailing
    // "…, like I said." closes the sentence as a reminder and is no frame.
    const i = sentenceAt(view, h.start);
    if (i === -1) return false;
    const s = view.sentences[i]!;
    const before = view.scan.slice(s.start, h.start);
    if (/^[\s\p{P}\p{S}\d]*$/u.test(before) || leadingGreeting.test(before)) return true;
    return /[,;:\u2013\u2014-]\s*$/u.test(before) && /[\p{L}\p{N}]/u.test(view.scan.slice(h.end, s.end));
  }
  if (scope === 'closing') {
    const last = view.sentences.length - 1;
    return last >= 0 && h.start >= view.sentences[Math.max(0, last - 1)]!.start;
  }
  return true;
}

function gather(hits: Hit[][], list: PhraseList): Hit[] {
  if (list.length === 1) return hits[list[0]!] ?? [];
  // Most of a list's entries have no hit in a draft: with one list holding hits, that list is the
  // answer as it is (a list's hits are in text order, and the sort below is stable).
  let only: Hit[] | undefined;
  let lists = 0;
  for (const id of list) {
    const h = hits[id];
    if (h !== undefined && h.length > 0) {
      only = h;
      if (++lists > 1) break;
    }
  }
  if (lists === 0) return [];
  if (lists === 1) return only!;
  const out: Hit[] = [];
  for (const id of list) for (const h of hits[id] ?? []) out.push(h);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Hits that overlap no blocker. Blockers are sorted by start; a hit overlaps one exactly when the
 * furthest end among blockers starting before the hit's end lies past the hit's start. With a
 * running maximum and a binary search this stays O(n log n) on drafts full of exceptions.
 */
function withoutOverlaps(found: Hit[], blockers: Hit[]): Hit[] {
  if (blockers.length === 0) return found;
  const maxEnd: number[] = [];
  let m = -1;
  for (const b of blockers) maxEnd.push((m = Math.max(m, b.end)));
  return found.filter((h) => {
    let lo = 0;
    let hi = blockers.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blockers[mid]!.start < h.end) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return idx === -1 || maxEnd[idx]! <= h.start;
  });
}

/** Fields of a pack whose strings are phrases or word-class words (not messages, examples or rewrites). */
const PHRASE_FIELDS = new Set(['phrases', 'except', 'with', 'without', 'unless', 'unless_draft', 'unless_after', 'followed_only_by', 'when', 'require', 'cue', 'beside', 'variants', 'words', 'verbs']);

/**
 * The words a pack's phrases and word classes spell out, lower case: what the pack itself knows to be
 * words of its language. Slots ({name}), classes (<act>) and regular-expression patterns are skipped.
 */
export function packVocabulary(pack: RulePack): Set<string> {
  const out = new Set<string>();
  const add = (s: string): void => {
    for (const w of s.replace(/\{[^}]*\}|<[^>]*>/g, ' ').match(/\p{L}+/gu) ?? []) out.add(w.toLowerCase());
  };
  const walk = (v: unknown, inPhrases: boolean): void => {
    if (typeof v === 'string') {
      if (inPhrases) add(v);
    } else if (Array.isArray(v)) for (const x of v) walk(x, inPhrases);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (k !== 'pattern') walk(x, inPhrases || PHRASE_FIELDS.has(k));
  };
  walk([pack.rules, pack.word_classes, pack.closing_questions, pack.mood_cues], false);
  return out;
}
