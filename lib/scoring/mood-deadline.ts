// Session 28 (issue 14; RULINGS H1 "an explicit near time", "a stated need that is blocked right now"): two readings
// of a time in the customer's words by the clause around it, not by the time word alone.
//  1. A deadline the customer needs something by: a need or a request and, in the same sentence, a deadline word
//     ("by", "before", "no later than", "in time for", "ahead of") that leads — past at most three words (a
//     determiner, a possessive, a clock time, an adjective) — to the end of a period ("the end of the day", "close of
//     business", "EOD") or to an event the customer must be ready for ("before my 3pm call", "by our standup", "ahead
//     of the board meeting"). The pack's cues list "before my meeting" and "by end of day" in a few spellings, and a
//     thanks in the sentence ("Thanks, but I need the VPN working before my 3pm call!") set the clock-time cue
//     aside; this reads the structure. "until"/"till" are no deadline words: "hold my parcel until Friday", "I'm away
//     until tomorrow", "my plan runs until the end of the month" ask the agent to wait, or tell a term (review, s28).
//     Not a condition, a made-up case, a habit or someone else's need (R-U1), not
//     negated ("I don't need it before Friday"), not a question in the first person ("Do I need it before my
//     flight?" asks how it works).
//  2. The customer's own next step at a near time: "Thanks, I'll test it tomorrow", "Tomorrow I will restart the
//     router and report back", "we'll try again tonight" tell the agent when the customer will act — their plan,
//     not time pressure on the agent (H1 needs the customer's near time to press: a need, an event, a demand). The
//     clause of the time has the first person, a future ("will", "'ll", "am going to", "plan to"), a verb of a step
//     the customer takes (try, test, check, restart, call, report, let you know…) and no need or event of theirs.
// English; pure (no DOM); linear in the message.
import { verbForms } from './inflect';
import { timeFeatures } from './mood-time';
import { EVENT_NOUNS, notOwnNeedWords, SHORT_TIME_UNITS } from './mood-words';
import { sentenceAt, type TextView } from './text';

type Span = { start: number; end: number };

/** A need or a request of the customer's: "I need", "must", "have to", "please", "can you", "want". */
const NEED_OR_REQUEST =
  /(?<![\p{L}'’])(?:need|needs|needed|have\s{1,3}to|has\s{1,3}to|must|got\s{1,3}to|gotta|require|requires|required|want|wants|please|pls|plz|kindly|(?:can|could|would)\s{1,3}(?:you|u|someone|somebody|anyone|anybody)|asap|urgent\w*)(?![\p{L}'’])/iu;
/**
 * Nouns of an event the customer must be ready for: the shared EVENT_NOUNS (a call, a meeting, a flight, a class, a
 * launch…), the plurals read here, and events only a deadline names (a shift, a wedding, a release, payroll).
 */
const EVENT = new Set([
  ...EVENT_NOUNS.split('|'),
  ...'calls meetings flights exams interviews presentations demos classes lectures appointments deadlines events'.split(' '),
  ...'standup stand-up trip travel shift shifts release wedding surgery operation funeral hearing court seminar deployment rollout review pitch match game concert departure check-in payroll'.split(' '),
]);
/** The end of a period, or a clock time of the day: "the end of the day", "close of business", "EOD", "noon". */
const PERIOD_END =
  /^(?:(?:the\s{1,3})?(?:end|close)\s{1,3}of\s{1,3}(?:the\s{1,3}|this\s{1,3}|my\s{1,3}|our\s{1,3})?(?:day|business\s{1,3}day|business|week|shift|working\s{1,3}day|workday)|eod|cob|eow|noon|midday|midnight|lunch|lunchtime|tonight|tomorrow|today)(?![\p{L}'’])/iu;
/** The deadline words: what follows is when the need falls due. */
const DEADLINE = /(?<![\p{L}'’])(?:by|before|no\s{1,3}later\s{1,3}than|in\s{1,3}time\s{1,3}for|ahead\s{1,3}of)\s{1,3}/giu;
/** Words that may stand between the deadline word and the event noun: "my", "our", "the", "3pm", "big", "client". */
const BETWEEN_WORD = /^(?:the|my|our|this|his|her|their|a|an|next|upcoming|big|important|first|early|morning|afternoon|evening|weekly|daily|client|team|board|sales|work|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night|\d{1,2}(?::\d{2})?\s?(?:am|pm|h)?|\d{1,2}(?:am|pm)|o'clock)$/iu;
/** Not the customer's present need: a condition, a made-up case, a habit, someone else (R-U1; mood-words.ts). */
const NOT_OWN = new RegExp(String.raw`(?<![\p{L}'’])(?:${notOwnNeedWords(String.raw`\s{1,3}`)})(?![\p{L}])`, 'iu');
/** A negated need: "don't need", "doesn't have to", "no need", "not urgent". */
const NEGATED =
  /(?<![\p{L}'’])(?:don['’]?t|do\s{1,3}not|doesn['’]?t|does\s{1,3}not|won['’]?t|isn['’]?t|not|no|never)\s{1,3}(?:(?:really|actually|even|necessarily|real|any|particular|big)\s{1,3})?(?:need|needs|have\s{1,3}to|has\s{1,3}to|want|rush|hurry|urgent|required)(?![\p{L}'’])|needn['’]?t/iu;
/** A question in the first person or about when: "do I need to…", "will it be ready before…". */
const OWN_QUESTION = /(?<![\p{L}'’])(?:do|does|did|should|shall|may|will|would|am|is|are)\s{1,3}(?:i|we|it|this|that|there|they)(?![\p{L}'’])|(?<![\p{L}'’])(?:how|what|why|where|which|when)(?![\p{L}'’])/iu;

/**
 * Spans (in `view.original`) of deadlines the customer needs something by (reading 1 above): in a sentence with
 * NEED_OR_REQUEST and none of NOT_OWN or NEGATED, a DEADLINE word followed, past at most three BETWEEN_WORDs, by a
 * PERIOD_END or an EVENT noun. A question counts only when it asks someone else to act ("can you fix it before my
 * call?"). The span runs from the deadline word to the end of what it leads to. At most one span.
 */
export function deadlineNeed(view: TextView): Span[] {
  const scan = view.scan;
  for (const sp of view.sentences) {
    const sentence = scan.slice(sp.start, sp.end);
    if (!NEED_OR_REQUEST.test(sentence) || NOT_OWN.test(sentence) || NEGATED.test(sentence)) continue;
    const question = /\?/.test(scan.slice(Math.max(sp.start, sp.end - 1), sp.end + 1));
    if (question && OWN_QUESTION.test(sentence)) continue;
    for (const m of sentence.matchAll(DEADLINE)) {
      const from = m.index + m[0].length;
      const rest = sentence.slice(from, from + 80);
      const end = leadsTo(rest);
      if (end !== undefined) return [{ start: sp.start + m.index, end: sp.start + from + end }];
    }
  }
  return [];
}

/** Where a PERIOD_END or the last EVENT noun (past at most three BETWEEN_WORDs) ends in `rest`, or undefined. */
function leadsTo(rest: string): number | undefined {
  const period = PERIOD_END.exec(rest);
  if (period) return period[0].length;
  const words = [...rest.matchAll(/[\p{L}\p{N}:'’-]+/gu)].slice(0, 5);
  let end: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // the words must follow one another with only spaces between ("before my 3pm call", not "before, call")
    if (i > 0 && !/^\s{1,3}$/.test(rest.slice(words[i - 1]!.index + words[i - 1]![0].length, w.index))) break;
    if (i === 0 && w.index !== 0) break;
    const word = w[0].toLowerCase();
    // "by our board meeting": the event runs to its last noun
    if (EVENT.has(word) && i > 0) end = w.index + w[0].length;
    else if (end !== undefined || !BETWEEN_WORD.test(word)) break;
  }
  return end;
}

/** Verbs of a step the customer takes themselves (base forms; every inflection is read, inflect.ts). */
const STEP_VERBS =
  'try test retry retest check recheck restart reboot reinstall install uninstall update upgrade reset run rerun look see call phone ring contact email mail message write reply respond report send post update confirm verify follow give do pop visit drop swing attempt experiment play read review let'.split(' ');
const STEP = new Set(STEP_VERBS.flatMap((v) => verbForms(v).base));
/** The first person with a future, then up to two adverbs, then a word (the verb): group 1 the verb. */
const OWN_FUTURE =
  /(?<![\p{L}'’])(?:i|we)(?:['’]ll|\s{1,3}will|\s{1,3}shall|['’]m\s{1,3}going\s{1,3}to|\s{1,3}am\s{1,3}going\s{1,3}to|['’]re\s{1,3}going\s{1,3}to|\s{1,3}are\s{1,3}going\s{1,3}to|\s{1,3}gonna|\s{1,3}plan\s{1,3}to|\s{1,3}can)\s{1,3}(?:(?:then|also|just|probably|definitely|certainly|surely|first|again|try\s{1,3}and|try\s{1,3}to|have\s{1,3}a\s{1,3}go\s{1,3}and)\s{1,3}){0,2}(\p{L}+)(?![\p{L}'’])/giu;
/** What makes the clause the customer's need after all: a need word, an event, a demand, a blocked state. */
const PRESSING =
  /(?<![\p{L}'’])(?:need|needs|must|have\s{1,3}to|has\s{1,3}to|got\s{1,3}to|urgent\w*|asap|deadline|due|can['’]?t|cannot|unable|not\s{1,3}able|stuck|blocked|lose|miss|late|waiting|still)(?![\p{L}'’])/iu;
/** A near time as a reading's own words: only these can be the time of the customer's plan (not a wait, not held money). */
const NEAR_TIME = new RegExp(
  String.raw`(?<![\p{L}'’])(?:tomorrow|tonight|today|this\s{1,3}(?:morning|afternoon|evening|weekend)|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|(?:in|within)\s{1,3}\S+\s{1,3}(?:more\s{1,3})?(?:${SHORT_TIME_UNITS})|\d{1,2}(?::\d{2})?\s?(?:am|pm))(?![\p{L}'’])`,
  'iu',
);
/** Where the clause around a span ends: a stop, a comma, a dash, or a conjunction that opens a new clause. */
const BREAK = /[.,;:!?()\n]|\s[-–—]\s|(?<![\p{L}'’])(?:but|though|although|however|because|while|whereas|so)(?![\p{L}'’])/giu;

/** A condition in the sentence: the step hangs on the agent ("… if it isn't fixed", "… unless", "otherwise I'll …"). */
const CONDITION = /(?<![\p{L}'’])(?:if|unless|otherwise|or\s{1,3}else)(?![\p{L}'’])/iu;
/** A determiner and the one or two words after it ("my 3pm call", "the demo"): groups 1 and 2 the words, read against EVENT. */
const DETERMINED = /(?<![\p{L}'’])(?:my|our|the|a|an|this|his|her|their)\s{1,3}([\p{L}\p{N}:-]+)(?:\s{1,3}([\p{L}-]+))?/giu;

/**
 * Whether the hurry reading at `span` (offsets in `view.scan`) is the customer's own next step at a near time
 * (reading 2 above): the reading's words are a near time (NEAR_TIME); its sentence (text.ts sentenceAt; the reading
 * alone when it starts between sentences) has no CONDITION; and its clause — inside that sentence, from the last BREAK
 * before it to the first after it, at most 120 characters each way; "and" joins steps, so it does not break — holds
 * OWN_FUTURE with a STEP verb and nothing PRESSING, and no event noun of EVENT.
 */
export function ownPlan(view: TextView, span: Span): boolean {
  const scan = view.scan;
  if (!NEAR_TIME.test(scan.slice(span.start, span.end))) return false;
  const i = sentenceAt(view, span.start);
  const sp = i === -1 ? span : view.sentences[i]!;
  const sentenceEnd = Math.max(sp.end, span.end);
  // a step on a condition is a threat or a fallback, not a plan: "I'll call my bank tomorrow if it isn't fixed today"
  if (CONDITION.test(scan.slice(sp.start, sentenceEnd))) return false;
  const lo = Math.max(sp.start, span.start - 120);
  let start = lo;
  for (const m of scan.slice(lo, span.start).matchAll(BREAK)) start = lo + m.index + m[0].length;
  const after = scan.slice(span.end, Math.min(sentenceEnd, span.end + 120));
  const next = after.search(BREAK);
  const clause = scan.slice(start, next === -1 ? span.end + after.length : span.end + next);
  if (PRESSING.test(clause)) return false;
  // an event of the customer's ("before my call", "the demo is tomorrow"), not the step's own verb ("I'll call you tomorrow")
  for (const w of clause.matchAll(DETERMINED))
    if (EVENT.has(w[1]!.toLowerCase()) || EVENT.has((w[2] ?? '').toLowerCase())) return false;
  for (const m of clause.matchAll(OWN_FUTURE)) if (STEP.has(m[1]!.toLowerCase())) return true;
  return false;
}

//  3. Ruling (session 28; RULINGS H1 "When will my refund show?" = false, "a complaint … that asks for compensation
//     rather than the item" = false; corpus-extra R-L1): asking for a refund is not hurry on its own. A refund with a
//     wait ("three weeks and still no refund"), a near time ("I need it back by Friday") or the customer's own money
//     held ("I can't use that money") is hurry, and the cues read those parts. The learned model (mood-learned.ts)
//     weighs money beside a plea, so a bare "Refund my money." read as hurried; it is held back when the message's
//     only ground is the demand for money back: no time of any kind (mood-time.ts) and no word of a wait or of being
//     blocked.

/** A demand for money back: "refund my money", "return my money", "give me my money back", "please refund me". */
const MONEY_BACK =
  /(?<![\p{L}'’])(?:refund|return|give|send|transfer|credit|reverse|pay)\s{1,3}(?:me\s{1,3})?(?:back\s{1,3})?(?:my|our|the|me|us)(?:\s{1,3}(?:full|whole|hard[\s-]earned))?(?:\s{1,3}(?:money|amount|payment|funds|cash|charge|charges))?(?![\p{L}'’])|(?<![\p{L}'’])(?:want|need|get|like)\s{1,3}(?:a\s{1,3}|my\s{1,3}|our\s{1,3}|full\s{1,3})*(?:refund|money\s{1,3}back)(?![\p{L}'’])/iu;
/** Every demand for money back, and the bare words "money back", for blanking them out (replace resets lastIndex). */
const ALL_MONEY_BACK = new RegExp(String.raw`(?:${MONEY_BACK.source})(?:\s{1,3}back(?![\p{L}'’]))?`, 'giu');
const ALL_BARE_MONEY_BACK = /(?<![\p{L}'’])money\s{1,3}back(?![\p{L}'’])/giu;
/** Any wait, hold-up or block in the message: then the demand is not all there is. */
const WAIT_OR_BLOCK =
  /(?<![\p{L}'’])(?:wait\w{0,3}|pending|still|yet|since|ago|back|days?|weeks?|months?|hours?|stuck|blocked|held|frozen|can['’]?t|cannot|unable|not\s{1,3}able|urgent\w*|asap|need|needs|must|rent|bills?|fees?|emi|salary)(?![\p{L}'’])/iu;

/** Whether the message's only ground for hurry is a demand for money back (see the note above). */
export function refundOnly(view: TextView): boolean {
  const scan = view.scan;
  if (!MONEY_BACK.test(scan)) return false;
  // "back" is part of the demand ("give me my money back", "I need my money back"): blank the demands with a "back"
  // after them, then the bare words "money back", then read the rest for a wait or a block
  if (WAIT_OR_BLOCK.test(scan.replace(ALL_MONEY_BACK, ' ').replace(ALL_BARE_MONEY_BACK, ' '))) return false;
  const t = timeFeatures(scan).values;
  return !t.t_near && !t.t_deadline && !t.t_elapsed;
}
