// How negative a customer's sentence sounds, from the VADER lexicon and rules (`vader-sentiment`, the
// JavaScript port of Hutto & Gilbert, ICWSM 2014: ~7,500 English words and emoticons rated −4…4, with
// negation, intensifiers, capitals, "!!" and "but"). English only: a German pack gets no lexicon here
// and keeps its own `mood_cues`.
//
// VADER rates the words of a fault report as negative ("error" −1.7, "failed" −2.3, "problem" −1.7,
// "lost" −1.3) and the formulas of a request as positive ("please" +1.3, "help" +1.7, "thanks" +1.9).
// In a help desk both say nothing about the customer's mood (RULINGS.md U1: a calm list of failures is
// not upset), so those two word classes are blanked before VADER reads the sentence; what is left is the
// customer's own affect and judgement ("terrible", "hate", "so frustrated", "shady as hell").
import vader from 'vader-sentiment';
import { functionWords } from './language';
import { foldApostrophes } from './tokens';
import { holdsDraftText } from './draft-memory';

/**
 * Words that name a technical state or a failure (what went wrong, not how the customer feels about
 * it). Inflections listed; compared lower-case.
 */
const FAULT_STATE = new Set(
  (
    'error errors crash crashes crashed crashing fail fails failed failing failure failures problem problems ' +
    'issue issues bug bugs buggy broken break breaks block blocks blocked stuck stop stops stopped missing miss ' +
    'missed lost lose loses losing denied deny reject rejects rejected wrong warning warnings cancel cancels ' +
    'cancelled canceled cancellation delay delays delayed kill kills killed dead abort aborted fatal exception ' +
    'panic critical empty unable limit limited down offline unreachable timeout timeouts overflow overflows underflow underrun overrun invalid incorrect corrupt corrupted drop drops dropped damage damaged trouble risk attack ' +
    'force forced leak leaks low weak hard difficult confused confusing lack lacks debug unknown no broke spam mistake mistakes messed mess'
  ).split(' '),
);

/** Whether `word` (any case) names a technical state or a failure ("ERROR", "failed", "no"). */
export function isFaultState(word: string): boolean {
  return FAULT_STATE.has(foldApostrophes(word.toLowerCase()));
}

/**
 * Session 28 (mood2): words of physical damage or spoilage — what a delivery, a device or food arrived as
 * ("smashed", "cracked", "soaked", "melted", "rotten"). A state of the thing, like FAULT_STATE, but kept
 * out of it: VADER still reads the few it rates ("ruined", "destroyed") as the customer's judgement.
 */
const DAMAGE = new Set(
  (
    'smashed cracked crushed dented shattered torn ripped soaked sodden soggy wet waterlogged melted leaking leaked leaky ' +
    'scratched scuffed ruined destroyed spoiled spoilt rotten rotting mouldy moldy stale stained squashed squished bent ' +
    'snapped burst mangled wrecked busted defective faulty chipped shredded crumpled flattened spilled spilt tampered ' +
    'frozen freezes freezing froze late thawed defrosted'
  ).split(' '),
);

/** Whether `word` (any case) names physical damage or spoilage (DAMAGE: "smashed", "soaked", "rotten"). */
export function isDamageWord(word: string): boolean {
  return DAMAGE.has(foldApostrophes(word.toLowerCase()));
}

/**
 * The fault lexicon: a technical state or failure (FAULT_STATE) or damage (DAMAGE) — what is still wrong
 * in a sentence ("came broken", "arrived smashed", "works then freezes"). Any case.
 */
export function isFaultWord(word: string): boolean {
  const w = foldApostrophes(word.toLowerCase());
  return FAULT_STATE.has(w) || DAMAGE.has(w);
}

/** Damage words that also name a kind of goods when a noun follows them: "frozen meals", "wet food" (session 29). */
const GOODS_KIND = new Set(['frozen', 'wet']);
/** Words after "frozen"/"wet" that leave it a state, not a kind of goods: "frozen and", "wet through", "frozen again", "wet inside the box". */
const STATE_AFTER = new Set(
  'and or but again through solid when after before because so too now still inside in on at for from with all up the a an my our your it i we'.split(' '),
);
/** A word: letters, with an inner apostrophe ("isn't"). */
const WORD_RUN = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * Whether `text` (a sentence or part of one) names damage at some word: a word that `isDamage` accepts
 * (isDamageWord by default; openByFault in mood.ts passes isFaultWord), read with the word right after it —
 * "frozen" or "wet" followed, with only spaces between, by a word that is no STATE_AFTER word names a kind
 * of goods ("The frozen meals arrived"), not damage ("it arrived frozen", "the box was wet and torn"). The one
 * reading of damage by position that mood.ts (damage sentences, relief still open) and mood-sarcasm.ts
 * (a fault near praise) share.
 */
export function namesDamage(text: string, isDamage: (word: string) => boolean = isDamageWord): boolean {
  const words = [...text.matchAll(WORD_RUN)];
  return words.some((m, k) => {
    if (!isDamage(m[0])) return false;
    const w = m[0].toLowerCase();
    const next = words[k + 1];
    if (!GOODS_KIND.has(w) || !next) return true;
    const between = text.slice(m.index + m[0].length, next.index);
    return !/^[ \t]+$/.test(between) || STATE_AFTER.has(foldApostrophes(next[0].toLowerCase()));
  });
}

/**
 * Session 37 (mood): words of a game's fiction — its foes, combat, death and danger ("enemy", "die", "defeat",
 * "revenge"). Not the words a player says of the game or its makers ("you killed the game", "destroyed it", "doomed",
 * "evil", "a horror"): those judge. VADER rates them as anger or fear, but in a review of a game they tell what the game is
 * about or how it plays ("you try to survive till every enemy dies", "minimize your loss while defeating enemy
 * units"), not the customer's feeling about the company (RULINGS U1: affect or evaluative words about the company or
 * the service). Compared lower-case. Read only in a message about a game (ABOUT_GAME). Session 37 fix: no everyday
 * word of loss or evasion (loss, danger, avoid, hide, trap, prison), which a customer says of the company's conduct.
 */
const GAME_FICTION = new Set(
  (
    'enemy enemies foe foes die dies died dying death deaths fight fights fighting battle battles weapon weapons gun ' +
    'guns shoot shooting shot shots defeat defeated defeating revenge strike strikes violent violence hostile ghost ' +
    'ghosts attack attacks'
  ).split(' '),
);

/**
 * A message about a game: it names the game or its play ("game", "gameplay", "boss", "NPC", "multiplayer", "early
 * access"). Not "player", "level" or "campaign", which name a media player, a battery level or a marketing campaign
 * as often (session 37 fix). English, any case.
 */
const ABOUT_GAME = /\b(?:game|games|gameplay|gamer|gamers|boss|bosses|npcs?|rpg|roguelike|roguelite|multiplayer|singleplayer|co-op|early access|playthrough|speedrun)\b/i;

/** Whether `message` is about a game (ABOUT_GAME), so GAME_FICTION words in it are the game's, not the customer's affect. */
export function aboutGame(message: string): boolean {
  return ABOUT_GAME.test(message);
}

/**
 * `sentence` with its GAME_FICTION words blanked ("xx", a word VADER does not know, as neutralise blanks fault states),
 * for a message about a game (aboutGame): VADER then reads only the customer's own judgement ("boring", "awful").
 */
export function blankGameFiction(sentence: string): string {
  return sentence
    .split(CLAUSE_BREAK)
    .map((clause) => (COMPANY_SUBJECT.test(clause) ? clause : clause.replace(/[\p{L}'’]+/gu, (w) => (GAME_FICTION.has(w.toLowerCase()) ? 'xx' : w))))
    .join('');
}

/** Where a clause ends inside a sentence: a comma, semicolon, colon or dash, kept by split (capturing). */
const CLAUSE_BREAK = /([,;:]\s*|\s+[-–—]\s+)/u;

/**
 * A clause whose subject is the company's side: its update, its support or its people ("your update is an attack
 * on users", "you guys attack your own players", "support keeps avoiding me"). A GAME_FICTION word there judges the
 * company (RULINGS U1), so blankGameFiction keeps it. A bare "you" is left out: in a review of a game it is the
 * player ("you die a lot").
 */
const COMPANY_SUBJECT =
  /\b(?:your|their|the|this|that|which|its)\s+(?:latest\s+|last\s+|new\s+)?(?:update|updates|patch|patches|support|team|devs?|developers?|company|studio|publisher|staff|service|moderators?|mods)\b|\b(?:you|they)\s+(?:guys|people|folks|lot|devs?|developers)\b|\bsupport\b/iu;

/** Request formulas and courtesy: rated positive by VADER, neutral in a request for help. */
const COURTESY = new Set(
  (
    'please pls plz thanks thank thx ty sorry help helps helped helping hope hoping like want wants wish ' +
    'ok okay sure fine good great well yes yeah care support free true false kind kindly appreciate ' +
    'appreciated welcome dear best regards cheers bother bothering'
  ).split(' '),
);

/**
 * Session 27: formulas of reluctance a polite request opens with — "I hate to be a pain, but…", "hate to
 * bother you", "sorry to be a pain", "I'd hate to lose my photos" (a worry about what might happen) —
 * whose "hate" and "pain" VADER rates as anger. Blanked whole, like COURTESY words.
 */
const RELUCTANCE =
  /\b(?:(?:i|we)['’]d\s+hate\s+to|(?:would|'d)\s+hate\s+to|hate\s+to\s+(?:bother|ask|say|trouble|disturb|interrupt|chase|nag|admit|complain|be\s+(?:a|that)\s+(?:pain|nuisance|bother))|(?:sorry|apologies)\s+(?:to|for)\s+(?:be|being)\s+(?:a|such\s+a)\s+(?:pain|nuisance|bother))\b/giu;

/**
 * VADER's negators; the port compares them case-sensitively, so "NOT good" would read as praise, and
 * knows only the straight apostrophe, so "won’t be disappointed" (a phone's curly one) read as
 * disappointment: both are folded before VADER reads them (session 21b).
 */
const NEGATOR = /\b(?:not|no|never|none|nobody|nothing|neither|nor|nowhere|cannot|\w+n['’]t)\b/gi;

/** What is not the customer's prose: links, @handles, inline code. */
const NOISE = /https?:\/\/\S+|www\.\S+|@\w+|`[^`\n]*`/g;

/**
 * The sentence as VADER should read it: links and handles dropped, fault-state and courtesy words
 * blanked (replaced by a word VADER does not know, so its neighbours' modifiers still count), negators
 * lower-cased.
 */
export function neutralise(sentence: string): string {
  return sentence
    .replace(NOISE, ' ')
    .replace(RELUCTANCE, (m) => m.replace(/[\p{L}'’]+/gu, 'xx'))
    .replace(/[\p{L}'’]+/gu, (w) => {
      const lower = foldApostrophes(w.toLowerCase());
      return FAULT_STATE.has(lower) || COURTESY.has(lower) ? 'xx' : w;
    })
    .replace(NEGATOR, (w) => foldApostrophes(w.toLowerCase()));
}

/**
 * VADER's compound score (−1 = most negative … 1 = most positive) of one sentence of the customer's
 * message, read as {@link neutralise} says. 0 for a sentence with no rated words.
 */
export function sentenceValence(sentence: string): number {
  return compound(neutralise(sentence));
}

/** VADER's compound score of prepared text; 0 when it has no letter left to rate. */
function compound(text: string): number {
  if (!/\p{L}/u.test(text)) return 0;
  return vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
}

/** The words of `sentence` that VADER rates negative on their own, in order (evidence for the panel). */
export function negativeWords(sentence: string): string[] {
  const out: string[] = [];
  for (const m of neutralise(sentence).matchAll(/[\p{L}'’]+/gu)) {
    if (m[0] === 'xx') continue;
    if (wordValence(m[0]) < 0) out.push(m[0]);
  }
  return out;
}

/**
 * Words already scored by {@link wordValence}: a word's score depends on the word alone, and a help
 * desk's messages repeat their words, so each distinct word (as written) is read by VADER once. Cleared
 * when it holds WORD_CACHE_SIZE words, so a stream of new words cannot grow it without bound.
 */
const wordCache = holdsDraftText(new Map<string, number>());
/** Distinct words kept by the word-score cache before it starts again (~ a few hundred KB). */
export const WORD_CACHE_SIZE = 20_000;

/**
 * Empties the word-score cache. The readings do not change (a word is simply scored again); tests that
 * count VADER calls use it so their count does not depend on what earlier files in the same worker read.
 */
export function clearWordCache(): void {
  wordCache.clear();
}

/** VADER's compound score (−1…1) of one word on its own, as written (no blanking); 0 if unrated. */
export function wordValence(word: string): number {
  let v = wordCache.get(word);
  if (v === undefined) {
    v = vader.SentimentIntensityAnalyzer.polarity_scores(word).compound as number;
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
    wordCache.set(word, v);
  }
  return v;
}

/**
 * VADER's compound score (−1…1) of a sentence as written: praise words are kept ("Works great, no
 * complaints!" is positive), negators lower-cased as in {@link neutralise}. 0 when nothing is rated.
 */
export function rawValence(sentence: string): number {
  return compound(asWritten(sentence));
}

/** `sentence` as {@link rawValence} hands it to VADER: links and handles dropped, negators lower-cased. */
function asWritten(sentence: string): string {
  return sentence.replace(NOISE, ' ').replace(NEGATOR, (w) => foldApostrophes(w.toLowerCase()));
}

/**
 * The valences of one customer message's texts, each computed once. Reading a message asks VADER about
 * the same text several times — a sentence neutralised and as written for the learned hurry model
 * (mood-learned.ts), again for blame and "!!!" (mood.ts), the whole message for the model and again
 * for the praise check — and VADER is the costliest step of reading a message (a few hundred µs per
 * sentence). Same numbers as {@link rawValence}, {@link sentenceValence} and {@link negativeWords};
 * only the repeats are gone. Get one with {@link valencesOf}.
 */
export class Valences {
  private readonly raws = new Map<string, number>();
  private readonly sentences = new Map<string, number>();
  private readonly negatives = new Map<string, readonly string[]>();
  /** VADER's compound per prepared text: a sentence with nothing to blank is the same text both ways. */
  private readonly compounds = new Map<string, number>();

  /** {@link rawValence} of `text`, computed on its first call. */
  raw(text: string): number {
    let v = this.raws.get(text);
    if (v === undefined) this.raws.set(text, (v = this.compound(asWritten(text))));
    return v;
  }

  /** {@link sentenceValence} of `text`, computed on its first call. */
  sentence(text: string): number {
    let v = this.sentences.get(text);
    if (v === undefined) this.sentences.set(text, (v = this.compound(neutralise(text))));
    return v;
  }

  private compound(prepared: string): number {
    let v = this.compounds.get(prepared);
    if (v === undefined) this.compounds.set(prepared, (v = compound(prepared)));
    return v;
  }

  /** {@link negativeWords} of `text`, computed on its first call (do not change the list). */
  negativeWords(text: string): readonly string[] {
    let v = this.negatives.get(text);
    if (v === undefined) this.negatives.set(text, (v = negativeWords(text)));
    return v;
  }
}

const byMessage = new WeakMap<object, Valences>();

/**
 * The {@link Valences} of one message, keyed by its analysis object (text.ts's TextView): every reader
 * of the same view shares them, and they go when the view does (a WeakMap, so nothing outlives it).
 */
export function valencesOf(message: object): Valences {
  let v = byMessage.get(message);
  if (!v) byMessage.set(message, (v = new Valences()));
  return v;
}

/** German words an English lexicon misreads or a German message is told by: "die" (the article; VADER: −0.6), "war" ("was"; −0.6). */
const GERMAN_MARKERS = /(?<![\p{L}'’])(?:die|war)(?![\p{L}'’])|(?<!\p{L})\p{L}{0,40}[äöüß]/giu;

/**
 * Whether a customer's message reads as German rather than English (session 22): its German function
 * words (language.ts), "die"/"war" and words with ä, ö, ü or ß number at least two and more than its
 * English function words. The English lexicon does not read such a message: "Die App stürzt ständig ab"
 * is a calm fault report, not "die" (VADER −0.6) said of the app. "I don't want my battery to die" stays
 * English. Pure; linear in the text (a marker word is found from its start, at most 40 letters in).
 */
export function readsAsGerman(text: string): boolean {
  const de = functionWords(text, 'de').hits + (text.match(GERMAN_MARKERS)?.length ?? 0);
  return de >= 2 && de > functionWords(text, 'en').hits;
}
