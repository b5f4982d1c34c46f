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
import { isStatusReport, statusStepsOf } from './teach-reading';
import { endsInQuestion, sentenceAt } from './text';
import { QUOTE_NORM, TOKEN_WORD } from './tokens';
import type { Span } from './types';
import { compileWordClasses } from './word-classes';
import { lemmaOf, surfacesOf, WORD_PREFIX, wordOfFeature } from './learned-words';
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
  // Session 15 (judgement-a), for teach: what holds in general rather than for this case, a result
  // clause, and what asks the customer for something back or to try a step (T1, T2).
  'l-general': {
    words: [
      'whenever', 'every time', 'each time', 'always', 'by default', 'automatically', 'usually', 'normally',
      'generally', 'typically', 'in future', 'in the future', 'next time', 'from now on', 'going forward', 'any time',
    ],
  },
  'l-so': { words: ['so', 'therefore', 'otherwise', 'which means', 'that is why', "that's why", 'as a result', 'thus'] },
  'l-askback': {
    words: [
      'can you', 'could you', 'would you', 'send me', 'send us', 'share', 'attach', 'post the', 'paste', 'provide',
      'screenshot', 'log', 'logs', 'output', 'version',
    ],
  },
  'l-try': { words: ['try', 'restart', 'reboot', 'reinstall', 'update', 'clear', 'again'] },
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
  /**
   * Fewest words (TextView.words, the agent's own) a reply must hold before the layer may veto; absent:
   * any length. A short reply gives the model too few features to overrule a rule's match (session 15:
   * the teach veto dropped one-sentence rules such as "We never ask for your password over the phone.").
   */
  vetoMinWords?: number;
  /**
   * Features (names as in `weights`, e.g. "c:l-cause") any one of which, present in the reply, forbids a veto;
   * absent: none. RULINGS T1 counts a stated cause as teaching, and the model may not overrule that: the teach
   * veto had dropped "declined because the postcode did not match … please update it and try again" once the
   * reply also asked for a retry or a screenshot (session 15 review).
   */
  vetoUnless?: string[];
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
  /**
   * The features of a run (for training, tests and the verdicts below). `clauses` (default true): include the
   * clause readings ("k:…"); the verdicts pass false when no model weighs one, so a keystroke never builds them.
   */
  features(run: Run, clauses?: boolean): ReplyFeatures;
  /**
   * The changes the model makes to the rules' signals for this run; empty when none. No teach add on a status-only
   * reply (teachAddGated, session 44).
   */
  verdicts(run: Run, features?: ReplyFeatures): LearnedVerdict[];
  /** Makes those changes in `run.signals` (a veto deletes the signal, an add sets it at its span) and returns them. */
  apply(run: Run): LearnedVerdict[];
}

/** Sentence shapes: a link, a command or path (a question: `endsInQuestion`). */
const HAS_URL = /https?:\/\/|www\./i;
const HAS_CODE = /`|\$ \w|(?:^|\s)--?[a-z][\w-]+|\w\/\w+\/|\b\w+\.(?:exe|conf|json|ya?ml|ini|log|sh|txt|cfg)\b|[A-Z]:\\/;
/**
 * What every match of HAS_CODE holds literally (one of its alternatives' fixed characters): a text
 * without any of these has no sentence HAS_CODE matches. HAS_URL has no anchor, so a text it does
 * not match has no such sentence either.
 */
const MAY_HAVE_CODE = /[`/-]|\$ |:\\|\.(?:exe|conf|json|ya?ml|ini|log|sh|txt|cfg)/;

/** What a sentence's first word is (OPENERS' values; any other word: 'other'). */
const OPENER_KINDS = ['imp', 'first', 'you', 'cond', 'this', 'aux', 'other'] as const;

/**
 * The shape features: a question, a link, a command or path, quoted text, the opening word's kind,
 * the first and last sentence, a question with "you" in it, a reply ending in a question, and the
 * reply's length in words (under 12, under 30, under 80, more).
 */
const SHAPES = [
  's:question', 's:url', 's:code', 's:quote', 's:first', 's:last', 's:ask-you', 's:ends-question',
  ...OPENER_KINDS.map((k) => `s:open-${k}` as const),
  'len:1', 'len:2', 'len:3', 'len:4',
] as const;

const CLAUSE_BREAK = new Set([',', ';', ':', 'and', 'but', 'so', 'or', '(', ')']);

// Null-prototype tables: a token such as "constructor" or "toString" must read as an ordinary word, not as Object.prototype's function.
const OPENERS: Record<string, string> = Object.create(null) as Record<string, string>;
for (const w of ['please', 'try', 'check', 'go', 'click', 'open', 'make', 'use', 'run', 'select', 'restart', 'reinstall', 'update', 'contact', 'reach', 'call', 'visit', 'send', 'dm', 'email', 'let', 'feel'])
  OPENERS[w] = 'imp';
for (const w of ['i', 'we']) OPENERS[w] = 'first';
for (const w of ['you', 'your']) OPENERS[w] = 'you';
for (const w of ['if', 'when', 'once', 'unless']) OPENERS[w] = 'cond';
for (const w of ['this', 'that', 'it', 'these', 'there']) OPENERS[w] = 'this';
for (const w of ['is', 'are', 'does', 'do', 'did', 'has', 'have', 'can', 'could', 'would', 'will', 'was']) OPENERS[w] = 'aux';

/** Codes per offset in a clause mark (offset × MARK_CODES + code): 0 a break, 1–7 subjects, 8 + class. */
const MARK_CODES = 1024;

/** Ascending numeric order, for Array.prototype.sort. */
const byNumber = (a: number, b: number): number => a - b;

/** Who acts in a clause, read from its first word: the subjects the layer tells apart. */
const SUBJECT_NAMES = ['i', 'we', 'you', 'third', 'imp'] as const;
const SUBJECT_IMPERATIVE = 4;
const SUBJECTS: Record<string, number> = Object.create(null) as Record<string, number>;
SUBJECTS.i = 0;
for (const w of ['we', 'our']) SUBJECTS[w] = 1;
for (const w of ['you', 'your']) SUBJECTS[w] = 2;
for (const w of ['it', 'this', 'that', 'these', 'those', 'there', 'they', 'he', 'she', 'the', 'a', 'an'])
  SUBJECTS[w] = 3;
for (const w of ['please', 'kindly', 'try', 'check', 'go', 'click', 'open', 'make', 'use', 'run', 'select', 'restart', 'reinstall', 'update', 'contact', 'reach', 'call', 'visit', 'send', 'dm', 'email', 'feel', 'let'])
  SUBJECTS[w] = SUBJECT_IMPERATIVE;

/**
 * Clause readings (session 39, learned): per clause, who acts (SUBJECT_NAMES, or `x` when the clause's first
 * word names no subject), its tense or modality, read from the classes in the clause (CLAUSE_TENSES, the first
 * that holds wins: a negation, a future, a perfect, a modal, a past form, an -ing form, else the present), and
 * the verb class that acts (CLAUSE_VERBS: the pack's own classes of what an agent does, promises, refuses,
 * sends on or asks for, and actions.ts's built-in action test). Each verb class in a clause gives one closed
 * feature "k:we.fut.act", and each object class after it in the clause one more, "k:act>o:you". Closed
 * structure instead of open words (session 38's words made ownership and negative language worse out of fold):
 * RULINGS O1–O3 read ownership as a first-person subject doing a case action now, done or promised, and N1–N3
 * read negative language as a refusal, a denied ability or a redirect to another party, i.e. exactly these
 * subject × tense × verb-class × object combinations. The classes are looked up by name; one a pack lacks is
 * simply never read.
 */
export const CLAUSE_VERBS = ['act', 'own-fix', 'done-change', 'refusal-act', 'send-to', 'nl-pass-on', 'trial', 'howto', 'mechanism', 'self-report', 'contact', 'report-ask', 'action'] as const;
/** Clause tense / modality, in the order they win (see CLAUSE_VERBS), each with the classes that show it. */
export const CLAUSE_TENSES: readonly (readonly [string, readonly string[]])[] = [
  ['neg', ['l-neg', 'nl-neg']],
  ['fut', ['l-future', 'fut']],
  ['perf', ['l-perfect']],
  ['modal', ['l-modal']],
  ['past', ['action:past']],
  ['ing', ['action:ing']],
];
/** Object classes read after a clause's verb class: the customer (you / your case), a fix or build, another party. */
export const CLAUSE_OBJECTS: readonly (readonly [string, readonly string[]])[] = [
  ['you', ['l-you']],
  ['fix', ['fix-carrier']],
  ['fault', ['fix-fault']],
  ['other', ['elsewhere', 'channel', 'staff']],
];
/** Whether a feature name is a clause reading ("k:we.fut.act", "k:act>o:you"). */
export function isClauseFeature(name: string): boolean {
  return name.startsWith('k:');
}

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
  // S46 (judge-t): the status gate's steps are this pack's <howto> verbs (a team pack's class replaces the default's).
  const statusSteps = statusStepsOf(classes('howto', 'base') ?? []);
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
  // Every feature other than a rule's has a number: the classes (a class listed twice shares its
  // first number, so it pairs with itself as one), each ordered pair of classes in a clause, the
  // subjects, each subject with a class after it, and the sentence shapes and length buckets. Names
  // ("c:<name>", "c:<a>>c:<b>", "subj:we>c:act", "s:question", "len:2") are made once, here.
  const n = names.length;
  // The clause marks below pack a class number into the low ten bits (8 + class): more classes would
  // spill into the offset. CLASS_NAMES is a fixed list, so this guards an edit of the layer, not a pack.
  if (8 + n > MARK_CODES) throw new Error(`learned layer: ${n} classes do not fit the ${MARK_CODES - 8} clause-mark codes`);
  const featureId = names.map((name) => names.indexOf(name));
  const PAIRS = n;
  const SUBJ = PAIRS + n * n;
  const SUBJ_PAIRS = SUBJ + SUBJECT_NAMES.length;
  const SHAPE = SUBJ_PAIRS + SUBJECT_NAMES.length * n;
  const featureName: string[] = names.map((name) => `c:${name}`);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) featureName.push(`${featureName[featureId[a]!]!}>${featureName[featureId[b]!]!}`);
  for (const s of SUBJECT_NAMES) featureName.push(`subj:${s}`);
  for (const s of SUBJECT_NAMES) for (let b = 0; b < n; b++) featureName.push(`subj:${s}>${featureName[featureId[b]!]!}`);
  featureName.push(...SHAPES);
  const S = Object.fromEntries(SHAPES.map((name, k) => [name, SHAPE + k])) as Record<(typeof SHAPES)[number], number>;
  const LENGTH = [S['len:1'], S['len:2'], S['len:3'], S['len:4']];
  const baseAction = names.indexOf('action');
  // The word input (session 38, learned-words.ts): only the words some model weighs get a number — each
  // base form L as "w:L" (WORD + k) and after each clause subject s as "subj:s>w:L" (WORD + W + s·W + k)
  // — and the run-time walk finds them by one lookup of the token's norm in SURFACE_ID (every inflection
  // of L maps to k). A model without word weights makes W 0 and the walk skips words entirely.
  const lemmas: string[] = [];
  {
    const seen = new Set<string>();
    for (const m of model.labels)
      for (const name of Object.keys(m.weights)) {
        const l = wordOfFeature(name);
        if (l !== undefined) {
          if (!seen.has(l)) {
            seen.add(l);
            lemmas.push(l);
          }
        }
      }
  }
  const W = lemmas.length;
  const WORD = featureName.length;
  for (const l of lemmas) featureName.push(`${WORD_PREFIX}${l}`);
  for (const s of SUBJECT_NAMES) for (const l of lemmas) featureName.push(`subj:${s}>${WORD_PREFIX}${l}`);
  const lemmaIndex = new Map(lemmas.map((l, k) => [l, k]));
  const SURFACE_ID = new Map<string, number>();
  for (const [surface, l] of surfacesOf(lemmas)) SURFACE_ID.set(surface, lemmaIndex.get(l)!);
  // Clause readings (session 39, CLAUSE_VERBS): each class's role in a clause (a tense, a verb class, an object
  // class; -1 none) and the feature numbers "k:<subject>.<tense>.<verb>" (CLAUSE + (s·TN + t)·V + v) and
  // "k:<verb>>o:<object>" (CLAUSE_OBJ + v·O + o). The walk reads them only when some model weighs one
  // (`clauseUsed`) or for the trainer (`features`).
  const roleOf = (table: readonly (readonly [string, readonly string[]])[]): Int8Array => {
    const out = new Int8Array(n).fill(-1);
    table.forEach(([, classes], r) => {
      for (const c of classes) {
        const k = names.indexOf(c);
        if (k >= 0 && out[k]! < 0) out[k] = r;
      }
    });
    return out;
  };
  const tenseOf = roleOf(CLAUSE_TENSES);
  const verbOf = roleOf(CLAUSE_VERBS.map((v) => [v, [v]] as const));
  const objectOf = roleOf(CLAUSE_OBJECTS);
  const TN = CLAUSE_TENSES.length + 1;
  const PRESENT = TN - 1;
  const V = CLAUSE_VERBS.length;
  const O = CLAUSE_OBJECTS.length;
  const NO_SUBJECT = SUBJECT_NAMES.length;
  const CLAUSE = featureName.length;
  for (const s of [...SUBJECT_NAMES, 'x']) for (const t of [...CLAUSE_TENSES.map(([name]) => name), 'pres']) for (const v of CLAUSE_VERBS) featureName.push(`k:${s}.${t}.${v}`);
  const CLAUSE_OBJ = featureName.length;
  for (const v of CLAUSE_VERBS) for (const [o] of CLAUSE_OBJECTS) featureName.push(`k:${v}>o:${o}`);
  const clauseUsed = model.labels.some((m) => Object.keys(m.weights).some(isClauseFeature));

  /**
   * Walks a run's word classes, sentence shapes and clauses once, giving each feature found to
   * `put` with its sentence (index in `view.sentences`; -1: the reply as a whole). A feature may be
   * given more than once. The rules' own features (r:…) are not walked here.
   */
  const walk = (run: Run, put: (sentence: number, feature: number) => void, word?: (sentence: number, subject: number, norm: string) => void, clauses = true): void => {
    const { view } = run;
    const sentences = view.sentences;
    // `sentenceAt`, asked first about the sentence of the last answer and the one after it: a class's
    // hits come mostly in text order, so most need no binary search (the sentences are in text order
    // and do not overlap, so the answer is the same).
    let near = 0;
    const at = (offset: number): number => {
      const s = sentences[near];
      if (s !== undefined && offset >= s.start) {
        if (offset < s.end) return near;
        const next = sentences[near + 1];
        // After this sentence and before the next (or after the last): in no sentence.
        if (next === undefined || offset < next.start) return -1;
        if (offset < next.end) return ++near;
        // Further on than the next sentence: search.
      }
      const i = sentenceAt(view, offset);
      if (i >= 0) near = i;
      return i;
    };
    const hits: Hit[][] = table ? table.scanAll(view.scan, view.tokens, noName) : run.hits;
    // Word classes; and where a base-form action verb starts (an imperative when it opens a clause).
    const actionAt = new Set<number>();
    for (let k = 0; k < n; k++) {
      for (const h of hits[lists[k]![0]!] ?? []) {
        const i = at(h.start);
        if (i >= 0) put(i, featureId[k]!);
        if (k === baseAction) actionAt.add(h.start);
      }
    }
    // Shapes, the first word of each sentence, and who acts in each clause: the clause's first word
    // read as its subject (I / we / you / a third person or thing / an imperative verb), as a mark
    // that pairs with the classes after it in the clause ("subj:we>c:act", "subj:you>c:l-neg").
    // Marks sort as numbers: offset × MARK_CODES + code (0 a clause break, 1 + subject, 8 + class).
    const marks: number[] = [];
    const tokens = view.tokens;
    let t = 0;
    const last = view.sentences.length - 1;
    // A sentence can show a link or a command only when the whole text can (see MAY_HAVE_CODE): most
    // drafts have neither, and their sentences are then not tested one by one.
    const urlAnywhere = HAS_URL.test(view.scan);
    const codeAnywhere = MAY_HAVE_CODE.test(view.scan);
    view.sentences.forEach((s, i) => {
      while (t < tokens.length && tokens[t]!.start < s.start) t++;
      let first: string | undefined;
      let clauseOpen = true;
      let subject = -1;
      let you = false;
      for (let u = t; u < tokens.length && tokens[u]!.start < s.end; u++) {
        const tok = tokens[u]!;
        if (tok.norm === QUOTE_NORM) put(i, S['s:quote']);
        else if (CLAUSE_BREAK.has(tok.norm)) {
          clauseOpen = true;
          subject = -1;
          marks.push(tok.start * MARK_CODES);
        } else if (tok.kind === TOKEN_WORD) {
          first ??= OPENERS[tok.norm] ?? 'other';
          if (tok.norm === 'you' || tok.norm === 'your') you = true;
          if (clauseOpen) {
            clauseOpen = false;
            subject = SUBJECTS[tok.norm] ?? (actionAt.has(tok.start) ? SUBJECT_IMPERATIVE : -1);
            if (subject >= 0) {
              put(i, SUBJ + subject);
              marks.push(tok.start * MARK_CODES + 1 + subject);
            }
          }
          if (word) word(i, subject, tok.norm);
        }
      }
      const question = endsInQuestion(view.scan, s.start, s.end);
      if (question) put(i, S['s:question']);
      if (urlAnywhere || codeAnywhere) {
        const text = view.scan.slice(s.start, s.end);
        if (urlAnywhere && HAS_URL.test(text)) put(i, S['s:url']);
        if (codeAnywhere && HAS_CODE.test(text)) put(i, S['s:code']);
      }
      if (first !== undefined) put(i, S[`s:open-${first as (typeof OPENER_KINDS)[number]}`]);
      if (question && you) put(i, S['s:ask-you']);
      if (i === 0) put(i, S['s:first']);
      if (i === last && i > 0) {
        put(i, S['s:last']);
        if (question) put(-1, S['s:ends-question']);
      }
    });
    // The reply's length in words, bucketed: a one-liner, a short reply, a paragraph, a long answer.
    put(-1, LENGTH[view.words < 12 ? 0 : view.words < 30 ? 1 : view.words < 80 ? 2 : 3]!);
    // Co-occurrence within a clause, in word order ("c:we>c:act"): class hits in text order, cut into
    // clauses at clause punctuation and coordinators. (Unordered pairs per sentence did worse in
    // cross-validation; docs/eval.md.)
    for (let k = 0; k < n; k++) for (const h of hits[lists[k]![0]!] ?? []) marks.push(h.start * MARK_CODES + 8 + k);
    // Integers below 2^53, sorted as numbers in place (a typed array copy per run cost more than the sort: 2026-12-04).
    const sorted = marks.sort(byNumber);
    const clause: number[] = [];
    let si = -2;
    // The marks come in offset order, so their sentences are found by a pointer that only moves
    // forward (`sentenceAt`'s answer: the sentences are in text order and do not overlap).
    let p = 0;
    // The clause being read (clause readings): its subject, its winning tense, its verb classes.
    let cSubject = NO_SUBJECT;
    let cTense = PRESENT;
    const cVerbs: number[] = [];
    const flush = () => {
      if (si >= 0) for (const v of cVerbs) put(si, CLAUSE + (cSubject * TN + cTense) * V + v);
      cSubject = NO_SUBJECT;
      cTense = PRESENT;
      cVerbs.length = 0;
    };
    for (const mark of sorted) {
      const code = mark % MARK_CODES;
      const offset = (mark - code) / MARK_CODES;
      while (p < sentences.length && offset >= sentences[p]!.end) p++;
      const i = p < sentences.length && offset >= sentences[p]!.start ? p : -1;
      if (code === 0 || i !== si) {
        if (clauses) flush();
        clause.length = 0;
        si = i;
        if (code === 0) continue;
      }
      if (i < 0) continue;
      if (code < 8) {
        clause.push(-code);
        cSubject = code - 1;
        continue;
      }
      if (clauses) {
        const k = code - 8;
        const t = tenseOf[k]!;
        if (t >= 0 && t < cTense) cTense = t;
        const o = objectOf[k]!;
        if (o >= 0) for (const v of cVerbs) put(i, CLAUSE_OBJ + v * O + o);
        const v = verbOf[k]!;
        if (v >= 0 && !cVerbs.includes(v)) cVerbs.push(v);
      }
      const f = featureId[code - 8]!;
      for (const g of clause) if (g !== f) put(i, g < 0 ? SUBJ_PAIRS + (-g - 1) * n + f : PAIRS + g * n + f);
      if (!clause.includes(f)) clause.push(f);
    }
    if (clauses) flush();
  };

  const features = (run: Run, clauses = true): ReplyFeatures => {
    const { view } = run;
    const sentences = view.sentences.map(() => new Set<string>());
    const reply = new Set<string>();
    const at = (offset: number) => sentenceAt(view, offset);
    // Rules: where each fired (its evidence, or each finding's span).
    for (const { compiled, result } of run.results) {
      const id = compiled.rule.id;
      if (result.fired) {
        const spans: Span[] = result.evidence ? [result.evidence] : result.findings.map((f) => f.span);
        if (spans.length === 0) reply.add(`r:${id}`);
        for (const s of spans) {
          const i = at(s.start);
          (i >= 0 ? sentences[i]! : reply).add(`r:${id}`);
        }
      }
    }
    // The walk's features straight into the sets (the verdicts' sums need only its distinct numbers,
    // `distinct`; this walks the run again, only for the trainer, tests and a verdict's span).
    // Every word by name (the trainer needs the words no model weighs yet); a model's sum reads only its own.
    walk(
      run,
      (i, f) => {
        (i >= 0 ? sentences[i]! : reply).add(featureName[f]!);
      },
      (i, subject, norm) => {
        const l = lemmaOf(norm);
        sentences[i]!.add(`${WORD_PREFIX}${l}`);
        if (subject >= 0) sentences[i]!.add(`subj:${SUBJECT_NAMES[subject]!}>${WORD_PREFIX}${l}`);
      },
      clauses,
    );
    for (const s of sentences) for (const f of s) reply.add(f);
    return { sentences, reply };
  };

  /**
   * A model's weights by feature number, for `logit`: the same sum as `probability` over
   * `features(run).reply`, without making a name or a set per feature.
   */
  const numeric = (m: LearnedLabel) => {
    // A class listed twice has its name twice: its weight goes to the first number, the one `walk` gives.
    const byName = new Map<string, number>();
    featureName.forEach((name, f) => byName.has(name) || byName.set(name, f));
    const w = new Float64Array(featureName.length);
    const rules = new Map<string, number>();
    for (const [name, weight] of Object.entries(m.weights)) {
      if (name.startsWith('r:')) rules.set(name.slice(2), weight);
      else {
        const f = byName.get(name);
        if (f !== undefined) w[f] = weight;
      }
    }
    return { w, rules };
  };
  const compiledModels = new Map<LearnedLabel, ReturnType<typeof numeric>>();
  /**
   * `walk`'s distinct feature numbers of a run, in the order `walk` first gives each (what every
   * label's `logit` sums: once per run instead of once per label), made once per run. Only the
   * numbers: a 50 KB draft gives ~60,000 (sentence, feature) pairs and a few hundred distinct
   * features, and the pairs are wanted only for `features` (a verdict that changes a signal), which
   * walks again. Same order, so the same floating-point sums.
   */
  const walked = new WeakMap<Run, number[]>();
  const seenOnce = new Uint32Array(featureName.length);
  let seenStamp = 0;
  const distinct = (run: Run): number[] => {
    const out = walked.get(run);
    if (out !== undefined) return out;
    const stamp = ++seenStamp;
    const list: number[] = [];
    const put = (_i: number, f: number) => {
      if (seenOnce[f] !== stamp) {
        seenOnce[f] = stamp;
        list.push(f);
      }
    };
    walk(
      run,
      put,
      W === 0
        ? undefined
        : (i, subject, norm) => {
            const k = SURFACE_ID.get(norm);
            if (k === undefined) return;
            put(i, WORD + k);
            if (subject >= 0) put(i, WORD + W + subject * W + k);
          },
      clauseUsed,
    );
    walked.set(run, list);
    return list;
  };
  /**
   * Whether `features(run).reply` holds `name`, without making the features: a rule's feature
   * (r:…) is there when the rule fired, any other when `walk` gives its number (every sentence's
   * features are the reply's too).
   */
  const replyHas = (run: Run, name: string): boolean => {
    if (name.startsWith('r:')) {
      const id = name.slice(2);
      return run.results.some(({ compiled, result }) => result.fired && compiled.rule.id === id);
    }
    const fs = distinct(run);
    for (let j = 0; j < fs.length; j++) if (featureName[fs[j]!] === name) return true;
    return false;
  };
  /** bias + Σ weights of the reply's features (each counted once), for the run. */
  const logit = (m: LearnedLabel, run: Run): number => {
    let c = compiledModels.get(m);
    if (!c) compiledModels.set(m, (c = numeric(m)));
    const { w } = c;
    let z = m.bias;
    for (const { compiled, result } of run.results) if (result.fired) z += c.rules.get(compiled.rule.id) ?? 0;
    const fs = distinct(run);
    for (let j = 0; j < fs.length; j++) z += w[fs[j]!]!;
    return z;
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
      // The probability from feature numbers; the named features only for a change (its span).
      const p = f ? probability(m, f.reply) : 1 / (1 + Math.exp(-logit(m, run)));
      if (!has && p >= m.add! && m.signal === 'teach' && teachAddGated(run, (f ??= features(run, clauseUsed)), statusSteps)) continue;
      if (!has && p >= m.add!) out.push({ signal: m.signal, p, change: 'add', span: strongest(m, (f ??= features(run, clauseUsed)), run, 1) });
      else if (has && vetoes(m, p, run.view.words, (x) => (f ? f.reply.has(x) : replyHas(run, x)))) out.push({ signal: m.signal, p, change: 'veto', span: strongest(m, (f ??= features(run, clauseUsed)), run, -1) });
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

/**
 * Features (learned.ts LEARNED_CLASSES, as "c:<class>") that say a reply explains a cause or hands the customer a step:
 * "because", "due to", "happens", "which means" (l-cause); "go to", "open", "click", "settings" (l-how); "whenever",
 * "by default", "next time" (l-general, what holds beyond this case); "so", "therefore", "otherwise" (l-so, a result).
 * Any one of them in the reply lifts the teach add gate (teachAddGated).
 */
export const TEACH_ADD_GATE_OPENERS = ['c:l-cause', 'c:l-how', 'c:l-general', 'c:l-so'] as const;

/**
 * The STATUS GATE on the learned teach ADD (session 44, judge-g): true when the model may not add teach the rules
 * missed, because the reply reports the state of the customer's case — some agent sentence is a bare status report
 * (teach-reading.ts isStatusReport: "your parcel is at the depot and will go out tomorrow", "the refund has been
 * processed") — and nothing in it explains a cause or gives a step (none of TEACH_ADD_GATE_OPENERS). RULINGS T1 counts
 * a bare status report out ("fixed now", "still delayed"); the word model, trained on chat and tracker rows, had read
 * 30-word status replies as teach on their closed-class words (learned-s38f.test.ts). Edges: the gate only stops the
 * ADD — a teach the rules set is never touched by it, and the model's veto is unchanged; a status sentence next to a
 * cause ("… because the address was incomplete") or a step ("… open Orders to track it") leaves the add to the model;
 * a reply with no status sentence (a how-it-works explanation in plain clauses) is not gated.
 * `steps` is the step test of the pack the layer was compiled for (teach-reading.ts statusStepsOf its <howto> verbs,
 * S46); without it, the default pack's.
 */
export function teachAddGated(run: Run, f: ReplyFeatures, steps?: RegExp): boolean {
  if (TEACH_ADD_GATE_OPENERS.some((x) => f.reply.has(x))) return false;
  const { view } = run;
  return view.sentences.some((s) => isStatusReport(view.scan.slice(s.start, s.end), steps));
}

/**
 * Whether a label's veto drops a signal the rules set: `p` (0–1) below `veto`, a reply of at least
 * `vetoMinWords` words (TextView.words), and none of `vetoUnless` among its features (`has`, asked only
 * when the other two hold). One definition for the layer and for the trainer's cross-validation
 * (scripts/train-learned.ts combine).
 */
export function vetoes(s: Pick<LearnedLabel, 'veto' | 'vetoMinWords' | 'vetoUnless'>, p: number, words: number, has: (feature: string) => boolean): boolean {
  return s.veto !== undefined && p < s.veto && words >= (s.vetoMinWords ?? 0) && !s.vetoUnless?.some(has);
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
