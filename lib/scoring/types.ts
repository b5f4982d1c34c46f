// The report contract (DESIGN.md, contract 2). The side panel, the background hub, the CLI and the
// acceptance checks all read these shapes, so changes here are contract changes.

/** Signal ids are a contract: the CLI and the extension report them under these names. */
export const SIGNAL_IDS = [
  'expectation',
  'greeting',
  'contrived-greeting',
  'ownership',
  'negative-language',
  'complaint',
  'empathy',
  'gratitude',
  'no-problem',
  'condescension',
  'bonus-tip',
  'closing-question',
  'apology',
  'personalization',
  'teach',
  'confirm-resolution',
  'terse',
] as const;

export type SignalId = (typeof SIGNAL_IDS)[number];

/**
 * While a reply has a finding of level `error`, its score is at most this: an error means the reply
 * must not go out as written (a password in it, talking down to the customer), however good the rest
 * is. 49 keeps it in the lowest band of the badge (lib/coach-state.ts `scoreBand`).
 */
export const ERROR_SCORE_CAP = 49;

export type Level = 'error' | 'warning' | 'suggestion' | 'info';

export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  /** Offsets (UTF-16 code units) into the scored text; `end` is exclusive. */
  span: Span;
  /** The text the rule objects to, when there is one. */
  actual?: string;
  /** Suggested rewrites, best first: only those that fit the sentence (lib/scoring/fit/rewrite.ts). */
  expected?: string[];
  /**
   * What Apply does for each of `expected` (same order): replace `span` (which may be wider than the
   * finding's, e.g. the whole "that's not my department") holding `actual` with `text`. Additive
   * extension of contract 2 (issue 12).
   */
  fixes?: Fix[];
  /**
   * Set when the scorer wrote `message` itself rather than taking it from the pack: a UI shows its own
   * translation of this code (pack messages are the pack's words, in the pack's locale).
   */
  code?: ScorerMessageCode;
  /** The rule's `link` (a page that explains it), when the pack gives one. Additive extension of contract 2. */
  link?: string;
}

/** One rewrite as an edit of the scored text: `text` in place of `actual` at `span`. */
export interface Fix {
  span: Span;
  actual: string;
  text: string;
}

/** Messages the scorer writes itself (not pack text); UIs translate them by this code. */
export type ScorerMessageCode = 'tip-timing-hurry' | 'tip-timing-upset' | 'tip-timing-situation' | 'question-timing-hurry' | 'question-timing-upset';

export type MoodKind = 'hurry' | 'upset' | 'confused' | 'calm';

/**
 * The customer's mood, read from their last message (contract 2, extended 2026-11-30). The flags are
 * independent ("I'm furious, I need it today!" is hurry and upset); `kind` is the one the coach leads
 * with: upset before hurry before confused, `calm` when no flag is set.
 */
export interface Mood {
  kind: MoodKind;
  hurry: boolean;
  upset: boolean;
  confused: boolean;
  /** Words of the customer's message that led to the flags, in message order. */
  evidence: string[];
}

/** What the ticket is about, as the pack's `situations` define it ("outage", "lost", "repeat", "how-to"). */
export interface Situation {
  id: string;
  /** The pack's name for it, in the pack's language. */
  label: string;
  /** Words of the subject or the customer's messages that show it. */
  evidence: string[];
  /** Mood flags this situation sets (money described as lost is distress). */
  implies?: ('hurry' | 'upset')[];
}

/** Why a piece of advice applies, or why it is held back: a mood flag, a situation id, or a state of the draft. */
export type Because =
  | { mood: MoodKind }
  | { situation: string }
  | { draft: 'solved' | 'has-signal'; signal?: string }
  | { rule: 'first-reply' | 'long-message' | 'no-topic' | 'always' };

export interface Prompt {
  id: string;
  kind: 'empathy' | 'apology' | 'mood' | 'expectation' | 'bad-news' | 'competence' | 'announce';
  text: string;
  /** Why the coach offers it now (the mood or situation it fits). */
  because?: Because[];
}

export interface ClosingQuestionState {
  id: string;
  text: string;
  asked: boolean;
  /** "Have I solved your problem?" is always asked; the other two when time allows. */
  always?: boolean;
  /** False when the coach holds it back now (the customer is in a hurry or upset); absent = shown. */
  shown?: boolean;
  /** Why it is held back, when `shown` is false: the mood or situation that rules it out. */
  hiddenBecause?: Because[];
  /**
   * When the draft asks it though this ticket holds it back (so it is shown, ticked): the mood or
   * situation that would hold it back ("Have I solved your problem?" to a customer who only thanks you
   * is not needed; an `always` question is then not "always" here).
   */
  heldBecause?: Because[];
}

export interface SignalExplanation {
  /** A built-in SignalId or a signal the pack declares under `signals`. */
  signal: string;
  /** For a declared signal: its label in the pack's locale, and in other locales when the pack gives them. */
  label?: string;
  labels?: Record<string, string>;
  present: boolean;
  weight: number;
  /** Points this signal contributed (positive) or cost (negative) in the score. */
  points: number;
  /** False when the signal is not expected right now (a bonus tip for a customer in a hurry): it neither adds nor is missing. */
  applicable?: false;
  /** The words that triggered it, when present. */
  evidence?: string;
  /**
   * Whether the method asks for it in this ticket: `expected` (missing costs points; the default when
   * absent), `optional` (counts when there, costs nothing when not: empathy for a calm how-to
   * question), `not-now` (the draft should not have it now: a bonus tip to an upset customer).
   */
  need?: 'expected' | 'optional' | 'not-now';
  /** Why it is optional or not now. */
  needBecause?: Because[];
}

export interface BonusTipAdvice {
  /** Whether a bonus tip fits now: the customer is neither in a hurry nor upset, and a tip matches the topic. */
  offer: boolean;
  /** The same, in words (English; the panel words it from `because`). */
  reason: string;
  /** Why no tip is offered (a mood, a situation, or no tip on the topic); the mood or `always` when offered. */
  because?: Because[];
  /** Tips on the ticket's topic, best match first; empty when none matches. */
  tips: { id: string; title: string; text: string; topics: string[]; matched?: string[] }[];
}

/**
 * A promise the agent made with a time in it ("I'll call you back within 15 minutes"; contract 2,
 * extended 2026-11-30). Found by `lib/scoring/commitments.ts`.
 */
export interface Commitment {
  /** The promise as written: its clause of the draft. */
  text: string;
  /** Offsets (UTF-16 code units) of `text` in the scored draft; `end` is exclusive. */
  span: Span;
  /**
   * When it falls due, ISO 8601 with the offset of the agent's zone at that instant
   * (`2026-11-30T14:15:00+01:00`). Absent when the context gave no time of writing.
   */
  due?: string;
  /** The promised action from the customer's side ("call them back"), when the language allows it. */
  action?: string;
}

export interface Report {
  score: number;
  /** Every built-in signal and every signal the pack declares, present or not. */
  signals: Record<string, boolean>;
  findings: Finding[];
  prompts: Prompt[];
  closingQuestions: ClosingQuestionState[];
  mood: Mood;
  /** What the ticket is about (outage, lost money or data, repeat contact, how-to…), from the pack's cues. */
  situations?: Situation[];
  /** Per-signal explanation of the score (optional extension of contract 2). */
  breakdown?: SignalExplanation[];
  bonusTip?: BonusTipAdvice;
  /** The customer name the scorer used (from context or the greeting). */
  customerName?: string;
  /** The pack's locale (BCP 47): the language of prompts, pack findings, closing questions and tips. */
  locale?: string;
  /** Present when error-level findings held the score down to `max` (ERROR_SCORE_CAP). */
  scoreCap?: { max: number; ruleIds: string[] };
  /**
   * Present when the text was not scored: an internal note, an empty draft, or a draft clearly in
   * another language than the pack's `locale` (then `language` says which).
   */
  skipped?: 'internal-note' | 'empty' | 'other-language';
  /** With `skipped: 'other-language'`: the draft's and the pack's language, ISO 639-1 (`de`, `en`). */
  language?: { draft: string; pack: string };
  /** The agent's promises that carry a time, in the order written (set by every scorer). */
  commitments?: Commitment[];
}

export interface ScoreContext {
  customerName?: string;
  /** The customer's last message: mood, situation and tip topics are read from it. */
  customerMessage?: string;
  boxKind?: 'public' | 'internal' | 'unknown';
  /** The ticket subject, when the page shows it: situation and tip topics. */
  subject?: string;
  /** The thread, oldest first, when the page shows it: earlier customer messages add to the situation; no agent message yet = first reply. */
  thread?: { role: 'customer' | 'agent'; text: string }[];
  /** Other fields the page shows about the ticket (product, category, tags): tip topics. */
  fields?: Record<string, string>;
  /**
   * When the reply is written: ISO 8601 (its offset is the zone when `timeZone` is absent), epoch ms,
   * or a Date. Commitments carry a `due` only when this is given.
   */
  writtenAt?: string | number | Date;
  /** The agent's time zone: an IANA name (`Europe/Berlin`) or an offset (`+01:00`); default: this runtime's. */
  timeZone?: string;
}

export interface Scorer {
  score(text: string, context?: ScoreContext): Report;
}
