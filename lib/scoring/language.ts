// Is the draft clearly in another language than the pack? A German reply scored against the English
// pack gets 0 and a screenful of "missing" advice that cannot help; the coach says "this looks German"
// instead. Detection is franc-min (trigram profiles of 82 languages, wooorm/franc), and it decides only
// when it can: a long enough draft, a pack language franc-min knows, and a clear margin.
// Pure: no DOM, no extension API.
import { francAll } from 'franc-min';

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
const remembered = new Map<string, LanguageMismatch | null>();
const REMEMBER = 16;

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
  const pack = packLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  const packCode = TO_639_3[pack];
  if (!packCode) return null;
  // Token by token, not one regex over the text: `\S*\d\S*` backtracks quadratically over a long
  // run of non-space characters without a digit (a 1 MB single-word draft took minutes).
  const plain = text
    .split(/\s+/)
    .filter((token) => token && !/^https?:\/\//.test(token) && !/^[@^#]/.test(token) && !/\d/.test(token))
    .join(' ');
  if ((plain.match(/\p{L}{2,}/gu)?.length ?? 0) < MIN_WORDS) return null;
  // Cut at a space so the sample ends on a whole word.
  const cut = plain.length > SAMPLE_CHARS ? plain.lastIndexOf(' ', SAMPLE_CHARS) : -1;
  const sample = cut > 0 ? plain.slice(0, cut) : plain;
  const key = `${pack}\u0000${sample}`;
  if (remembered.has(key)) return remembered.get(key) ?? null;
  const found = detect(sample, pack, packCode);
  if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, found);
  return found;
}

function detect(plain: string, pack: string, packCode: string): LanguageMismatch | null {
  const ranked = francAll(plain, { minLength: 1 });
  const [best] = ranked;
  if (!best || best[0] === 'und' || best[0] === packCode) return null;
  const packScore = ranked.find(([code]) => code === packCode)?.[1] ?? 0;
  if (packScore >= MAX_PACK_SHARE * best[1]) return null;
  const draft = TO_639_1[best[0]];
  return draft ? { draft, pack } : null;
}
