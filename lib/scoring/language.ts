// Is the draft clearly in another language than the pack? A German reply scored against the English
// pack gets 0 and a screenful of "missing" advice that cannot help; the coach says "this looks German"
// instead. Detection is franc-min (trigram profiles of 82 languages, wooorm/franc), and it decides only
// when it can: a long enough draft, a pack language franc-min knows, and a clear margin.
// Speed: most drafts are plainly in the pack's language, which its common function words show in a
// few microseconds (`clearlyIn`); franc-min's ranking (`rankLanguages`, the same numbers as its
// `francAll`, computed from its own data with one lookup per trigram) reads only the rest, and only
// the draft's opening is ever read, never the whole draft.
// Pure: no DOM, no extension API.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { clean } from 'trigram-utils';
import { holdsDraftText } from './draft-memory';

/** ISO 639-1 (what packs and browsers use) → ISO 639-3 (what franc-min answers), for franc-min's languages. */
const TO_639_3: Record<string, string> = {
  ar: 'arb', az: 'azj', be: 'bel', bg: 'bul', bs: 'bos', cs: 'ces', de: 'deu', en: 'eng', es: 'spa', fa: 'pes',
  fr: 'fra', ha: 'hau', hi: 'hin', hr: 'hrv', hu: 'hun', id: 'ind', ig: 'ibo', it: 'ita', ja: 'jpn', jv: 'jav',
  kk: 'kaz', ko: 'kor', mr: 'mar', ms: 'zlm', ne: 'npi', nl: 'nld', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus',
  rw: 'kin', so: 'som', sr: 'srp', su: 'sun', sv: 'swe', sw: 'swh', tl: 'tgl', tr: 'tur', uk: 'ukr', ur: 'urd',
  uz: 'uzn', vi: 'vie', yo: 'yor', zh: 'cmn', zu: 'zul', el: 'ell', th: 'tha',
};
const TO_639_1 = Object.fromEntries(Object.entries(TO_639_3).map(([one, three]) => [three, one]));

/**
 * Fewer words than this (of two letters or more, not counting links, @handles, ^signatures or
 * anything with a digit) and the draft is not judged: short replies fool trigram detection
 * ("Hey James, when did you fly?" reads as German; "Hi Helen, calm down, it's simply a cached
 * password." — eight words — read as Dutch). Chosen on the dev corpora and the shipped packs' own
 * examples (2026-11-30): with 12 words and the margin below, none of the 190 English pack examples
 * and no English corpus reply was judged foreign, and every Spanish or Portuguese corpus reply long
 * enough to judge was. A draft that is not judged is scored as usual: a missed foreign draft costs
 * less than an English reply left without coaching.
 */
export const MIN_WORDS = 12;
/** The pack's language must score below this share of the best language's score (franc's 0–1 scale). */
export const MAX_PACK_SHARE = 0.8;

/**
 * The draft's language is read from its opening this many characters (after the filter below):
 * a few sentences are plenty for trigram detection, and while the agent types on past it the
 * answer is remembered instead of re-read on every keystroke (franc-min compares the text with 82
 * language profiles: about 0.4 ms per short reply on the dev machine, 2026-11-30).
 */
export const SAMPLE_CHARS = 300;
const remembered = holdsDraftText(new Map<string, LanguageMismatch | null>());
const REMEMBER = 16;
/** The last pack locale asked about and its language code (`de-AT` → `de`). */
let lastLocale: string | undefined;
let lastPack = '';

/** What the detector found: the draft's language and the pack's, as ISO 639-1 codes (`de`, `en`). */
export interface LanguageMismatch {
  draft: string;
  pack: string;
}

/**
 * The draft's language when it is clearly not the pack's (`locale`, e.g. `en`, `de-AT`), else null.
 * Null too when the draft is short, the pack's language is one franc-min does not know, or the best
 * guess is a language without an ISO 639-1 code.
 */
export function languageMismatch(text: string, packLocale: string): LanguageMismatch | null {
  // One scorer asks for one pack locale draft after draft: its language code is read once.
  if (packLocale !== lastLocale) {
    lastLocale = packLocale;
    lastPack = packLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  }
  const pack = lastPack;
  const packCode = TO_639_3[pack];
  if (!packCode) return null;
  const opening = openingOf(text);
  if (!opening) return null;
  const { sample } = opening;
  const key = `${pack}\u0000${sample}`;
  if (remembered.has(key)) return remembered.get(key) ?? null;
  // Most drafts are plainly in the pack's language: its common function words say so without
  // comparing 82 trigram profiles. Only a sample that is not clearly the pack's goes to franc-min.
  const found = clearlyIn(sample, pack) ? null : detect(sample, pack, packCode);
  if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, found);
  return found;
}

/**
 * The draft's opening as franc-min reads it: tokens (split at white space) that are no link,
 * @handle, ^signature, #tag or anything with a digit, joined by single spaces and cut at a space
 * near `SAMPLE_CHARS`. Null when the whole filtered draft has fewer than `MIN_WORDS` words of two
 * letters or more. Reads the draft only as far as it needs to: the opening, then (for a draft whose
 * opening is short of words) on until `MIN_WORDS` words are seen.
 */
function openingOf(text: string): { sample: string } | null {
  // Token by token, not one regex over the text: `\S*\d\S*` backtracks quadratically over a long
  // run of non-space characters without a digit (a 1 MB single-word draft took minutes).
  const token = /\S+/g;
  let plain = '';
  let words = 0;
  let m: RegExpExecArray | null;
  while ((m = token.exec(text)) !== null) {
    const t = m[0];
    if (!readable(t)) continue;
    if (plain.length > SAMPLE_CHARS) {
      // Past the opening: only the count of words is still wanted.
      if (words >= MIN_WORDS) break;
      words += wordsIn(t);
      continue;
    }
    plain = plain ? `${plain} ${t}` : t;
    words += wordsIn(t);
    // One token longer than the whole sample: the sample is everything (see the cut below).
    if (plain.length > SAMPLE_CHARS && plain.lastIndexOf(' ', SAMPLE_CHARS) <= 0) return openingOfWhole(text);
  }
  if (words < MIN_WORDS) return null;
  return { sample: cutAtSpace(plain) };
}

const WORD = /\p{L}{2,}/gu;
/** One code point that is a letter (`\p{L}`), for `wordsIn`'s characters beyond ASCII. */
const LETTER = /^\p{L}$/u;

/**
 * How many matches of WORD (`/\p{L}{2,}/gu`: runs of two letters or more) `token` holds, counted
 * without the array of matches: runs of letters, code point by code point (ASCII letters by their
 * codes, others by `\p{L}`), counting each run of two or more.
 */
function wordsIn(token: string): number {
  let count = 0;
  let run = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else {
      const cp = token.codePointAt(i)!;
      if (cp > 0xffff) i++;
      letter = LETTER.test(String.fromCodePoint(cp));
    }
    if (letter) run++;
    else {
      if (run >= 2) count++;
      run = 0;
    }
  }
  return run >= 2 ? count + 1 : count;
}

/** Whether franc-min reads a token: no link, @handle, ^signature, #tag, nothing with a digit. */
function readable(token: string): boolean {
  const c = token.charCodeAt(0);
  // '@', '^', '#'
  if (c === 64 || c === 94 || c === 35) return false;
  if (token.startsWith('http://') || token.startsWith('https://')) return false;
  // \d without the u flag: ASCII digits only.
  for (let i = 0; i < token.length; i++) {
    const d = token.charCodeAt(i);
    if (d >= 48 && d <= 57) return false;
  }
  return true;
}

/** `plain` cut at the last space before `SAMPLE_CHARS`, so the sample ends on a whole word (all of it when short or without one). */
function cutAtSpace(plain: string): string {
  const cut = plain.length > SAMPLE_CHARS ? plain.lastIndexOf(' ', SAMPLE_CHARS) : -1;
  return cut > 0 ? plain.slice(0, cut) : plain;
}

/** `openingOf` for a draft whose opening is one long token: the whole filtered draft is the sample. */
function openingOfWhole(text: string): { sample: string } | null {
  const plain = text
    .split(/\s+/)
    .filter((token) => token && readable(token))
    .join(' ');
  if ((plain.match(WORD)?.length ?? 0) < MIN_WORDS) return null;
  return { sample: cutAtSpace(plain) };
}

/**
 * Words common in running text of one language and rare as words of the others franc-min is
 * usually torn between (Dutch, German, Scandinavian, Romance): "in", "is", "we", "was", "so", "will",
 * "die", "me", "no", "on" are left out on purpose. Lower case, straight apostrophes.
 */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    (
      "the and you your yours to of for this that these those with have has had be been are were it it's its i i'm i've i'll i'd " +
      "we're we've we'll our ours us my can could would should there they them their from just know let get any at by or but " +
      "do does did don't can't won't how about all here into more some sorry hi hello thanks thank please which what when " +
      "you're you've you'll need than then if not"
    ).split(' '),
  ),
  de: new Set(
    (
      'und der das den dem des ein eine einen einem einer ich sie wir ihr ihre ihren ihnen uns mich mir nicht mit für ist ' +
      'sind zu auf bei von sich auch noch bitte dass haben habe wird werden kann können gern gerne wenn oder aber schon jetzt ' +
      'hier dann nach wie ihnen vielen dank hallo leider gibt wurde wurden sehr'
    ).split(' '),
  ),
};
/** At least this share of the sample's words must be the pack language's function words… */
const CLEAR_SHARE = 0.3;
/** …and at least this many of them, so a short sample never decides by one or two words. */
const CLEAR_HITS = 5;

/**
 * True when `sample` is plainly in the language `pack` (ISO 639-1) by its function words (see
 * FUNCTION_WORDS): then franc-min would not call it foreign either (checked on every corpus reply and
 * shipped pack line, `language.test.ts` and scripts/bench/report-guard.ts). False for a language
 * without a list here.
 */
export function clearlyIn(sample: string, pack: string): boolean {
  const { hits, words } = functionWords(sample, pack);
  return hits >= CLEAR_HITS && hits >= CLEAR_SHARE * words;
}

/**
 * How many of `sample`'s words are function words of `lang` (ISO 639-1: "en" or "de"; 0 for a language
 * without a list here), and how many words it has (letters, with inner apostrophes). Lower-cased;
 * a curly apostrophe reads as a straight one.
 */
export function functionWords(sample: string, lang: string): { hits: number; words: number } {
  const common = FUNCTION_WORDS[lang];
  const lower = sample.toLowerCase();
  const words = (lower.includes('’') ? lower.replace(/’/g, "'") : lower).match(/\p{L}+(?:'\p{L}+)*/gu) ?? [];
  let hits = 0;
  if (common) for (const w of words) if (common.has(w)) hits++;
  return { hits, words: words.length };
}

/** franc-min's verdict on a sample: the draft's language when clearly not the pack's (`packCode`: ISO 639-3), else null. */
export function detect(plain: string, pack: string, packCode: string): LanguageMismatch | null {
  const d = distancesOf(plain);
  if (Array.isArray(d)) {
    // No profiles to compare: 'und' or a script's name, never a language code.
    const [best] = d;
    if (!best || best[0] === 'und' || best[0] === packCode) return null;
    const draft = TO_639_1[best[0]];
    return draft && 0 < MAX_PACK_SHARE * best[1] ? { draft, pack } : null;
  }
  // What rankLanguages would rank first (the first language of least distance: its sort is stable)
  // and the pack language's score, read off the distances without the ranked list.
  const { languages, distance, length } = d;
  if (languages.length === 0) return null;
  let top = 0;
  for (let i = 1; i < distance.length; i++) if (distance[i]! < distance[top]!) top = i;
  if (languages[top] === packCode) return null;
  const min = distance[top]!;
  const bestScore = francScore(min, min, length);
  const packIndex = languages.indexOf(packCode);
  const packScore = packIndex < 0 ? 0 : francScore(distance[packIndex]!, min, length);
  if (packScore >= MAX_PACK_SHARE * bestScore) return null;
  const draft = TO_639_1[languages[top]!];
  return draft ? { draft, pack } : null;
}

/** franc-min's constants (franc-min/index.js): the longest sample it reads, the cost of a trigram a language lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * One script's languages as `rankLanguages` reads them: the language codes in franc-min's order, and
 * for each trigram of any of their profiles the languages that have it with its weight (rank in
 * the profile), as pairs (language index, weight).
 */
interface ScriptProfiles {
  languages: string[];
  byTrigram: Map<string, number[]>;
}

let profiles: Map<string, ScriptProfiles> | undefined;

/**
 * franc-min's trigram profiles, turned around (trigram → languages), made on the first draft that
 * needs them. Each language's weights are made exactly as franc-min makes them (the profile split at
 * `|`, a trigram listed twice keeps its first place).
 */
function profilesOf(): Map<string, ScriptProfiles> {
  if (profiles) return profiles;
  profiles = new Map();
  for (const script of Object.keys(data)) {
    const languages = Object.keys(data[script]!);
    const byTrigram = new Map<string, number[]>();
    languages.forEach((language, index) => {
      const model = data[script]![language]!.split('|');
      const weights = new Map<string, number>();
      for (let weight = model.length - 1; weight >= 0; weight--) weights.set(model[weight]!, weight);
      for (const [trigram, weight] of weights) {
        const list = byTrigram.get(trigram);
        if (list) list.push(index, weight);
        else byTrigram.set(trigram, [index, weight]);
      }
    });
    profiles.set(script, { languages, byTrigram });
  }
  return profiles;
}

/**
 * What franc-min's `francAll(value, { minLength: 1 })` answers, the same list with the same numbers:
 * languages of the text's most used script ranked by trigram distance, normalised to 0–1 (best 1),
 * or `[['und', 1]]`. franc-min looks every trigram of the text up in every language's profile
 * (about 50 object lookups per trigram for Latin script); here each trigram is looked up once and
 * charged only to the languages that have it: a language's distance is MAX_DIFFERENCE for every
 * trigram of the text, less what each trigram it has saves. Integer sums, so the distances are
 * franc-min's exactly, and ranking and normalising are its own steps (language.test.ts compares the two).
 */
export function rankLanguages(text: string): [string, number][] {
  const d = distancesOf(text);
  if (Array.isArray(d)) return d;
  const { languages, distance, length } = d;
  const ranked: [string, number][] = languages.map((language, i) => [language, distance[i]!]);
  if (ranked.length === 0) return [['und', 1]];
  // franc-min's own steps: a stable sort by distance, then 1 − (d − min) / (length × 300 − min).
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0]![1];
  for (const r of ranked) r[1] = francScore(r[1], min, length);
  return ranked;
}

/**
 * franc-min's score of a language at trigram distance `distance`, the least distance being `min` and
 * the text read `length` code units long: 1 − (distance − min) / (length × 300 − min), 0 when that is
 * not a number (a text too short to compare). The best language scores 1.
 */
function francScore(distance: number, min: number, length: number): number {
  return 1 - (distance - min) / (length * MAX_DIFFERENCE - min) || 0;
}

/**
 * `rankLanguages`' first steps: the trigram distance of each language of the text's most used
 * script (in franc-min's order) and the length of the text read (at most MAX_LENGTH); or, when
 * there are no profiles to compare, the whole answer (`[['und', 1]]` or `[[script, 1]]`).
 */
function distancesOf(text: string): { languages: string[]; distance: number[]; length: number } | [string, number][] {
  if (!text) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const known = script === undefined ? undefined : profilesOf().get(script);
  if (!known) return script === undefined || share === 0 ? [['und', 1]] : [[script, 1]];
  const counts = trigramCounts(value);
  const { languages, byTrigram } = known;
  const distance = new Array<number>(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const list = byTrigram.get(trigram);
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i += 2) {
      let difference = count - list[i + 1]! - 1;
      if (difference < 0) difference = -difference;
      distance[list[i]!]! -= MAX_DIFFERENCE - difference;
    }
  }
  return { languages, distance, length: value.length };
}

/**
 * franc-min's getTopScript: the script whose characters occur most (the first of equals), and its
 * share. Of franc-min's script expressions only Latin's matches ASCII characters, so every other
 * script matches at most the text's non-ASCII code units: when Latin matches more than that, Latin
 * wins whatever the others count, and they are not counted (most drafts, with a curly quote or two).
 */
function topScript(value: string): [string | undefined, number] {
  let wide = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 127) wide++;
  const latin = value.match(expressions.Latin!)?.length ?? 0;
  if (latin > wide) return ['Latin', latin / value.length || 0];
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/**
 * The sample's trigram counts as franc-min counts them: the trigrams of trigram-utils' `trigrams`
 * (franc-min's own dependency: its `clean` — ASCII punctuation, symbols and digits read as spaces,
 * white space collapsed and trimmed, lower-cased — padded with a space each side, every three code
 * units), counted in a Map. The same numbers as its `asDictionary` (what franc-min calls), which keeps
 * them in an object: on 2,588 corpus texts and odd inputs (every kind of white space, case-changing
 * letters, other scripts) no difference; `asDictionary` took 4–5× as long as this Map count
 * (2026-12-02, 300-character samples). The trigrams are read straight off the padded text: `trigrams`
 * builds its list from the last one back, which leaves V8 a sparse array (session 19).
 */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const t = padded.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}
