// Fits a pack's rewrite into the sentence it lands in, so that Apply reads as if the agent had written
// it: the whole idiom goes ("no problem at all", "that's not my department"), a sentence start keeps
// its capital, punctuation around the edit stays single, no word or name is doubled, and a greeting is
// never put after a greeting. When a rewrite cannot be made to fit (it would flip the meaning of the
// agent's sentence, or leave it ungrammatical), it is not offered: `fitRewrite` returns null.
//
// A rewrite's shape is read from its own text:
//   phrase    "You're welcome", "Let me connect you with the team that handles this": takes the place
//             of the flagged words and the words that only leaned on them.
//   sentence  ends in . ! or ?: takes the place of the clause (or the whole sentence) it judges.
//   opener    ends in ":" or a copula ("What I can do is"): leads into what the agent says next.
//   greeting  starts with "Hi", "Hallo"…: only at the start of a draft that has no greeting yet;
//             elsewhere its greeting is dropped and the rest is fitted by its own shape.
import type { Span } from '../types';
import { addressName, type NameForm } from '../rules/rule';
import { clausesOf, indexAt, isDraftStart, isGreetingClause, lineAround, sentencesOf } from './units';
import {
  allIn,
  capitalise,
  decapitalise,
  FILLER,
  firstWord,
  GREETING,
  LEANING,
  lastWord,
  OPEN_ENDED,
  startsWith,
  SUBORDINATOR,
  VERB_SECOND,
  wordsOf,
} from './words';

/** Replace `span` (UTF-16 offsets into the draft) with `text`. */
export interface TextEdit {
  span: Span;
  text: string;
}

export interface FittedRewrite extends TextEdit {
  /** The rewrite as the panel shows it: filled, in the case it takes here, without edge spaces. */
  label: string;
}

export interface RewriteContext {
  /** The customer's name as the page gives it, for `{name}`. */
  name?: string | undefined;
  /** Which part of it the pack's lines use (pack `address`); the first name when absent. */
  nameForm?: NameForm | undefined;
}

/** Words that carry a degree and belong to the idiom before them ("no problem at all"). */
const IDIOM_TAIL = /^[ \t]+(?:at all|whatsoever|at all whatsoever)\b/i;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/**
 * The edit that puts `rewrite` in place of the flagged words `hit` of `text`, or null when the
 * rewrite does not fit there. `rewrite` may hold `{name}`. Pure; reads at most `REACH` characters
 * either side of the hit.
 */
export function fitRewrite(text: string, hit: Span, rewrite: string, ctx: RewriteContext = {}): FittedRewrite | null {
  return fitRewrites(text, hit, [rewrite], ctx)[0] ?? null;
}

/** `fitRewrite` for each of `rewrites`, best first, leaving out those that do not fit and repeats. */
export function fitRewrites(text: string, hit: Span, rewrites: readonly string[], ctx: RewriteContext = {}): FittedRewrite[] {
  const place = placeOf(text, hit);
  if (!place) return [];
  const name = addressName(ctx.name, ctx.nameForm);
  const out: FittedRewrite[] = [];
  for (const rewrite of rewrites) {
    const fit = fitOne(text, place, rewrite, name);
    if (fit && !out.some((o) => o.label === fit.label)) out.push(fit);
  }
  return out;
}

/** Where the flagged words stand: their line's sentences, their sentence's clauses, and what to replace. */
interface Place {
  sentences: Span[];
  si: number;
  sentence: Span;
  clauses: Span[];
  unit: Unit;
  /** The flagged words widened over what only leaned on them. */
  span: Span;
}

function placeOf(text: string, hit: Span): Place | null {
  const sentences = sentencesOf(text, lineAround(text, hit.start));
  const si = indexAt(sentences, hit.start);
  if (si === -1) return null;
  const sentence = sentences[si]!;
  const clauses = clausesOf(text, sentence);
  const first = indexAt(clauses, hit.start);
  if (first === -1) return null;
  // A flagged phrase may run over a comma ("I know, it's terrible"): its unit is every clause it touches.
  let last = first;
  while (last + 1 < clauses.length && clauses[last + 1]!.start < hit.end) last++;
  const unit: Unit = { first, last, span: { start: clauses[first]!.start, end: clauses[last]!.end } };
  return { sentences, si, sentence, clauses, unit, span: widen(text, hit, unit.span) };
}

function fitOne(text: string, place: Place, rewrite: string, name: string | undefined): FittedRewrite | null {
  const { sentences, si, sentence, clauses, unit, span } = place;
  let r = rewrite.trim();
  if (startsWith(r, GREETING)) {
    const greetingBefore = (unit.first > 0 && isGreetingClause(text, clauses[0]!)) || draftGreets(text, unit.span);
    if (greetingBefore || !isDraftStart(text, sentence.start)) r = dropGreeting(r);
    if (!r) return null;
  }
  r = fillName(r, nameOutside(text, sentence, span, name) ? undefined : name);

  let edit: TextEdit | null;
  if (SENTENCE_END.test(r)) edit = fitSentence(text, sentence, clauses, unit, r, name);
  else if (/:$/.test(r) || /\s(is|are)$/i.test(r) || /,\s*(ist|sind)$/i.test(r)) edit = fitOpener(text, sentences, si, unit, span, r);
  else if (/,$/.test(r)) edit = fitLead(text, sentences, si, r, name);
  else edit = fitPhrase(text, sentence, unit, span, r, name);
  if (!edit || !readsRight(text, edit, name)) return null;
  return { ...edit, label: labelOf(edit.text) };
}

/** The clauses a flagged phrase touches (indices into its sentence's clauses) and the text they cover. */
interface Unit {
  first: number;
  last: number;
  span: Span;
}

/** The flagged words plus what only leaned on them: idiom tails, a missing object, a bare subject. */
function widen(text: string, hit: Span, clause: Span): Span {
  let { start, end } = hit;
  const tail = IDIOM_TAIL.exec(text.slice(end, clause.end));
  if (tail) end += tail[0].length;
  const flagged = text.slice(hit.start, hit.end);
  if (end < clause.end && (OPEN_ENDED.has(lastWord(flagged)) || startsWith(flagged, SUBORDINATOR))) end = clause.end;
  const before = text.slice(clause.start, start);
  if (before.trim() && allIn(before, LEANING)) start = clause.start;
  return { start, end };
}

/** A sentence rewrite replaces the clauses it judges; asides and a greeting around them are kept or dropped. */
function fitSentence(text: string, sentence: Span, clauses: Span[], unit: Unit, r: string, name?: string): TextEdit | null {
  const { first } = unit;
  let { last } = unit;
  // "New PIN: 4711": what follows a colon is the flagged clause's own content.
  while (last + 1 < clauses.length && text.slice(clauses[last]!.end, clauses[last + 1]!.start).includes(':')) last++;
  const greeting = first > 0 && isGreetingClause(text, clauses[0]!);
  const content = clauses.filter((c, i) => (i < first || i > last) && !(greeting && i === 0) && !allIn(text.slice(c.start, c.end), LEANING, FILLER));
  if (content.length === 0) {
    // The sentence says nothing else: it goes whole (after a greeting, the greeting stays).
    if (greeting) return { span: { start: clauses[first]!.start, end: sentence.end }, text: decapitalise(r, name ? [name] : []) };
    return { span: { start: sentence.start, end: sentence.end }, text: capitalise(r) };
  }
  if (first === 0 && !greeting) {
    // The rewrite becomes a sentence of its own, and the rest of the sentence starts the next one.
    const next = clauses[last + 1]!;
    // "…, but I've ordered a toner": the joining word has nothing left to join.
    const joiner = /^(?:but|and|so|yet|though|aber|und|doch)[ \t]+/i.exec(text.slice(next.start, next.end));
    const from = next.start + (joiner?.[0].length ?? 0);
    return { span: { start: sentence.start, end: from + 1 }, text: `${capitalise(r)} ${text[from]!.toUpperCase()}` };
  }
  if (last === clauses.length - 1) {
    const prev = clauses[first - 1]!;
    return { span: { start: prev.end, end: sentence.end }, text: `. ${capitalise(r)}` };
  }
  return null;
}

/**
 * An opener leads into what follows: in place of a lead-in ("As I already explained, …"), of a whole
 * sentence that only says no (before the next sentence), or — for "What I can do is" — of everything
 * up to "but I can" ("I can't refund it, but I can give you credit").
 */
function fitOpener(text: string, sentences: Span[], si: number, unit: Unit, span: Span, r: string): TextEdit | null {
  const sentence = sentences[si]!;
  if (/\s(is|are)$/i.test(r)) {
    const rest = text.slice(span.end, sentence.end);
    const but = /,\s*but\s+(?:I|we)\s+can\s+(?=[\p{L}])/iu.exec(rest);
    if (!but || !isDraftStartOf(text, sentence.start, span.start)) return null;
    return { span: { start: sentence.start, end: span.end + but.index + but[0].length }, text: `${capitalise(r)} ` };
  }
  if (!/:$/.test(r)) return null;
  // A lead-in is a whole first clause ("As I already explained,") or a sentence adverb ("Obviously").
  const flagged = text.slice(span.start, span.end);
  const leadIn =
    isDraftStartOf(text, sentence.start, span.start) && (span.end >= unit.span.end || (wordsOf(flagged).length === 1 && /ly$/i.test(flagged)));
  const after = text.slice(span.end, sentence.end);
  const gap = /^[ \t]*[,:;—–-]?[ \t]*/.exec(after)![0];
  const rest = after.slice(gap.length);
  if (leadIn && wordsOf(rest).length > 0) {
    const first = firstWord(rest);
    if (first && VERB_SECOND.has(first.word.toLowerCase())) return null;
    return { span: { start: span.start, end: span.end + gap.length }, text: `${capitalise(r)} ` };
  }
  const next = sentences[si + 1];
  const said = text.slice(sentence.start, span.start) + text.slice(span.end, sentence.end);
  if (next && allIn(said, LEANING, FILLER)) return { span: { start: sentence.start, end: next.start }, text: `${capitalise(r)} ` };
  return null;
}

/** A greeting that ends in a comma ("Hi {name},") opens the draft; the next sentence goes on after it. */
function fitLead(text: string, sentences: Span[], si: number, r: string, name?: string): TextEdit | null {
  const sentence = sentences[si]!;
  if (!isDraftStart(text, sentence.start)) return null;
  const next = sentences[si + 1];
  if (!next) return { span: sentence, text: capitalise(r) };
  const nextText = text.slice(next.start, next.end);
  return { span: { start: sentence.start, end: next.end }, text: `${capitalise(r)} ${decapitalise(nextText, name ? [name] : [])}` };
}

/**
 * A phrase takes the place of the clause the flagged words make up (with the words that leaned on
 * them); inside a longer clause it would leave the agent's other words dangling, so it does not fit.
 */
function fitPhrase(text: string, sentence: Span, unit: Unit, span: Span, r: string, name?: string): TextEdit | null {
  if (span.start > unit.span.start || span.end < unit.span.end) return null;
  const atStart = isDraftStartOf(text, sentence.start, span.start);
  let out = atStart ? capitalise(r) : decapitalise(r, name ? [name] : []);
  let end = span.end;
  const after = text.slice(end, sentence.end);
  // German puts the verb second: what replaces a fronted clause takes the first place, without a comma.
  const v2 = /^,[ \t]*/.exec(after);
  if (atStart && v2) {
    const first = firstWord(after.slice(v2[0].length));
    if (first && VERB_SECOND.has(first.word.toLowerCase())) {
      end += v2[0].length;
      out += ' ';
    }
  }
  if (/[,;:]$/.test(out) && /^[ \t]*[,;:.!?]/.test(text.slice(end))) out = out.slice(0, -1);
  return { span: { start: span.start, end }, text: out };
}

/** True when nothing but spaces and punctuation lies between `from` and `to`. */
function isDraftStartOf(text: string, from: number, to: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(from, to));
}

/** The draft opens with a greeting before `clause`, so another one would double it. */
function draftGreets(text: string, clause: Span): boolean {
  const from = text.search(/\S/);
  if (from === -1 || from >= clause.start) return false;
  const first = sentencesOf(text, lineAround(text, from))[0];
  const lead = first && clausesOf(text, first)[0];
  return !!lead && lead.end <= clause.start && isGreetingClause(text, lead);
}

/** "Hello {name}, thanks for getting in touch." → "thanks for getting in touch."; "Hi {name}," → "". */
function dropGreeting(r: string): string {
  const comma = r.indexOf(',');
  if (comma === -1) return '';
  return r.slice(comma + 1).trim();
}

/** The name is already in the sentence outside the edit: the rewrite must not say it again. */
function nameOutside(text: string, sentence: Span, span: Span, name?: string): boolean {
  if (!name) return false;
  const outside = wordsOf(text.slice(sentence.start, span.start) + ' ' + text.slice(span.end, sentence.end));
  return outside.includes(name.toLowerCase());
}

/** Fills {name}; without a name, drops the slot and the comma that set it off ("Hi {name}," → "Hi,"). */
function fillName(text: string, name: string | undefined): string {
  if (!text.includes('{name}')) return text;
  if (name) return text.replaceAll('{name}', name);
  return text
    .replace(/^\{name\},\s*/, '')
    .replace(/,\s*\{name\}(?=[.!?]|$)/g, '')
    .replace(/\s*\{name\}/g, '')
    .trim();
}

/** No word doubled across an edge of the edit, no "at all" left behind, no name said twice. */
function readsRight(text: string, edit: TextEdit, name?: string): boolean {
  const line = lineAround(text, edit.span.start);
  const before = text.slice(line.start, edit.span.start);
  const after = text.slice(edit.span.end, Math.max(edit.span.end, line.end));
  if (edit.text === text.slice(edit.span.start, edit.span.end)) return false;
  if (/^[ \t]*(?:at all|whatsoever)\b/i.test(after)) return false;
  const words = wordsOf(edit.text);
  // The rewrite is already said in the same line ("Happy to help, no problem!").
  const around = ` ${wordsOf(before + ' ' + after).join(' ')} `;
  if (words.length > 1 && around.includes(` ${words.join(' ')} `)) return false;
  if (words.length > 0) {
    const prev = wordsOf(before.slice(-40));
    const next = wordsOf(after.slice(0, 40));
    if (prev[prev.length - 1] === words[0] || next[0] === words[words.length - 1]) return false;
  }
  if (name) {
    const n = name.toLowerCase();
    const count = (s: string) => wordsOf(s).filter((w) => w === n).length;
    const was = count(text.slice(line.start, Math.max(edit.span.end, line.end)));
    const now = count(before + ' ' + edit.text + ' ' + after);
    if (now > 1 && now > was) return false;
  }
  return true;
}

function labelOf(text: string): string {
  return text.replace(/^[\s.]+/, '').trim();
}
