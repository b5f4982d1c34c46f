// Who a word of upset is about (session 25, issue 14). RULINGS U1 counts evaluative words about the
// company or the service and the customer's own anger or distress; the upset cues read the word alone, so
// they also fired on a word that describes a symptom:
//  - a part, a device or a link judged as it behaves ("The connection is unreliable", "the fan is
//    screaming", "a horrible grinding noise"): a fault report, however strongly worded;
//  - the customer's body, health or days ("My anxiety is terrible at night", "I have terrible insomnia",
//    "Had a terrible week"): what a health or wellbeing customer tells about their life, not about us;
//  - a feeling named as the time the product is for ("When I'm frustrated, the breathing exercises help",
//    "Great app for when you feel sad").
// The word still counts when it is aimed at the company: "your connection is unreliable", "the app is
// terrible", "I'm frustrated with your support". English; pure, linear in the message's tokens.
import { firstTokenFrom, lastTokenIn } from './cues';
import { sentenceAt, type TextView } from './text';
import type { Token } from './tokens';
import { SANCTION } from './mood-stakes';
import { creditsHelp, HELPED_WORDS, stillOpenWords, UNHELPED_BEFORE } from './mood-words';

type Span = { start: number; end: number };

/**
 * Things whose state is a symptom: hardware, parts, links and what they give off. Not the product a
 * customer pays for as such ("app", "service", "internet", "quality"): a judgement of those is about us.
 */
const DEVICE = new Set(
  (
    'fan fans battery batteries screen screens display monitor keyboard trackpad touchpad mouse speaker speakers microphone mic camera webcam ' +
    'headphones headset earbuds charger cable cables port ports drive disk disks ssd hdd printer router modem card gpu cpu sensor motor ' +
    'connection link reception signal bluetooth wifi noise noises sound sounds audio hum buzz buzzing whine flicker flickering ' +
    'temperature temps heat overheating vibration glare backlight hinge charging brakes engine'
  ).split(' '),
);
/** The customer's body, health and days: what a wellbeing customer says they live with. */
const OWN_LIFE = new Set(
  (
    'anxiety depression insomnia sleep pain pains headache headaches migraine migraines panic attack attacks symptoms mood moods ' +
    'thoughts week weeks day days night nights year years month months life health stress ocd ptsd adhd grief loneliness ' +
    'childhood breakup divorce cough flu cold back stomach'
  ).split(' '),
);
/** Words between the judgement and the thing it qualifies: "horrible grinding noise", "terrible panic attacks". */
const ATTRIBUTIVE_GAP = new Set('grinding buzzing ringing rattling whining clicking high pitched loud constant chronic social panic mental back'.split(' '));
/** The verb group between a thing and what is said of it: "is", "has been", "keeps", "is getting". */
const LINK = new Set(
  "is was are were 's been be being has have had gets got getting become became feels felt seems seemed sounds sounded looks keeps kept starts started always still just now constantly".split(' '),
);
/** Degree words before the judgement: "is so unreliable", "really terrible". */
const DEGREE = new Set('a an such so very really pretty quite absolutely totally utterly extremely incredibly super too just literally'.split(' '));
/** Words before the thing that make it the company's: "your connection", "their signal". */
const THEIRS = new Set(['your', 'ur', 'their', 'yours']);
/** What may stand between the thing and its verb group: "the fan on my laptop", "my mental health". */
const NOUN_GAP = new Set('mental on in of my the laptop phone pc computer'.split(' '));

/** Upset cue words a target can turn into a symptom: judgements and words of distress, not swearing. */
const SYMPTOM_WORD = new Set(
  (
    'terrible horrible awful dreadful horrendous atrocious appalling abysmal unreliable unusable unbearable screaming shocking ' +
    'miserable nightmare worst'
  ).split(' '),
);

/** Emotion words of the customer's own state (the upset cues' feelings). */
const EMOTION = new Set(
  'frustrated angry upset stressed sad saddened depressed anxious devastated heartbroken miserable irritated annoyed desperate helpless lonely disappointed hopeless overwhelmed worthless'.split(
    ' ',
  ),
);
/** A condition or a time that makes the feeling a case the product serves: "when I'm sad", "if you feel angry". */
const WHEN = new Set(['when', 'whenever', 'if']);
/** The one who feels in such a clause: the customer or anyone ("you"). */
const FEELER = new Set(['i', 'im', 'you', 'we', 'one', 'someone', 'people']);

/** The index of the judging word inside the hit: its last token, or "nightmare" in "a nightmare". */
function headOf(tokens: readonly Token[], h: Span): number {
  const last = lastTokenIn(tokens, h);
  if (last < 0) return -1;
  for (let i = last; i >= 0 && tokens[i]!.start >= h.start; i--) if (SYMPTOM_WORD.has(tokens[i]!.norm) || EMOTION.has(tokens[i]!.norm)) return i;
  return -1;
}

/**
 * Whether the thing at token `k` (a noun of DEVICE or OWN_LIFE) belongs to the company ("your
 * connection"): a THEIRS word within the three tokens before it.
 */
function theirs(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 3; i--) if (THEIRS.has(tokens[i]!.norm)) return true;
  return false;
}

const SYMPTOM_NOUN = (w: string) => DEVICE.has(w) || OWN_LIFE.has(w);

/**
 * Whether upset evidence `h` (a cue hit, offsets in view.scan) describes a symptom rather than the
 * company (see the head of this file):
 *  - the judging word qualifies a DEVICE or OWN_LIFE noun right after it, one GAP word allowed
 *    ("terrible insomnia", "horrible grinding noise", "a terrible week");
 *  - or it is said of such a noun through a verb group ("the connection is unreliable", "My anxiety has
 *    been awful", "the fan on my laptop keeps screaming"), the noun not the company's ("your signal");
 *  - or it is a feeling in a clause of "when"/"if" with the customer or anyone as the one who feels
 *    ("when I'm frustrated", "for when you feel sad"): a case the product is used for.
 * False when the hit has no judging word these lists know.
 */
export function symptomTarget(view: TextView, h: Span): boolean {
  if (markedAsGrievance(view, h)) return false;
  const t = view.tokens;
  const k = headOf(t, h);
  if (k < 0) return false;
  const word = t[k]!.norm;
  if (EMOTION.has(word)) return feelingAsCase(t, k);
  // attributive: "terrible insomnia", "horrible grinding noise"
  let j = k + 1;
  if (ATTRIBUTIVE_GAP.has(t[j]?.norm ?? '') && t[j + 1] && SYMPTOM_NOUN(t[j + 1]!.norm)) j++;
  if (t[j] && SYMPTOM_NOUN(t[j]!.norm) && !theirs(t, j)) return true;
  // predicative: "<noun> [verb group] [degree] <word>"
  let i = k - 1;
  while (i >= 0 && k - i <= 3 && DEGREE.has(t[i]!.norm)) i--;
  let links = 0;
  while (i >= 0 && links < 4 && LINK.has(t[i]!.norm)) {
    i--;
    links++;
  }
  if (links === 0 && word !== 'screaming') return false;
  // the thing, or the thing with where it sits: "the fan on my laptop keeps screaming"
  for (let j = i; j >= 0 && i - j <= 4; j--) {
    if (SYMPTOM_NOUN(t[j]!.norm)) return !theirs(t, j);
    if (!NOUN_GAP.has(t[j]!.norm)) return false;
  }
  return false;
}

/**
 * Whether the sentence holding `h` carries a mark that makes a symptom a grievance (LABELING U1, R-G1): emphatic
 * punctuation ("!!"), "again" in any case (a repeat: "AGAIN"), or the company
 * named ("with your app crashing"). "The connection is unreliable!!!" and "…unreliable, AGAIN." stay upset;
 * "The connection is unreliable." does not. Session 25 (lead), after the tester found these read calm.
 */
function markedAsGrievance(view: TextView, h: Span): boolean {
  const s = view.sentences[sentenceAt(view, h.start)];
  if (!s) return false;
  const text = view.original.slice(s.start, Math.min(view.original.length, s.end + 2));
  return /!{2,}|\b(?:again|your|ur)\b/iu.test(text);
}

/** "when I'm frustrated", "whenever I feel sad", "if you are stressed": the feeling is a case, not this message's. */
function feelingAsCase(t: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 6; i--) {
    const n = t[i]!.norm;
    if (WHEN.has(n)) return FEELER.has(t[i + 1]?.norm ?? '');
    if (/^[.!?;,]$/.test(n)) return false;
  }
  return false;
}

/** The company, its product or its people named in the feeling's sentence: the feeling may then be about them. */
const OURS = /\b(?:you|your|u|ur|they|them|their|support|customer\s+service|the\s+(?:app|update|company|service|subscription|price|ads?)|this\s+(?:app|update|company|service))\b/iu;
/** Whether `text` names the company, its product or its people (OURS: "your app", "the update", "they", "support"). */
export function namesUs(text: string): boolean {
  return OURS.test(text);
}
/** The first person before the feeling, with its verb group: "I was", "I've been feeling", "I'm so", "and was". */
const OWN_SUBJECT = /(?:\b(?:I|we)(?:['’]m|['’]ve|['’]d|\s+am|\s+was|\s+were|\s+have|\s+had|\s+get|\s+got|\s+feel|\s+felt)?|\band)(?:\s+(?:been|was|were|am|feeling|felt|feel|get|got|so|really|very|completely|totally|pretty|quite|just|always|often|extremely|incredibly|absolutely))*\s*$/iu;

/**
 * Whether upset evidence `h` is the customer's own low state told in a story of help received: its
 * judging word (an EMOTION or a SYMPTOM_WORD: "I was devastated", "I'm stressed out", "I was feeling
 * awful") has the first person right before it, its sentence names neither the company nor its product
 * (OURS: "I was frustrated with your app" stays upset), and the message credits the product or thanks
 * (mood-words.ts creditsHelp) or, since session 29, praises it or reports a fix (BETTER_NOW: "Love it!", "worth
 * it"). replies-wellness.md: "a grateful story of illness" is not upset. Widens session 23's recoveredFeeling
 * (mood-adjacent.ts), which needs the state in the past and no first person in the cue.
 */
export function ownStateInStory(view: TextView, h: Span): boolean {
  const t = view.tokens;
  const head = headOf(t, h);
  // Session 28: or the cue's word is said of the customer's own life ("Life sucks", "I hate my job", "I hate how I feel").
  const k = head >= 0 ? head : lastTokenIn(t, h);
  if (k < 0 || NOT_OWN_STATE.has(t[k]!.norm)) return false;
  const at = t[k]!.start;
  const sp = view.sentences[sentenceAt(view, at)];
  if (!sp) return false;
  const before = view.scan.slice(Math.max(sp.start, at - 40), at);
  const own = head >= 0 ? OWN_SUBJECT.test(before) || DROPPED_SUBJECT.test(view.scan.slice(sp.start, at)) : false;
  // the cue may hold the object too ("hate my", "hate how"): its first word is then the verb
  if (!own && !ofOwnLife(view, k) && !ofOwnLife(view, firstTokenFrom(t, h.start))) return false;
  // the feeling's clause: from the sentence's start to the first comma, "but" or "because" after the word
  const rest = view.scan.slice(at, sp.end);
  const cut = /[,;:]|\b(?:but|because|since|as|before|until|till|and|so|then)\b/i.exec(rest);
  if (OURS.test(view.scan.slice(sp.start, at + (cut ? cut.index : rest.length)))) return false;
  // praise after a present state is sarcasm unless the story turns ("I'm so frustrated. Great job, guys." stays upset;
  // "Life was grey, but now I love this app" turns; session 29 review)
  return creditsHelp(view.scan) || (STORY_TURN.test(view.scan.slice(at)) && turnsBetter(view.scan.slice(at)));
}

/** A word that turns a story from the state to what came after: "but", "now", "then", "since", "finally". */
const STORY_TURN = /\b(?:but|now|then|since|until|after|finally|luckily|thankfully|fortunately)\b/iu;

/**
 * Session 28 (mood2): the first person left out at the head of the sentence — "Feeling hopeless at 3am and…",
 * "Felt so alone after the move" — or the customer as the one a state of their life makes feel so ("My anxiety
 * makes me miserable").
 */
const DROPPED_SUBJECT =
  /^\s*(?:(?:honestly|lately|recently|often|sometimes|some days|been|was|just|so|really|very|pretty|quite|always)[\s,]+)*(?:feeling|felt|been feeling)(?:\s+(?:so|really|very|pretty|quite|completely|totally|just|extremely|incredibly|absolutely))*\s*$|\b(?:makes?|made|making|leaves?|left|gets?|got)\s+me(?:\s+(?:feel|felt|so|really|very|pretty|quite|completely|totally|just|extremely|incredibly|absolutely))*\s*$/iu;

/**
 * The customer as the one who felt, in the past: "I was", "we were", "I'd been", "I used to be", "I felt", or the
 * subject left out at the head of the sentence ("Was skeptical…", "At first felt…"); degree words after it, and
 * other states joined by "and" or a comma ("I was skeptical and a bit annoyed", "I felt hopeless, worthless").
 * Read on the words of the sentence before the feeling. "I've been" is left out: it runs into the present.
 */
const PAST_FEELER =
  /(?:\b(?:I|we)\s+(?:was|were|had\s+been|['’]d\s+been|used\s+to\s+(?:be|feel|get)|felt|got)|^\s*(?:(?:at\s+first|initially|honestly|before|back\s+then)[\s,]+)?(?:was|were|felt|used\s+to\s+(?:be|feel|get)))(?:\s+(?:so|really|very|pretty|quite|a\s+bit|a\s+little|kind\s+of|kinda|always|often|extremely|incredibly|absolutely|completely|totally|just|all|too)|\s+\p{L}+\s*(?:,|and|&|or))*\s*$/iu;

/**
 * What the story turns to after the feeling: credit for help (mood-words.ts HELPED_WORDS), praise of the product
 * ("now I love it", "worth it", "life changing", "Best app", "Great team!", "happier than ever") or a fix
 * ("support restored it", "works now").
 */
const BETTER_NOW = new RegExp(
  String.raw`\b(?:${HELPED_WORDS}|love\s+(?:it|this|that|the\s+app|this\s+app|her|him|them|you)|(?:would\s+|highly\s+|definitely\s+)?recommend(?:ed|ing)?\b|worth\s+(?:it|every)|life[- ]changing|changed\s+(?:my\s+life|me|everything)|(?:happier|better)\s+(?:now|than\s+ever)|(?:5|five)\s+stars?|(?:great|amazing|awesome|wonderful|fantastic|brilliant|excellent|best)\s+(?:app|team|support|job|service|product|update|company|experience)|best\s+thing|fixed|solved|resolved|sorted|restored|recovered|repaired|works?\s+(?:now|again|fine|great|perfectly)|working\s+(?:now|again|fine))\b`,
  'giu',
);
/** A matter still open after the turn: "still", a negation, a need, a near time (mood-words.ts), "but", a question. */
const OPEN_AFTER = new RegExp(String.raw`\b(?:${stillOpenWords(String.raw`\s+`)}|but|however|though)\b|\?`, 'iu');

/**
 * Whether `text` (the message after a feeling) turns to help, praise or a fix: its first BETTER_NOW phrase with no
 * denial right before it ("not worth it", "would not recommend") and no bare thanks (a courtesy that closes a
 * complaint as well as a story), with nothing still open from there to the end (OPEN_AFTER: "…Love the app but
 * please fix this" stays open).
 */
function turnsBetter(text: string): boolean {
  for (const m of text.matchAll(BETTER_NOW)) {
    if (/^thank/i.test(m[0]) || UNHELPED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    return !OPEN_AFTER.test(text.slice(m.index + m[0].length));
  }
  return false;
}

/**
 * Whether upset evidence `h` is a feeling the story has left behind: its word is a feeling or a low state
 * (EMOTION or SYMPTOM_WORD: "angry", "annoyed", "disappointed", "miserable", "a nightmare") that the customer
 * tells as theirs in the past (PAST_FEELER: "I was annoyed at first", "I used to be so angry"), and later in the
 * message — after its own clause, in the same sentence or after — the story turns to help, praise or a fix
 * (BETTER_NOW, not denied: "…but now I love it", "This app changed me.", "support restored it. Great team!") with
 * nothing still open from there to the end (OPEN_AFTER). Told so, the feeling says what the trouble was, and the
 * message's act is thanks or praise: calm (RULINGS U1 asks for the customer's affect now). "I was disappointed,
 * and it still crashes" and "I was furious. Thanks." (bare thanks) stay upset. English. `h`: offsets in view.scan.
 */
export function feelingOutgrown(view: TextView, h: Span): boolean {
  const t = view.tokens;
  const k = headOf(t, h);
  if (k < 0) return false;
  const at = t[k]!.start;
  const sp = view.sentences[sentenceAt(view, at)];
  if (!sp || !PAST_FEELER.test(view.scan.slice(sp.start, at))) return false;
  // the feeling's clause ends at the first comma, "but" or sentence end after the word
  const rest = view.scan.slice(t[k]!.end, sp.end);
  const cut = /[,;:]|\b(?:but|now|until|then|since|so)\b/i.exec(rest);
  const from = t[k]!.end + (cut ? cut.index : rest.length);
  return turnsBetter(view.scan.slice(from));
}

/** What in the customer's life may be hated or judged besides OWN_LIFE, after "my": "I hate my job", "my boss sucks". */
const MY_LIFE = new Set('job work school exams family parents boss ex relationship marriage body brain head feelings situation'.split(' '));
/**
 * Words of the customer's own feelings a verb may take: "I hate how I feel", "hate myself", "hate feeling like this";
 * session 29: "sick of feeling anxious", "tired of being depressed" (an EMOTION word or a low state after "feeling"/"being").
 */
const OWN_FEELING_OBJECT = new RegExp(
  String.raw`^\s*(?:how\s+(?:i|it)\s+(?:feel|felt|makes\s+me\s+feel)|myself|feeling\s+(?:like\s+this|this\s+way|so|alone|lonely|sad|anxious|down)|(?:feeling|being)\s+(?:so\s+|this\s+|constantly\s+|always\s+)?(?:${[...EMOTION].join('|')}|alone|low|scared|afraid|worried|tired|numb))\b`,
  'iu',
);

/**
 * Whether the word at token `k` is said of the customer's own life: its subject is an OWN_LIFE noun or
 * "my" + a MY_LIFE noun within three tokens before ("Life sucks", "my anxiety is the worst", "my boss is
 * awful"), or its object is one right after ("hate my job", "hate life", "hate how I feel", "hate myself").
 */
function ofOwnLife(view: TextView, k: number): boolean {
  const t = view.tokens;
  if (k < 0 || k >= t.length) return false;
  if (OWN_FEELING_OBJECT.test(view.scan.slice(t[k]!.end, t[k]!.end + 40))) return true;
  const life = (i: number) => OWN_LIFE.has(t[i]!.norm) || (MY_LIFE.has(t[i]!.norm) && t[i - 1]?.norm === 'my');
  for (let i = k - 1; i >= 0 && k - i <= 3; i--) {
    if (/^[.!?;,]$/.test(t[i]!.norm)) break;
    if (life(i)) return true;
  }
  const next = t[k + 1];
  if (next && (life(k + 1) || (next.norm === 'my' && t[k + 2] && life(k + 2)))) return true;
  return false;
}
/** Feelings that are about what the customer got, whoever the subject: "I'm disappointed", "I'm annoyed". */
const NOT_OWN_STATE = new Set(['disappointed', 'annoyed', 'angry']);

/** Words that hedge a judgement or a feeling right before it: "a bit annoying", "a little disappointed", "kinda useless". */
export const HEDGE = /\b(?:a\s+(?:bit|little|tad|touch)|(?:a\s+)?(?:tiny|little)\s+bit|slightly|somewhat|mildly|kinda|(?<!\b(?:what|some|any|this|that|the|a|which|every|no)\s+)(?:kind|sort)\s+of|a\s+wee\s+bit)\s+$/iu;
/**
 * What may follow a hedged word that is said of something (predicative: "a bit annoying is the chime", "a little
 * disappointed that…"): the clause's end, or a function word. A noun after it makes the hedge a size ("a little
 * annoying issue" is a small issue that annoys).
 */
const AFTER_PREDICATE = new Set('that when to with about by because but and is was as at if how the so since for in of or though although'.split(' '));

/**
 * Whether upset evidence `h` is hedged: a hedge stands right before its first word ("The one thing I find a bit
 * annoying is the chime", "I'm a little disappointed", "kinda useless") and the word is said of something, not set
 * before a noun (notBeforeNoun; "a little annoying issue", "what kind of lax security" stay upset).
 * corpus-extra/README.md R-G1: a hedged judgement of the service is calm, an unhedged one upset; the evaluative cues
 * of the pack carry the hedge in their `unless`, this reads it for every upset cue (feelings too). English. `h`:
 * offsets in view.scan.
 */
export function hedged(view: TextView, h: Span): boolean {
  const before = view.scan.slice(Math.max(0, h.start - 24), h.start);
  return (HEDGE.test(before) || MINIMIZER.test(before)) && notBeforeNoun(view, h);
}

/**
 * Session 45 (R-G1, a hedged judgement is calm): a word of size or frequency set right before the evidence that makes
 * the trouble small — "just small annoyances", "a slight annoyance", "the odd inconvenience with…" ("the odd" as
 * "now and then"; "an odd annoyance" is a strange one). Not words of when ("initial", "temporary": an early or a
 * passing trouble may be as big as any). Read with notBeforeNoun like HEDGE: the sized word must end its phrase
 * ("slight annoyances and they vanish"); "a small but infuriating bug" (a "but" between) and "minor" on its own
 * elsewhere do not hedge. English.
 */
export const MINIMIZER = /(?<![\p{L}'’])(?:minor|slight|slightest|small|smallest|tiny|occasional|momentary|mild|the\s+odd)\s+$/iu;

/**
 * Whether the word at `h` is said of something or stands alone rather than set before a noun: the next token is
 * none, not a word, or a function word (AFTER_PREDICATE). "a bit annoying is the chime", "Damn, …" yes; "a little
 * annoying issue", "Ridiculous prices" no. `h`: offsets in view.scan.
 */
export function notBeforeNoun(view: TextView, h: Span): boolean {
  const next = view.tokens[firstTokenFrom(view.tokens, h.end)];
  return next === undefined || !/^\p{L}/u.test(next.norm) || AFTER_PREDICATE.has(next.norm);
}

/**
 * A sanction and its charge: a verb or noun of a penalty the company imposed on the customer's account (mood-stakes
 * SANCTION and a few more verbs), then "for"/"of" and the charge ("I got banned permanently for cheating", "muted for
 * an offensive nickname", "accused of scamming"). The clause before the evidence, at most SANCTION_REACH characters back.
 */
const SANCTION_CHARGE = new RegExp(
  String.raw`(?<![\p{L}'’])(?:${SANCTION}|bans|blocked|flagged|kicked|terminated|accused|punished|warned|reported)(?:\s+[\p{L}\p{N}'’-]+){0,4}?\s+(?:for|of)\s+(?:an?\s+|my\s+|the\s+|alleged(?:ly)?\s+|supposed(?:ly)?\s+)?$`,
  'iu',
);
/** How far before the evidence a sanction may stand (characters): "banned permanently for 30 days for cheating". */
const SANCTION_REACH = 60;
/**
 * Session 40 fix (RULINGS U1): words after "for" that judge the grounds, not name a conduct — a verdict adjective
 * ("for a ridiculous reason", "for stupid reasons") or a noun of grounds ("for a reason nobody explains"). The
 * customer's word about the penalty, which stays upset.
 */
const GROUNDS_VERDICT =
  /^(?:(?:absolutely|totally|completely|utterly|so|such|very|really|most|a|an|the)\s+)*(?:ridiculous|stupid|absurd|unfair|unjust|bogus|silly|dumb|pathetic|ludicrous|nonsense|nonsensical|made[- ]up|fake|false|no|nothing|reasons?|grounds|excuses?)(?![\p{L}'’])/iu;

/**
 * Session 40 (RULINGS U1: accusing words about the company or service; corpus-extra README R-G1): an accusing word
 * that names the charge of a penalty the company laid on the customer (SANCTION_CHARGE) is the company's word, told
 * as the reason, not the customer's accusation — "I got banned for cheating", "muted for an offensive nickname". The
 * customer's own words about the ban ("this ban is a scam", "banned for no reason!", "suspended for a ridiculous
 * reason": GROUNDS_VERDICT) are read as before. English. `h`: offsets in view.scan.
 */
export function sanctionCharge(view: TextView, h: Span): boolean {
  if (GROUNDS_VERDICT.test(view.scan.slice(h.start, h.start + 60))) return false;
  return SANCTION_CHARGE.test(view.scan.slice(Math.max(0, h.start - SANCTION_REACH), h.start));
}
