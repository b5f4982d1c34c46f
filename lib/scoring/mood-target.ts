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
  'frustrated angry upset stressed sad saddened depressed anxious devastated heartbroken miserable irritated annoyed desperate helpless lonely disappointed hopeless overwhelmed'.split(
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


/**
 * Credit given to the product or the company for helping: "this app helped me", "got me through", "keeps
 * me sane", "made me feel better", "was there for me", "a lifesaver", "thank you".
 */
const HELPED =
  /\b(?:help(?:s|ed|ing)?\s+(?:me|us)|has\s+helped|have\s+helped|(?:it|this|that|which|(?:this|the)\s+[\p{L}-]+)\s+(?:really\s+|truly\s+|actually\s+|genuinely\s+|definitely\s+)?(?:helps|helped)|helps?\s+(?:a\s+lot|so\s+much|loads|tremendously|immensely)|(?:talked|talks|talk|pulled|pulls|brought|brings|walked|walks)\s+me\s+(?:down|through|back|out\s+of)|got\s+me\s+through|(?:saved|saves)\s+(?:me|my|us)|keeps?\s+me\s+(?:sane|going|grounded|calm)|made\s+me\s+feel\s+better|makes\s+me\s+feel\s+better|(?:was|is|were|are)\s+there\s+for\s+me|calm(?:s|ed)?\s+me\s+down|taught\s+me|thank(?:s|\s+you)(?!\s+for\s+(?:nothing|ruining|wasting|breaking|making))|grateful|life[- ]?saver)\b/iu;
/** The company, its product or its people named in the feeling's sentence: the feeling may then be about them. */
const OURS = /\b(?:you|your|u|ur|they|them|their|support|customer\s+service|the\s+(?:app|update|company|service|subscription|price|ads?)|this\s+(?:app|update|company|service))\b/iu;
/** The first person before the feeling, with its verb group: "I was", "I've been feeling", "I'm so", "and was". */
const OWN_SUBJECT = /(?:\b(?:I|we)(?:['’]m|['’]ve|['’]d|\s+am|\s+was|\s+were|\s+have|\s+had|\s+get|\s+got|\s+feel|\s+felt)?|\band)(?:\s+(?:been|was|were|am|feeling|felt|feel|get|got|so|really|very|completely|totally|pretty|quite|just|always|often|extremely|incredibly|absolutely))*\s*$/iu;

/**
 * Whether upset evidence `h` is the customer's own low state told in a story of help received: its
 * judging word (an EMOTION or a SYMPTOM_WORD: "I was devastated", "I'm stressed out", "I was feeling
 * awful") has the first person right before it, its sentence names neither the company nor its product
 * (OURS: "I was frustrated with your app" stays upset), and the message credits the product or thanks
 * (HELPED). replies-wellness.md: "a grateful story of illness" is not upset. Widens session 23's
 * recoveredFeeling (mood-adjacent.ts), which needs the state in the past and no first person in the cue.
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
  return [...view.scan.matchAll(HELPED_ALL)].some((m) => !UNHELPED_BEFORE.test(view.scan.slice(Math.max(0, m.index - 24), m.index)));
}

const HELPED_ALL = new RegExp(HELPED.source, 'giu');

/**
 * Session 28 (mood2): the first person left out at the head of the sentence — "Feeling hopeless at 3am and…",
 * "Felt so alone after the move" — or the customer as the one a state of their life makes feel so ("My anxiety
 * makes me miserable").
 */
const DROPPED_SUBJECT =
  /^\s*(?:(?:honestly|lately|recently|often|sometimes|some days|been|was|just|so|really|very|pretty|quite|always)[\s,]+)*(?:feeling|felt|been feeling)(?:\s+(?:so|really|very|pretty|quite|completely|totally|just|extremely|incredibly|absolutely))*\s*$|\b(?:makes?|made|making|leaves?|left|gets?|got)\s+me(?:\s+(?:feel|felt|so|really|very|pretty|quite|completely|totally|just|extremely|incredibly|absolutely))*\s*$/iu;

/** What in the customer's life may be hated or judged besides OWN_LIFE, after "my": "I hate my job", "my boss sucks". */
const MY_LIFE = new Set('job work school exams family parents boss ex relationship marriage body brain head feelings situation'.split(' '));
/** Words of the customer's own feelings a verb may take: "I hate how I feel", "hate myself", "hate feeling like this". */
const OWN_FEELING_OBJECT = /^\s*(?:how\s+(?:i|it)\s+(?:feel|felt|makes\s+me\s+feel)|myself|feeling\s+(?:like\s+this|this\s+way|so|alone|lonely|sad|anxious|down))\b/iu;

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
/** Help denied or lost: "never helped me", "didn't help me", "used to help me", "thanks for nothing". */
const UNHELPED_BEFORE = /(?:\b(?:none\s+of|never|not|no|nothing|didn['’]?t|doesn['’]?t|don['’]?t|won['’]?t|hasn['’]?t|haven['’]?t|used\s+to|would|could|should)\s+(?:\p{L}+\s+)?)$/iu;
/** Feelings that are about what the customer got, whoever the subject: "I'm disappointed", "I'm annoyed". */
const NOT_OWN_STATE = new Set(['disappointed', 'annoyed', 'angry']);

