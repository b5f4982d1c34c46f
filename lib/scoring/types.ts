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
  /** Suggested rewrites, best first. */
  expected?: string[];
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
  /** The words that triggered it, when present. */
  evidence?: string;
}

export interface BonusTipAdvice {
  /** Whether a bonus tip fits now; false when the customer is in a hurry or upset. */
  offer: boolean;
  reason: string;
  tips: { id: string; title: string; text: string; topics: string[] }[];
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
}

export interface ScoreContext {
  customerName?: string;
  customerMessage?: string;
  boxKind?: 'public' | 'internal' | 'unknown';
}

export interface Scorer {
  score(text: string, context?: ScoreContext): Report;
}
