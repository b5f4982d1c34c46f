// Session 38 (mood): a customer's affect word typed with a doubled letter dropped or added — "dissapointed",
// "anoying", "horible", "recomend"; "frustated" is not (a letter lost, not a double) — reads as the word meant, so the
// pack's mood cues and the readers that take the message's tokens see it. This applies RULINGS U1 (emotion words and
// evaluative words about the service mark upset) and corpus-extra R-G1 (a review's unhedged verdict) to the word the
// customer meant; reviews and forum posts are typed fast: the tuning rows missed "I'm so dissapointed to where this
// game is going" (gamedev) and "i cant recomend this" (roguedev) for the spelling alone. Only doubling is folded: the
// skeleton of a word (each run of one letter made one, "disappointed" → "disapointed") is compared with the skeletons
// of VADER's strong affect words (affect-words.generated.ts). English; pure (no DOM).
import { AFFECT_WORDS } from './affect-words.generated';
import { formsOf } from './inflect';
import { TOKEN_WORD, type Token } from './tokens';

/** A word with each run of one letter made one letter ("dissapointed" and "disappointed" → "disapointed"). */
export function skeleton(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

/**
 * The fewest letters a typed word needs to be read as a misspelling (shorter ones fold into real words: "shot"/"shoot",
 * "loose"/"lose"); also the shortest affect word scripts/gen-affect-words.ts keeps, so the two cannot drift apart.
 */
export const MIN_LETTERS = 6;

/**
 * Real English words that share a skeleton with a strong affect word ("smoother"/"smother", "hopping"/"hoping",
 * "scarring"/"scaring"): typed as written, never folded. Every inflected form of a listed verb is listed (inflect.ts's
 * formsOf: "scar", "scars", "scarred", "scarring"), and the adjective's comparative and superlative. Found by folding
 * every word of the tuning rows' messages and replies and the forms of about 120 one-syllable verbs that double their
 * last consonant (session 38); the repo has no English word list to build this from (names and places only).
 */
const REAL_WORDS = new Set([...formsOf(['hop', 'scar']), 'smoother', 'smoothest']);

/**
 * Skeleton → the first of `words` that has it: a skeleton two words share ("crueler"/"crueller") is kept once, by the
 * first listed. Shared by the customer's affect words (here) and the reply's apology forms (apology-spelling.ts).
 */
export function firstFormBySkeleton(words: Iterable<string>): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const w of words) {
    const k = skeleton(w);
    if (!m.has(k)) m.set(k, w);
  }
  return m;
}

/** Skeleton → the one strong affect word that has it (firstFormBySkeleton of AFFECT_WORDS). */
const BY_SKELETON = firstFormBySkeleton(AFFECT_WORDS);
const AFFECT = new Set(AFFECT_WORDS);

/**
 * The affect word a customer's typed word stands for, or undefined when it is written as an English word or is no
 * doubling slip of one. `norm` is the token's lower-case form (tokens.ts). A word of fewer than MIN_LETTERS
 * letters, a listed real word (REAL_WORDS), an affect word itself and anything with a character outside a–z are
 * left as written.
 */
export function meantAffectWord(norm: string): string | undefined {
  if (norm.length < MIN_LETTERS || !/^[a-z]+$/.test(norm) || AFFECT.has(norm) || REAL_WORDS.has(norm)) return undefined;
  const w = BY_SKELETON.get(skeleton(norm));
  return w !== undefined && w !== norm ? w : undefined;
}

/**
 * `tokens` with each word token that is a doubling slip of a strong affect word (meantAffectWord) given that word
 * as its `norm`; offsets (UTF-16, into the text the tokens were read from) unchanged, so spans still show what the
 * customer typed. A word that starts with a capital letter after its sentence's first word (`text` is that text) is
 * a name ("Brooke") and kept. Returns `tokens` itself when nothing changes.
 */
export function respelt(tokens: readonly Token[], text: string): Token[] {
  return respeltBy(tokens, text, meantAffectWord);
}

/**
 * `tokens` with each word token that `meant` reads as another word (given the token's lower-case `norm`, the word
 * meant or undefined) given that word as its `norm`; offsets unchanged. The edges of respelt: a word that starts with
 * a capital letter after its sentence's first word is a name and kept, unless typed all in capitals (`keepNames`
 * false reads such words too: for a word class no name is spelt like). Returns `tokens`
 * itself when nothing changes. Shared by the customer's affect words (respelt) and the reply's apology words
 * (apology-spelling.ts).
 */
export function respeltBy(
  tokens: readonly Token[],
  text: string,
  meaning: (norm: string) => string | undefined,
  keepNames = true,
): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== TOKEN_WORD) continue;
    const meant = meaning(t.norm);
    if (meant === undefined) continue;
    const first = text[t.start]!;
    const prev = tokens[i - 1];
    const opensSentence = prev === undefined || (prev.kind !== TOKEN_WORD && /[.!?]/.test(prev.norm));
    if (keepNames && !opensSentence && first !== first.toLowerCase()) {
      const typed = text.slice(t.start, t.end);
      if (typed !== typed.toUpperCase()) continue; // a capitalised name, not a shouted word
    }
    out ??= tokens.slice();
    out[i] = { ...t, norm: meant };
  }
  return out ?? (tokens as Token[]);
}
