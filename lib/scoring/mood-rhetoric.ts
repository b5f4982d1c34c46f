// Rhetorical questions put to the company (session 19, issue 14; RULINGS U1: accusing words, sarcasm,
// exasperation). "Why is it so hard to cancel a subscription?", "Does anyone there actually read these
// emails?", "What is the point of a support line if nobody answers?", "What am I paying for?", "Who
// thought removing the export button was a good idea?" do not ask for an answer: they accuse. A genuine
// question has the same shape without the marker ("Why is my invoice showing VAT?", "Why does the app
// log me out every day?"), so each reading below needs a question plus a marker of the rhetoric:
//  - "so hard / so difficult / this hard" in a why- or how-question (exasperation at an obstacle);
//  - "the point" asked with what/where beside a denial or "even" ("what's the point of… if nobody answers?");
//  - the company's people with "actually / even / ever / bother" and a verb of attention or duty
//    ("does anyone there actually read…", "do you even test…", "does nobody there check…");
//  - "who thought … (good|great|smart|bright) idea", "whose (bright) idea was…";
//  - "what am I / are we paying (you) for";
//  - "how is (this|that|it) even (possible|legal|allowed|acceptable)", "how hard can it be…".
// English; pure (no DOM). Linear in the message: one regular expression per sentence that ends in "?".
import { endsInQuestion, type TextView } from './text';
import { THANKS_WORD } from './word-classes';

/** People on the company's side, as the subject of a rhetorical question. */
const THEM = String.raw`(?:you|u|you guys|y'?all|they|anyone|anybody|someone|somebody|nobody|no one|no-one|your (?:staff|team|people|support|developers|devs|engineers|agents))(?:\s+(?:there|over there|at (?:your|the) (?:end|company|office|bank|store)|in (?:your|the) (?:team|company|support|office)))?`;
/** Verbs of the attention or duty a customer says the company does not give. */
const DUTY = String.raw`(?:read|reads|care|cares|listen|listens|test|tests|check|checks|answer|answers|respond|responds|reply|replies|look|looks|work|works|try|tries|know|knows|bother|bothers|think|thinks|use|uses|proofread|qa|review|reviews|understand|understands|want|wants|have a clue)`;
/** The same duties in the progressive, after "is/are": "is anyone even working on this?", "are you actually reading…". */
const DUTY_ING = String.raw`(?:reading|caring|listening|testing|checking|answering|responding|replying|looking|working|trying|paying attention|monitoring|doing anything|doing something|doing their job|doing your job)`;

const RHETORIC: RegExp[] = [
  // exasperation at an obstacle: "Why is it so hard to…?", "how can it be this difficult…?"
  /\b(?:why|how)\b[^?]{0,40}?\b(?:so|this|that|this damn|so damn|so bloody)\s+(?:hard|difficult|complicated|impossible|confusing|painful)\b/i,
  // "what's the point of… if nobody answers?", "what is even the point?" — with a denial or "even": a
  // genuine "What is the point of the second API key?" asks what a thing is for
  /\b(?:what(?:'s|’s| is| was)?|where(?:'s|’s| is)?)\s+(?:even\s+the\s+point\b|the\s+point\b(?=[^?]*\b(?:not|no|nobody|no one|never|nothing|none|cannot|can't|won't|doesn't|don't|isn't|even|anymore)\b))/i,
  // "does nobody there test anything?": the company's people denied a duty
  new RegExp(String.raw`\b(?:does|did|has|is|can)\s+(?:nobody|no one|no-one)(?:\s+(?:there|over there|at (?:your|the) (?:end|company|office)|in (?:your|the) (?:team|company|support)))?\s+(?:ever\s+|even\s+|actually\s+)?${DUTY}\b`, 'i'),
  // the company's people and "actually/even/ever/bother" with a verb of duty
  new RegExp(String.raw`\b(?:do|does|did|is|are|can|will|has|have|doesn'?t|don'?t)\s+${THEM}\s+(?:(?:actually|even|ever|really)\s+(?:bother\s+to\s+)?|bother\s+to\s+)${DUTY}\b`, 'i'),
  // session 20: the progressive — "Is anyone even working on this?", "Are you actually reading my emails?"
  new RegExp(String.raw`\b(?:is|are|isn'?t|aren'?t)\s+${THEM}\s+(?:(?:actually|even|ever|really)\s+)+${DUTY_ING}\b`, 'i'),
  // session 20: a demand put as a question of what is reasonable — "Is it too much to ask for a reply?",
  // "Is this a joke?", "How is this acceptable?" (without "even": no one asks this to learn the rule)
  /\bis\s+(?:it|that|this)\s+(?:really\s+)?(?:too|so|that)\s+much\s+to\s+ask\b/i,
  /\b(?:is|was)\s+(?:this|that)\s+(?:some\s+(?:kind|sort)\s+of\s+|a\s+)(?:joke|prank|scam)\b/i,
  /\bhow\s+(?:is|was|can)\s+(?:this|that|it)\s+(?:be\s+)?(?:acceptable|legal|allowed|fair|ok|okay|reasonable|justified|justifiable)\b/i,
  // "what is wrong with you people?", "what's wrong with your company?"
  new RegExp(String.raw`\bwhat(?:'s|’s|\s+is)\s+wrong\s+with\s+(?:you|u|y'?all|them|your\s+(?:company|team|staff|people|support|service|developers|devs))\b`, 'i'),
  // "why do I have to keep asking?", "why must we keep chasing you?": exasperation at having to repeat
  /\bwhy\s+(?:do|must|should|would)\s+(?:I|we)\s+(?:always\s+)?(?:have|need)\s+to\s+keep\b/i,
  // "who thought … was a good idea?", "whose bright idea was this?"
  /\bwho\b[^?]{0,80}?\b(?:thought|decided|figured)\b[^?]{0,80}?\b(?:good|great|smart|bright|clever|brilliant)\s+idea\b/i,
  /\bwhose\s+(?:bright\s+|brilliant\s+|great\s+|stupid\s+)?idea\s+was\b/i,
  // "what am I paying for?", "what are we paying you for?"
  /\bwhat\s+(?:am\s+I|are\s+we|do\s+I|do\s+we|did\s+I|did\s+we)\s+(?:even\s+)?(?:paying|pay|paid)\s+(?:you\s+|them\s+)?for\b/i,
  // "how is this even possible/legal?", "how hard can it be to…?"
  /\bhow\s+(?:is|was|can)\s+(?:this|that|it)\s+(?:even|possibly|remotely)\s+(?:possible|legal|allowed|acceptable|ok|okay|fair|be)\b/i,
  /\bhow\s+(?:hard|difficult)\s+(?:can|could)\s+it\s+(?:possibly\s+)?be\b/i,
  // session 35 (RULINGS U1 exasperation, corpus-extra R-G1 a judgement of the service): a decline lamented as a
  // question to the company — "what happened to you?", "what have you done to the app?", "what have they done with
  // it?"; a question about one thing ("what happened to my order?", "what happened to the export button?") asks
  // about one thing: the object (or "you" and a name) ends the question; "do with" takes the app itself ("…with the invoices page?")
  /\bwhat(?:\s+has|['’]s)?\s+happened\s+to\s+(?:(?:you|u|y'?all|you\s+guys)(?:\s+\p{L}+)?|your\s+(?:company|service|app|team|support))(?=\s*(?:[?!]|$))/iu,
  /\bwhat\s+(?:have|did|has)\s+(?:you|u|they|y'?all|you\s+guys)\s+(?:done|do)\s+(?:to\s+(?:it|(?:the|this|your|my|our)(?:\s+[\p{L}-]+){1,2})|with\s+(?:it|(?:the|this|your|my|our)\s+(?:app|game|service|product|company|site)))(?=\s*(?:[?!]|$))/iu,
];

/** A sentence that praises the company: its question is a wish, not an accusation ("Great app! Why is it so hard to find the dark mode?" stays one). */
const PRAISE = new RegExp(String.raw`\b(?:love|great|awesome|amazing|excellent|best|fantastic|wonderful|${THANKS_WORD}|thank|appreciate)\b`, 'i');

/** A question closed by marks that mix "?" and "!" ("?!", "!?", "?!?!"): a question said with a raised voice. */
const MIXED_MARKS_END = /(?:\?!|!\?)[!?]*\s*$/;

/** Praise anywhere in the message ("Great app otherwise"): its question is a wish. Thanks alone do not count. */
const PRAISE_ANYWHERE = /\b(?:love|great|awesome|amazing|excellent|fantastic|wonderful|brilliant)\b/i;

/**
 * Rhetorical questions aimed at the company in the customer's message: spans (offsets in
 * `view.original`) of the question's marker, at most one per sentence. Only sentences that end in "?"
 * or in mixed marks ("?!", session 35; a question) and do not praise (PRAISE), in a message with no praise (PRAISE_ANYWHERE), are read. Source of the structures: the session 18 review's
 * hand-written cases (see the head of this file) and RULINGS U1.
 */
export function rhetoricalQuestions(view: TextView): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const praised = PRAISE_ANYWHERE.test(view.scan);
  for (const sp of view.sentences) {
    if (praised) continue;
    const s = view.scan.slice(sp.start, sp.end);
    // session 35: "?!" and "!?" end a question too ("what have they done with the app?!")
    if (!endsInQuestion(view.scan, sp.start, sp.end) && !MIXED_MARKS_END.test(s)) continue;
    if (PRAISE.test(s)) continue;
    for (const re of RHETORIC) {
      const m = re.exec(s);
      if (!m) continue;
      out.push({ start: sp.start + m.index, end: sp.start + m.index + m[0].length });
      break;
    }
  }
  return out;
}
