// A small learned layer over the scorer's own structures: per signal, a logistic regression whose
// inputs are what the run already knows about each sentence of the reply — which rules fired there,
// which word classes occur in it (the pack's <we>, <act>, <channel>… and a few closed classes of
// English: second person, negation, modals, time words, because-words), its shape (a question, an
// imperative opening, a URL or command) and which of those occur together in one sentence.
// Weights come from scripts/train-learned.ts (tuning rows only) and live in learned-weights.generated.ts.
// Pure: no DOM, no extension API.
import type { RulePack } from '../rule-pack/schema';
import type { Engine, Run } from './engine';
import { MatcherTable, type Hit, type PhraseList } from './matchers';
import { sentenceAt } from './text';
import { QUOTE_NORM, TOKEN_WORD } from './tokens';
import type { Span } from './types';
import { compileWordClasses } from './word-classes';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';

/**
 * Closed classes of English the pack does not name (the learned layer's own): person, negation,
 * modality, time, cause, and the words of a request for a report back.
 */
export const LEARNED_CLASSES: Record<string, { words: string[] }> = {
  'l-i': { words: ['I', 'me', 'my', 'myself'] },
  'l-we': { words: ['we', 'us', 'our', 'ourselves', 'the team'] },
  'l-you': { words: ['you', 'your', 'yours', 'yourself'] },
  'l-neg': { words: ['not', "n't", 'never', 'no', 'cannot', 'unable', 'unfortunately', 'only'] },
  'l-future': { words: ["'ll", 'will', 'shall', 'going to', 'gonna'] },
  'l-modal': { words: ['can', 'could', 'may', 'might', 'should', 'must', 'would', 'need to', 'have to', 'has to'] },
  'l-perfect': { words: ["'ve", 'have', 'has', 'had'] },
  'l-time': {
    words: [
      'today', 'tomorrow', 'tonight', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month',
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening',
      'soon', 'shortly', 'asap', 'once', 'when', 'until', 'by the end of', 'next', 'later', 'within',
    ],
  },
  'l-cause': { words: ['because', 'since', 'due to', 'caused by', 'the reason', 'happens', 'happen', 'means', 'so that', 'which is why'] },
  'l-how': { words: ['to do this', 'in order to', 'go to', 'navigate to', 'open', 'click', 'select', 'choose', 'type', 'run', 'set', 'settings', 'menu', 'option', 'tab'] },
  'l-feedback': { words: ['let me know', 'let us know', 'tell me', 'tell us', 'keep me posted', 'keep us posted', 'get back to me', 'report back', 'confirm'] },
  'l-please': { words: ['please', 'kindly'] },
  'l-thanks': { words: ['thanks', 'thank you', 'appreciate'] },
  'l-sorry': { words: ['sorry', 'apologise', 'apologize', 'apologies'] },
  'l-cond': { words: ['if', 'unless', 'whether'] },
};

/** The word classes whose presence in a sentence is a feature: the default pack's, the built-in tests, the layer's own. */
const CLASS_NAMES = [...Object.keys(DEFAULT_PACK.word_classes ?? {}), 'action', 'action:past', 'action:ing', 'unpleasant', ...Object.keys(LEARNED_CLASSES)];

/** One signal's model: logistic regression over binary features, and when it may change the rules' verdict. */
export interface LearnedLabel {
  /** The report's signal id ("ownership"). */
  signal: string;
  bias: number;
  /** Feature name → weight; absent features weigh 0. */
  weights: Record<string, number>;
  /** Probability above which the layer adds the signal the rules missed; absent: never adds. */
  add?: number;
  /** Probability below which the layer drops a signal the rules set; absent: never vetoes. */
  veto?: number;
}

export interface LearnedModel {
  labels: LearnedLabel[];
}

/** The features of one reply: per sentence (index as in `view.sentences`) and for the whole reply. */
export interface ReplyFeatures {
  sentences: Set<string>[];
  /** Union of the sentence features, plus what belongs to no sentence (a rule fired without evidence). */
  reply: Set<string>;
}

/** What the layer decided for one signal. */
export interface LearnedVerdict {
  signal: string;
  /** Probability the reply shows the signal. */
  p: number;
  /** 'add': the rules missed it; 'veto': the rules' hit is dropped. */
  change: 'add' | 'veto';
  /** The sentence whose features weigh most for the signal (offsets into the reply). */
  span: Span;
}

export interface LearnedLayer {
  /** The features of a run (for training, tests and the verdicts below). */
  features(run: Run): ReplyFeatures;
  /** The changes the model makes to the rules' signals for this run; empty when none. */
  verdicts(run: Run, features?: ReplyFeatures): LearnedVerdict[];
  /** Makes those changes in `run.signals` (a veto deletes the signal, an add sets it at its span) and returns them. */
  apply(run: Run): LearnedVerdict[];
}

/** Sentence shapes: a question, an imperative or "please" opening, a link, a command or path, quoted text. */
function shapeFeatures(text: string, first: string | undefined, add: (f: string) => void): void {
  if (/\?\s*$/.test(text)) add('s:question');
  if (/https?:\/\/|www\./i.test(text)) add('s:url');
  if (/`|\$ \w|(?:^|\s)--?[a-z][\w-]+|\w\/\w+\/|\b\w+\.(?:exe|conf|json|ya?ml|ini|log|sh|txt|cfg)\b|[A-Z]:\\/.test(text)) add('s:code');
  if (first !== undefined) add(`s:open-${first}`);
}

const CLAUSE_BREAK = new Set([',', ';', ':', 'and', 'but', 'so', 'or', '(', ')']);

const OPENERS: Record<string, string> = {};
for (const w of ['please', 'try', 'check', 'go', 'click', 'open', 'make', 'use', 'run', 'select', 'restart', 'reinstall', 'update', 'contact', 'reach', 'call', 'visit', 'send', 'dm', 'email', 'let', 'feel'])
  OPENERS[w] = 'imp';
for (const w of ['i', 'we']) OPENERS[w] = 'first';
for (const w of ['you', 'your']) OPENERS[w] = 'you';
for (const w of ['if', 'when', 'once', 'unless']) OPENERS[w] = 'cond';
for (const w of ['this', 'that', 'it', 'these', 'there']) OPENERS[w] = 'this';
for (const w of ['is', 'are', 'does', 'do', 'did', 'has', 'have', 'can', 'could', 'would', 'will', 'was']) OPENERS[w] = 'aux';

/**
 * Compiles the layer for a pack: its class entries ("<we>", "<act>", …) and the model's weights.
 * With `engine` (compiled from the same pack) the entries join the engine's own table, so the
 * run's one scan finds them and `features` reads `run.hits`: every run given to the layer must then
 * come from that engine. Without it (or when a class holds a {name} slot, which the engine's scan
 * would fill with the customer's name) the layer keeps a small table of its own and scans the run's
 * tokens again when it needs the features.
 */
export function compileLearned(pack: RulePack, model: LearnedModel, engine?: Engine): LearnedLayer {
  const classes = compileWordClasses(DEFAULT_PACK.word_classes, pack.word_classes, LEARNED_CLASSES);
  const nameSlot = CLASS_NAMES.some((name) => classes(name)?.some((m) => m.includes('{')));
  const table = engine && !nameSlot ? undefined : new MatcherTable(classes);
  const names: string[] = [];
  const lists: PhraseList[] = [];
  for (const name of CLASS_NAMES) {
    try {
      // The pack's classes resolve the same with the engine's lookup (shared with its entries);
      // the layer's own (l-…) with the layer's.
      const phrase = [`<${name}>`];
      lists.push(table ? table.addList(phrase) : engine!.addPhrases(phrase, name in LEARNED_CLASSES ? classes : undefined));
      names.push(name);
    } catch {
      // A pack that redefines a class out of existence: that feature is simply absent.
    }
  }
  const noName = () => false;
  // Feature names made once: per class "c:<name>", per ordered pair of classes "c:<a>>c:<b>" (a
  // class listed twice shares its first number, so it pairs with itself as one).
  const classFeature = names.map((n) => `c:${n}`);
  const featureId = names.map((n) => names.indexOf(n));
  const pairFeature = featureId.map((a) => featureId.map((b) => `${classFeature[a]!}>${classFeature[b]!}`));

  const features = (run: Run): ReplyFeatures => {
    const { view } = run;
    const sentences = view.sentences.map(() => new Set<string>());
    const reply = new Set<string>();
    const at = (offset: number) => sentenceAt(view, offset);
    const put = (i: number, f: string) => (i >= 0 ? sentences[i]!.add(f) : reply.add(f));
    // Rules: where each fired (its evidence, or each finding's span).
    for (const { compiled, result } of run.results) {
      const id = compiled.rule.id;
      if (result.fired) {
        const spans: Span[] = result.evidence ? [result.evidence] : result.findings.map((f) => f.span);
        if (spans.length === 0) reply.add(`r:${id}`);
        for (const s of spans) put(at(s.start), `r:${id}`);
      }
    }
    // Word classes.
    const hits: Hit[][] = table ? table.scanAll(view.scan, view.tokens, noName) : run.hits;
    const classSets = view.sentences.map(() => new Set<string>());
    lists.forEach((list, k) => {
      for (const h of hits[list[0]!] ?? []) {
        const i = at(h.start);
        if (i >= 0) classSets[i]!.add(classFeature[k]!);
      }
    });
    // Shapes, and the first word of each sentence.
    let t = 0;
    const tokens = view.tokens;
    view.sentences.forEach((s, i) => {
      while (t < tokens.length && tokens[t]!.start < s.start) t++;
      let first: string | undefined;
      for (let u = t; u < tokens.length && tokens[u]!.start < s.end; u++) {
        const tok = tokens[u]!;
        if (tok.norm === QUOTE_NORM) classSets[i]!.add('s:quote');
        else if (first === undefined && tok.kind === TOKEN_WORD) first = OPENERS[tok.norm] ?? 'other';
      }
      shapeFeatures(view.scan.slice(s.start, s.end), first, (f) => classSets[i]!.add(f));
      if (i === 0) classSets[i]!.add('s:first');
      if (i === view.sentences.length - 1 && i > 0) classSets[i]!.add('s:last');
    });
    classSets.forEach((set, i) => {
      for (const f of set) sentences[i]!.add(f);
    });
    // Co-occurrence within a clause, in word order ("c:we>c:act"): class hits in text order, cut into
    // clauses at clause punctuation and coordinators. (Unordered pairs per sentence did worse in
    // cross-validation; docs/eval.md.)
    // A mark's f: the class's feature number, or -1 for a clause break.
    const marks: { at: number; f: number }[] = [];
    lists.forEach((list, k) => {
      for (const h of hits[list[0]!] ?? []) marks.push({ at: h.start, f: featureId[k]! });
    });
    for (const tok of tokens) if (CLAUSE_BREAK.has(tok.norm)) marks.push({ at: tok.start, f: -1 });
    marks.sort((a, b) => a.at - b.at || (a.f === -1 ? -1 : b.f === -1 ? 1 : 0));
    let clause: number[] = [];
    let si = -2;
    for (const m of marks) {
      const i = at(m.at);
      if (m.f === -1 || i !== si) {
        clause = [];
        si = i;
        if (m.f === -1) continue;
      }
      if (i < 0) continue;
      for (const g of clause) if (g !== m.f) sentences[i]!.add(pairFeature[g]![m.f]!);
      if (!clause.includes(m.f)) clause.push(m.f);
    }
    for (const s of sentences) for (const f of s) reply.add(f);
    return { sentences, reply };
  };

  // A label's model is only used with the rules it was trained with: an English pack that has every
  // rule its weights name (the default pack, or one that extends it). Other packs get no changes.
  const ruleIds = new Set(pack.rules.filter((r) => r.enabled).map((r) => r.id));
  const usable = pack.locale === 'en' ? model.labels.filter((m) => Object.keys(m.weights).every((f) => !f.startsWith('r:') || ruleIds.has(f.slice(2)))) : [];

  const verdicts = (run: Run, given?: ReplyFeatures): LearnedVerdict[] => {
    const out: LearnedVerdict[] = [];
    let f: ReplyFeatures | undefined = given;
    for (const m of usable) {
      if (m.add === undefined && m.veto === undefined) continue;
      const has = run.signals.has(m.signal);
      if (has ? m.veto === undefined : m.add === undefined) continue;
      f ??= features(run);
      const p = probability(m, f.reply);
      if (!has && p >= m.add!) out.push({ signal: m.signal, p, change: 'add', span: strongest(m, f, run, 1) });
      else if (has && p < m.veto!) out.push({ signal: m.signal, p, change: 'veto', span: strongest(m, f, run, -1) });
    }
    return out;
  };

  return {
    features,
    verdicts,
    apply(run) {
      const out = usable.length ? verdicts(run) : [];
      for (const v of out) {
        if (v.change === 'veto') run.signals.delete(v.signal);
        else run.signals.set(v.signal, v.span);
      }
      return out;
    },
  };
}

/** σ(bias + Σ weights of the present features). */
export function probability(m: Pick<LearnedLabel, 'bias' | 'weights'>, present: Iterable<string>): number {
  let z = m.bias;
  for (const f of present) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The sentence whose features sum highest (sign 1) or lowest (sign -1) for the label, as a span of the reply. */
function strongest(m: LearnedLabel, f: ReplyFeatures, run: Run, sign: 1 | -1): Span {
  let best = -Infinity;
  let span: Span = { start: 0, end: 0 };
  f.sentences.forEach((set, i) => {
    let z = 0;
    for (const x of set) z += m.weights[x] ?? 0;
    if (sign * z > best) {
      best = sign * z;
      span = run.view.sentences[i]!;
    }
  });
  // Trim the sentence's outer spaces so the span points at its words.
  const text = run.view.original.slice(span.start, span.end);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return { start: span.start + lead, end: Math.max(span.start + lead, span.end - trail) };
}
