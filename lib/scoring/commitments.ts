// The agent's promises that carry a time ("I'll call you back within 15 minutes", "wir melden uns
// bis Freitag"), with the time resolved against when the reply was written, in the agent's zone.
//
// Speed: this runs on every draft the background scores. A draft without a first-person promise cue
// costs one regular-expression test per language; chrono-node only reads the clauses that hold a cue,
// and its answers are kept for the same clause and second.
import type { ParsedResult } from 'chrono-node/en';
import type { Commitment, ScoreContext } from './types';
import { opensWithThought } from './actions';
import { clauses, sentences, type Clause } from './commitments/clauses';
import { languagesFor, type Cue, type Language } from './commitments/languages';
import { END_OF_DAY_HOUR, START_OF_DAY_HOUR } from './commitments/parsers';
import { addDays, formatIso, instantOf, isZone, offsetMinutes, offsetOfIso, systemZone, wallTime, type WallTime, type Zone } from './commitments/zoned-time';
import { holdsDraftText } from './draft-memory';

/** Finds the commitments of one draft; `context.writtenAt` present means each carries a `due`. */
export type CommitmentFinder = (text: string, context?: Pick<ScoreContext, 'writtenAt' | 'timeZone'>) => Commitment[];

interface Reference {
  ms: number;
  zone: Zone;
  /** False when the context gave no time of writing: promises are found, no due is claimed. */
  known: boolean;
}

const CACHE_SIZE = 64;
/** chrono's word for the present moment is no promise of a time ("I'm looking into it now"). */
const NOW_ONLY = /^(?:right\s+)?now$|^(?:jetzt|gerade|sofort)$/iu;

/** Compiles the finder for a pack's locale (`en`, `de`, `de-AT`…; see `languagesFor`). */
export function compileCommitments(locale?: string): CommitmentFinder {
  const languages = languagesFor(locale);
  // Parsed against the minute of writing, so the clauses not being edited are not parsed again on
  // every keystroke; durations ("within 15 minutes") are moved by the seconds left out (dueOf).
  const cache = holdsDraftText(new Map<string, ParsedResult[]>());
  const parse = (lang: Language, text: string, ref: Reference): ParsedResult[] => {
    if (!lang.timeHint.test(text)) return [];
    const minute = Math.floor(ref.ms / 60_000) * 60_000;
    const key = `${lang.id}\u0000${minute}\u0000${ref.zone}\u0000${text}`;
    let hit = cache.get(key);
    if (hit) {
      cache.delete(key);
    } else {
      const reference = { instant: new Date(minute), timezone: offsetMinutes(minute, ref.zone) };
      hit = lang.chrono.parse(text, reference, { forwardDate: true }).filter((r) => !NOW_ONLY.test(r.text.trim()));
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, hit);
    return hit;
  };

  return (text, context = {}) => {
    const active = languages.filter((l) => l.anyCue.test(text));
    if (active.length === 0) return [];
    const ref = referenceOf(context);
    const found: Commitment[] = [];
    for (const sentence of sentences(text)) {
      // A promise needs a time, and the time is read within its sentence (its clause or a
      // neighbour): a sentence without any word chrono could read as a time holds none. Clause
      // edges fall on spaces and punctuation, so a clause's time word is its sentence's too.
      const here = text.slice(sentence.start, sentence.end);
      const timed = active.filter((l) => l.timeHint.test(here));
      if (timed.length === 0) continue;
      const parts = clauses(text, sentence.start, sentence.end);
      for (let i = 0; i < parts.length; i++) {
        for (const lang of timed) {
          // One test of all the language's cues at once; most clauses hold none.
          if (!lang.anyCue.test(text.slice(parts[i]!.start, parts[i]!.end))) continue;
          const c = promiseIn(text, parts, i, lang, ref, parse);
          if (c) {
            found.push(c);
            break;
          }
        }
      }
    }
    return found;
  };
}

function referenceOf(context: Pick<ScoreContext, 'writtenAt' | 'timeZone'>): Reference {
  const { writtenAt, timeZone } = context;
  const ms =
    writtenAt === undefined ? Date.now() : writtenAt instanceof Date ? writtenAt.getTime() : typeof writtenAt === 'number' ? writtenAt : Date.parse(writtenAt);
  const known = writtenAt !== undefined && Number.isFinite(ms);
  const fromIso = typeof writtenAt === 'string' ? offsetOfIso(writtenAt) : null;
  const zone = timeZone && isZone(timeZone) ? timeZone : (fromIso ?? systemZone());
  return { ms: known ? ms : Date.now(), zone, known };
}

type Parse = (lang: Language, text: string, ref: Reference) => ParsedResult[];

function promiseIn(text: string, parts: Clause[], i: number, lang: Language, ref: Reference, parse: Parse): Commitment | null {
  const clause = parts[i]!;
  const ct = text.slice(clause.start, clause.end);
  const cue = firstCue(ct, lang.cues);
  if (!cue || clause.closedBy === '?') return null;
  const after = ct.slice(cue.end);
  if (lang.negatedAfter.test(after) || lang.negatedInClause?.test(ct) || lang.state.test(after)) return null;
  // A thought is no promise ("I'll know more by Friday"): the notion of an action ownership uses (actions.ts).
  if (lang.id === 'en' && cue.def.verbFollows && opensWithThought(after)) return null;
  if (lang.negatedBefore.test(ct.slice(0, cue.start))) return null;
  if (governedByPrevious(text, parts, i, lang)) return null;

  const time = timeOf(text, parts, i, cue.start, lang, ref, parse);
  if (!time) return null;
  const due = dueOf(time.result, time.before, lang, ref);
  if (due !== null && due < ref.ms - 60_000) return null;

  const start = time.frontStart ?? (cue.def.inverted ? clause.start : clause.start + cue.start);
  const end = Math.max(clause.end, time.at + time.result.text.length);
  const commitment: Commitment = { text: text.slice(start, end), span: { start, end } };
  if (ref.known && due !== null) commitment.due = formatIso(due, ref.zone);
  if (lang.id === 'en' && cue.def.verbFollows) {
    const inAfter = time.at - (clause.start + cue.end);
    const action = actionOf(after, inAfter >= 0 ? { start: inAfter, end: inAfter + time.result.text.length } : undefined, lang);
    if (action) commitment.action = action;
  }
  return commitment;
}

function firstCue(clause: string, cues: Cue[]): { def: Cue; start: number; end: number } | null {
  let best: { def: Cue; start: number; end: number } | null = null;
  for (const def of cues) {
    def.re.lastIndex = 0;
    const m = def.re.exec(clause);
    if (!m || (best && m.index >= best.start)) continue;
    if (def.requires && !def.requires.test(clause)) continue;
    best = { def, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** "I can't promise, we'll …", "Ich hoffe, wir melden uns …": the clause before takes it back. */
function governedByPrevious(text: string, parts: Clause[], i: number, lang: Language): boolean {
  const prev = parts[i - 1];
  if (!prev || prev.closedBy === '.' || prev.closedBy === '!' || prev.closedBy === '?') return false;
  const own = text.slice(parts[i]!.start, parts[i]!.end);
  if (/^\s*(?:but|however|aber|jedoch|doch)\b/iu.test(own)) return false;
  const before = text.slice(prev.start, prev.end);
  const m = lang.negatedBefore.exec(before);
  if (!m) return false;
  if (lang.dependent.test(own)) return true;
  const rest = before.slice(m.index + m[0].length).trim();
  return rest === '' || rest.split(/\s+/).length <= 2;
}

/** The part of a chrono result's components this file changes: a copy with one value set. */
interface Assignable {
  clone(): Assignable;
  assign(component: 'year' | 'month' | 'day', value: number): Assignable;
}

/**
 * "today by 3 pm", "heute bis 15 Uhr", "morgen um 10 Uhr": chrono reads the day and the hour as two
 * results when a word stands between them, and the day alone would be due at the start or end of
 * the working day. When `day` names a day but no hour and the next result of the clause, after only
 * filler words ("by", "bis", "um"), names an hour but no day, the two are read as one: that hour on
 * that day, spanning both; a range from a day to an hour alone is read as that hour on that day, and
 * a range between two hours as its end. Otherwise `day` itself. Neither result is changed (they are cached).
 */
function withHourAfter(day: ParsedResult, results: ParsedResult[], clause: string, lang: Language): ParsedResult {
  const d = day.start;
  // A window of hours chrono reads as a range ("tomorrow from 10 to 12", "morgen von 10 bis 12 Uhr"):
  // the promise is kept once the window is over, so it falls due at its end (as "zwischen 10 und 12
  // Uhr", read by the desk parser in commitments/parsers.ts).
  if (day.end && d.isCertain('hour') && day.end.isCertain('hour')) return { ...day, start: day.end, end: undefined } as ParsedResult;
  if (d.isCertain('hour') || !(d.isCertain('day') || d.isCertain('weekday'))) return day;
  const onDay = (h: ParsedResult['start']): ParsedResult['start'] => {
    const start = (h as unknown as Assignable).clone();
    start.assign('year', d.get('year')!).assign('month', d.get('month')!).assign('day', d.get('day')!);
    return start as unknown as ParsedResult['start'];
  };
  const hourOnly = (h: ParsedResult['start']) => h.isCertain('hour') && !h.isCertain('day') && !h.isCertain('weekday') && !h.isCertain('timezoneOffset');
  // chrono-de reads "heute bis 15 Uhr" as a range from today to 15:00: the promise is due at its end.
  if (day.end) return hourOnly(day.end) ? ({ ...day, start: onDay(day.end), end: undefined } as ParsedResult) : day;
  const next = results.find((r) => r.index >= day.index + day.text.length);
  if (!next || next.end || !hourOnly(next.start)) return day;
  if (!onlyFiller(clause.slice(day.index + day.text.length, next.index), lang)) return day;
  return { ...next, index: day.index, text: clause.slice(day.index, next.index + next.text.length), start: onDay(next.start) } as ParsedResult;
}

interface TimeFound {
  result: ParsedResult;
  /** Offset of the time phrase in the draft. */
  at: number;
  /** The words just before it (for "by", "bis"). */
  before: string;
  /** Where the promise starts when the time opens it ("Tomorrow morning, I'll …"). */
  frontStart?: number;
}

function timeOf(text: string, parts: Clause[], i: number, cueStart: number, lang: Language, ref: Reference, parse: Parse): TimeFound | null {
  const clause = parts[i]!;
  const ct = text.slice(clause.start, clause.end);
  const found = (part: Clause, r: ParsedResult, fronted: boolean): TimeFound => {
    const local = text.slice(part.start, part.end);
    const f: TimeFound = { result: r, at: part.start + r.index, before: local.slice(Math.max(0, r.index - 24), r.index) };
    if (fronted) f.frontStart = part.start;
    return f;
  };
  const results = parse(lang, ct, ref);
  const afterCue = results.find((r) => r.index >= cueStart);
  if (afterCue) return found(clause, withHourAfter(afterCue, results, ct, lang), false);
  const front = results.find((r) => r.index < cueStart && onlyFiller(ct.slice(0, r.index), lang));
  if (front) return found(clause, front, true);
  // A time standing alone next to the promise: "Tomorrow morning, I'll …", "I'll call, by 3 at the latest".
  // "Ich melde mich, sobald ich mehr weiß, spätestens aber morgen": past one dependent clause too.
  const next = parts[i + 1];
  const neighbours = next && lang.dependent.test(text.slice(next.start, next.end)) ? [i - 1, i + 1, i + 2] : [i - 1, i + 1];
  for (const j of neighbours) {
    const part = parts[j];
    if (!part || (j < i && part.closedBy !== ',')) continue;
    const pt = text.slice(part.start, part.end);
    const r = parse(lang, pt, ref).find((x) => onlyFiller(pt.slice(0, x.index) + ' ' + pt.slice(x.index + x.text.length), lang));
    if (r) return found(part, r, j < i);
  }
  return null;
}

function onlyFiller(rest: string, lang: Language): boolean {
  const words = rest.replace(lang.filler, ' ').match(/[\p{L}\p{N}]+/gu);
  return !words || words.length === 0;
}

/** The instant a time phrase names, with the help desk's reading of dates given without an hour. */
function dueOf(result: ParsedResult, before: string, lang: Language, ref: Reference): number | null {
  const s = result.start;
  // Durations ("within 15 minutes") and times with their own zone ("3 pm EST") are instants already.
  if (s.isCertain('timezoneOffset')) return s.date().getTime() + (s.tags().has('result/relativeDateAndTime') ? ref.ms % 60_000 : 0);
  const get = (c: Parameters<typeof s.get>[0], fallback: number) => s.get(c) ?? fallback;
  const wall: WallTime = {
    year: get('year', 1970),
    month: get('month', 1),
    day: get('day', 1),
    hour: get('hour', 0),
    minute: get('minute', 0),
    second: s.isCertain('second') ? get('second', 0) : 0,
  };
  if (s.isCertain('hour') && !s.isCertain('meridiem') && wall.hour >= 1 && wall.hour <= 7) {
    // "I'll call you at 3": a help desk means the afternoon, today if that is still ahead.
    wall.hour += 12;
    if (!s.isCertain('day') && !s.isCertain('weekday')) {
      const today = wallTime(ref.ms, ref.zone);
      Object.assign(wall, { year: today.year, month: today.month, day: today.day });
      if (instantOf(wall, ref.zone) <= ref.ms) Object.assign(wall, addDays(wall, 1));
    }
  }
  if (!s.isCertain('hour')) {
    const around = `${before} ${result.text}`;
    const deadline = lang.deadline.test(before);
    if (lang.morning.test(around)) {
      wall.hour = START_OF_DAY_HOUR;
      wall.minute = 0;
    } else if (!lang.partOfDay.test(result.text)) {
      // A date alone: "by Friday" is a deadline at the end of Friday's working day, "on Friday" an
      // appointment at its start (or its end, when that start has passed).
      if (!s.isCertain('day') && !s.isCertain('weekday') && s.isCertain('month') && deadline) wall.day = daysIn(wall.year, wall.month);
      wall.hour = deadline ? END_OF_DAY_HOUR : START_OF_DAY_HOUR;
      wall.minute = 0;
      if (!deadline && instantOf(wall, ref.zone) <= ref.ms) wall.hour = END_OF_DAY_HOUR;
    }
  }
  return instantOf(wall, ref.zone);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "call you back within 15 minutes" → "call them back": the promised action, from the customer's side. */
function actionOf(after: string, time: { start: number; end: number } | undefined, lang: Language): string | undefined {
  let s = after;
  if (time) s = `${s.slice(0, time.start).replace(/\b(?:by|before|until|till|within|in|at|on|no\s+later\s+than)\s*$/iu, '')} ${s.slice(time.end)}`;
  s = s
    .replace(/\b(?:also|then|just|personally|definitely|certainly|gladly|happily|at\s+the\s+latest|latest)\b/giu, ' ')
    .replace(/\byou\b/giu, 'them')
    .replace(/\byour\b/giu, 'their')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,.;:!]+$/g, '')
    .replace(/\s+(?:and|or|but|so)$/iu, '');
  if (!s || lang.id !== 'en') return undefined;
  const words = s.split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : s;
}
