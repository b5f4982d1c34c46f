// What in a customer's message is not the customer's own voice, for reading their mood: text a system,
// a log or a document wrote and the customer passes on. "The log shows: ERROR: connection lost!",
// "point 3 says:\n\nDo NOT deploy…", a stack trace line, `ERROR_CODE_TIMEOUT` or `sendASAP()` say
// how the system behaves, not how the customer feels (RULINGS U1: a calm fault report is not upset).
// Quotation marks, `code` and fenced blocks are blanked already by text.ts (quotes.ts); this adds what
// engineers paste without quotation marks. English words of reporting; pure, linear in the text.
import type { Span } from './types';

/**
 * A word that introduces text written by someone or something else when a colon follows it: verbs
 * of saying and showing ("the docs say:", "it returns:") and the nouns of system output ("Event log:",
 * "error message:", "Stack trace:"). Session 40: and a sample announced by its shape ("The bus trace looks like
 * this:", "the config is as follows:"), which is pasted, not said — only after a verb of being or looking or a noun of
 * output ("It feels like this: …" is the customer's own words), and only before code-like text (SAMPLE_INTRODUCER).
 */
const INTRODUCER =
  /(?<![\p{L}\p{N}_])(?:says?|said|reads|read|states?|stated|shows?|showed|shown|showing|displays?|displayed|displaying|prints?|printed|printing|returns?|returned|returning|throws?|threw|thrown|gives?|gave|giving|reports?|reported|outputs?|logs?|logged|message|messages|error|errors|warning|warnings|exception|trace|traceback|backtrace|output|response|dmesg|console|stderr|stdout|following|below|(?<=(?<![\p{L}\p{N}_])(?:looks?|looked|looking|is|are|was|were|goes|went|reads|output|outputs|log|logs|error|errors|message|messages|trace|dump|file|config|response)\s{1,3})(?:like\s{1,3}this|like\s{1,3}so|as\s{1,3}follows))\s*:/giu;

/**
 * A line a program wrote: a log level, a bracketed stamp, a timestamp, a stack frame. Not a bracket that
 * asks for speed ("[Urgent] can't print invoices", "[URGENT] payroll fails", "[Req Urgent Support] …"): a
 * program's stamp holds no urgency word, the customer's subject tag does (session 21; session 20's wider
 * reading of every worded bracket as the customer's cost a kept-aside hurry hit after retraining). Nor a label that
 * ends in a colon ("[the customer's follow-up:] Two days without a response", "[Update:] still broken"): a program's
 * stamp never does, an editor's label introduces the customer's own words (session 22).
 */
const LOG_LINE =
  /^[ \t]*(?:(?:\[(?![^\]\n]*(?<!\p{L})(?:[Uu]rgent|URGENT|[Uu]rgency|URGENCY|[Aa]sap|ASAP|[Ee]mergency|EMERGENCY|[Tt]ime[- ][Ss]ensitive|TIME[- ]SENSITIVE))(?![^\]\n]{0,40}:\])[^\]\n]{1,40}\]|\d{1,4}[-/.:]\d{1,2}[-/.:]\d{1,4}\S*|(?:ERROR|ERR|WARN|WARNING|FATAL|INFO|DEBUG|TRACE|CRITICAL|PANIC|NOTICE)(?=[:\]]))|at\s+[\w$.<>]+\(|File\s+"|Traceback\b|Caused by:|[\w.$]+(?:Error|Exception)\b:?)[^\n]*/gmu;

/**
 * Identifiers: words joined by underscores (`ERROR_CODE_TIMEOUT`, `send_asap`), calls (`sendASAP()`),
 * member and scope paths (`foo::bar`, `obj->urgent`). Capitals or cue words inside them are names.
 * Tried only where a word starts, so a long run of letters is read once (linear, not quadratic).
 */
const IDENTIFIER = /(?<![\p{L}\p{N}_.])(?:[\p{L}\p{N}]*(?:_[\p{L}\p{N}_]*)+|[\p{L}\p{N}_.]+\(\)|[\p{L}\p{N}_]+(?:::|->)[\p{L}\p{N}_]+)/gu;

/**
 * Session 40: a file path — a drive letter and a backslash or slash ("D:\\!!work\\Debug\\proj.out", "C:/builds"), or two
 * or more "/"-separated parts after a "/", "~/" or "./" ("/usr/lib/libfoo.so.1", "~/src/tool") — is a name: its
 * marks and words ("!!", "fail") are no emphasis or feeling of the customer (RULINGS U1: a calm fault report).
 */
const FILE_PATH = /(?<![\p{L}\p{N}_])(?:[A-Za-z]:[\\/][^\s"'<>|]*|(?:~|\.{1,2})?\/[\p{L}\p{N}_.!+-]+(?:\/[\p{L}\p{N}_.!+-]*)+)/gu;

/** The shape introducers of INTRODUCER ("looks like this:", "is as follows:"). */
const SAMPLE_INTRODUCER = /(?:like\s{1,3}(?:this|so)|as\s{1,3}follows)\s*:$/iu;
/**
 * Session 40 fix (RULINGS U1): text on the introducer's line that looks pasted, not said — a bracket, "=", "<>",
 * "|", a backslash, a "/"-joined name, a clock time or a hex number ("[ 12.004] usb 1-1: reset", "retries=3").
 * A colon that ends its line (the sample on the next lines) needs none. "looks like this: absolutely useless app!!"
 * has none and stays the customer's voice.
 */
const CODE_LIKE = /[[\]{}()<>=|\\]|\S\/\S|\d{1,2}:\d{2}|0x[0-9a-f]+/iu;

/** Longest passed-on line or paragraph taken after an introducing colon that ends its line. */
export const MAX_PASSED_ON = 600;

/**
 * Spans of `text` (UTF-16 offsets, end exclusive) that are passed-on text or identifiers:
 *  - after an introducing word and a colon, the rest of the line ("The log shows: ERROR: lost!");
 *    when the colon ends the line, the next line, or the next paragraph when a blank line sets it
 *    off (at most MAX_PASSED_ON characters);
 *  - a log line (level, stamp, timestamp or stack frame at its start);
 *  - an identifier;
 *  - a file path (FILE_PATH).
 * Sorted, may overlap.
 */
export function passedOnSpans(text: string): Span[] {
  const out: Span[] = [];
  // Linear: the end of the line is looked up once per line, the rest of a line is passed on once
  // (an introducer inside it adds nothing), and what a line-ending colon introduces is searched for
  // in the next MAX_PASSED_ON characters only.
  let lineEnd = -1;
  let covered = -1;
  for (const m of text.matchAll(INTRODUCER)) {
    const from = m.index + m[0].length;
    if (from > lineEnd) {
      const nl = text.indexOf('\n', from);
      lineEnd = nl === -1 ? text.length : nl;
    }
    REST.lastIndex = from;
    const rest = REST.exec(text);
    if (rest && rest.index + rest[0].length <= lineEnd) {
      if (SAMPLE_INTRODUCER.test(m[0]) && !CODE_LIKE.test(text.slice(from, lineEnd))) continue;
      if (lineEnd > covered) out.push({ start: from, end: lineEnd });
      covered = Math.max(covered, lineEnd);
      continue;
    }
    if (lineEnd === text.length) continue;
    // The colon ends its line: what it introduces is the next line, or, set off by a blank line,
    // the next paragraph ("point 3 says:\n\nDo NOT deploy…").
    BLANK_LINE.lastIndex = lineEnd;
    const gap = BLANK_LINE.exec(text);
    const body = gap ? lineEnd + gap[0].length : lineEnd + 1;
    const window = text.slice(body, body + MAX_PASSED_ON);
    const stop = (gap ? /\n[ \t]*\n/ : /\n/).exec(window);
    const end = body + (stop ? stop.index : window.length);
    if (end > body) out.push({ start: body, end });
  }
  for (const m of text.matchAll(LOG_LINE)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(IDENTIFIER)) if (m[0].length > 1) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(FILE_PATH)) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** The next character on the line that is not white space (sticky search from an introducer's colon). */
const REST = /[^\S\n]*\S/y;
/** A blank line right at a line end: the line break, spaces, a second break and the space after. */
const BLANK_LINE = /\n[ \t]*\n\s*/y;

/**
 * The customer's message with passed-on text and identifiers replaced by spaces (offsets kept), so
 * the mood and situation cues read only the customer's own words.
 */
export function customerVoice(text: string): string {
  const spans = passedOnSpans(text);
  if (spans.length === 0) return text;
  const chars = text.split('');
  // Spans are sorted by start and may overlap: each character is blanked once.
  let done = 0;
  for (const s of spans) {
    for (let i = Math.max(s.start, done); i < s.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
    done = Math.max(done, s.end);
  }
  return chars.join('');
}
