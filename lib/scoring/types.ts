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
}

/** One rewrite as an edit of the scored text: `text` in place of `actual` at `span`. */
export interface Fix {
  span: Span;
  actual: string;
  text: string;
}

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

export interface Prompt {
  id: string;
  kind: 'empathy' | 'apology' | 'mood' | 'expectation' | 'bad-news' | 'competence';
  text: string;
}

export interface ClosingQuestionState {
  id: string;
  text: string;
  asked: boolean;
  /** "Have I solved your problem?" is always asked; the other two when time allows. */
  always?: boolean;
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
}

export interface BonusTipAdvice {
  /** Whether a bonus tip fits now; false when the customer is in a hurry or upset. */
  offer: boolean;
  reason: string;
  tips: { id: string; title: string; text: string; topics: string[] }[];
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
  /** Per-signal explanation of the score (optional extension of contract 2). */
  breakdown?: SignalExplanation[];
  bonusTip?: BonusTipAdvice;
  /** The customer name the scorer used (from context or the greeting). */
  customerName?: string;
  /** Present when error-level findings held the score down to `max` (ERROR_SCORE_CAP). */
  scoreCap?: { max: number; ruleIds: string[] };
  /** Present when the text was not scored as customer-facing (internal notes). */
  skipped?: 'internal-note' | 'empty';
  /** The agent's promises that carry a time, in the order written (set by every scorer). */
  commitments?: Commitment[];
}

export interface ScoreContext {
  customerName?: string;
  customerMessage?: string;
  boxKind?: 'public' | 'internal' | 'unknown';
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
