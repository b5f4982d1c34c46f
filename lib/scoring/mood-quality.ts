// Session 35 (mood): a review's verdict on the product told by a word of its quality ("very slow app", "the game is
// literally unplayable", "too slow and laggy"). corpus-extra README R-G1: a review that judges the product or the
// service without a hedge is upset also without a sentiment word ("The drinks … have dropped off bad"); a hedged one
// ("a bit slow") is not. The sentiment lexicon rates these words 0 or blanks them as fault states (mood-sentiment.ts
// FAULT_STATE: "buggy", "broken"), since in a bug report they name what is wrong (RULINGS U1: a calm list of
// failures is not upset); so they count here only as a verdict — in a short review, stressed by a degree word or
// said of the product by name — never in a longer report, a question or a condition.
import { FIRST_PERSON_SUBJECTS, PERSONAL_POSSESSIVES, PRESENT_COPULA_WORDS, SERVICE_NOUNS } from './mood-words';
import { HEDGE } from './mood-target';
import { firstTokenFrom } from './cues';
import type { TextView } from './text';
import { TOKEN_WORD, type Token } from './tokens';

/**
 * Words that judge how the product as a whole performs or what it costs: speed, stability, use and price. Not
 * sentiment words (VADER rates "slow", "laggy", "expensive" 0), so judgedService / statedVerdict (mood.ts) do not
 * read them. Compared lower-case.
 */
export const QUALITY_WORDS: ReadonlySet<string> = new Set(
  'slow laggy buggy glitchy broken unplayable unusable unstable overpriced costly expensive clunky sluggish'.split(' '),
);

/** Degree words that stress a verdict (no hedge: "a bit", "kinda", "slightly" stop the reading, R-G1). */
const VERDICT_STRESS: ReadonlySet<string> = new Set(
  'very too so really extremely super literally totally completely absolutely utterly incredibly insanely painfully ridiculously always'.split(' '),
);

/**
 * Words a verdict clause may end on before a prepositional tail: "too slow to use", "too costly in the paid"; session 36
 * adds a time adverb or a reason ("literally unplayable now", "unusable since the update", "unplayable because of …").
 */
const TAIL = new Set(['to', 'in', 'on', 'for', 'with', 'at', 'and', 'but', ...'now anymore again lately because since'.split(' ')]);

/** The products a quality word may judge by name: SERVICE_NOUNS plus the game a player reviews. */
const PRODUCT = (w: string) => SERVICE_NOUNS.has(w) || w === 'game' || w === 'games';

/** Articles and demonstratives between a quality word and the product it judges ("buggy and broken the app"). */
const ARTICLE = new Set(['the', 'this', 'that', 'an', 'a', 'its', 'your']);

/** A condition or a question opens the sentence: "if it is too slow, …", "is it too slow on …" (no verdict). */
const CONDITION = /\b(?:if|when|whenever|unless|whether|in case)\b/i;

/** A token that negates the degree word after it ("not too slow", "isn't so bad"). */
const NEGATOR = /^(?:not|never|nt|'t|no)$/;
/** A message that asks (a question, "any tips", "steps"): a report to support, not a review (R-G1). "Please fix." may end a review. */
const REPORT_ASKS = /\?|\b(?:any\s+(?:tips?|ideas?|advice|way|fix|help|suggestions?)|(?:can|could|would|do|does)\s+you|is\s+there|how\s+(?:do|can|could)\s+(?:i|we)|steps?|attached|below)\b/i;

/**
 * Session 35: in a short review (`short`: the message has at most mood.ts SHORT_MESSAGE_WORDS words), a clause that
 * gives the product a verdict by QUALITY_WORDS — a run of them ("slow and laggy") either stressed by a degree word
 * right before it (VERDICT_STRESS: "very slow app", "is literally unplayable", "too costly in the paid") or set next
 * to the product named (PRODUCT: "buggy app", "buggy and broken the app"); the clause ends after the run or the
 * product, or goes on with a preposition or a conjunction (TAIL). Not in a question or a condition (CONDITION), not
 * after a negation ("not too slow") or a hedge (mood-target.ts HEDGE: "a little too expensive"), and in a message
 * that asks (REPORT_ASKS: a report to support) only when the product is both named and stressed. Applies corpus-extra README R-G1 (unhedged judgements of the product are
 * upset) and RULINGS U1 (evaluative words about the service). English. Returns the run's span (UTF-16 offsets into
 * the message), at most one.
 */
export function qualityVerdict(view: TextView, short: boolean): { start: number; end: number }[] {
  if (!short) return [];
  const asks = REPORT_ASKS.test(view.scan);
  for (const sp of view.sentences) {
    const s = view.scan.slice(sp.start, sp.end);
    if (/\?/.test(s) || CONDITION.test(s)) continue;
    const t: Token[] = view.tokens.slice(firstTokenFrom(view.tokens, sp.start), firstTokenFrom(view.tokens, sp.end));
    for (let i = 0; i < t.length; i++) {
      if (!QUALITY_WORDS.has(t[i]!.norm)) continue;
      // the run: quality words joined by "and" or a comma
      let end = i;
      for (let k = i + 1; k < t.length; k++) {
        const n = t[k]!.norm;
        if (QUALITY_WORDS.has(n)) end = k;
        else if (n !== 'and' && n !== ',') break;
      }
      const before = t[i - 1]?.norm ?? '';
      const negated = NEGATOR.test(t[i - 2]?.norm ?? '') || NEGATOR.test(before);
      if (negated) break;
      let k = end + 1;
      while (k < t.length && ARTICLE.has(t[k]!.norm)) k++;
      const namedAfter = k < t.length && PRODUCT(t[k]!.norm);
      if (namedAfter) k++;
      // a hedge up to three words back, before the degree words ("a little too expensive"; R-G1)
      const lead = view.scan.slice(sp.start, t[i]!.start).replace(/(?:\b(?:very|too|so|really)\s+)+$/i, '');
      if (HEDGE.test(lead)) break;
      const stressed = VERDICT_STRESS.has(before);
      const closes = k >= t.length || t[k]!.kind !== TOKEN_WORD || TAIL.has(t[k]!.norm);
      if ((asks ? stressed && namedAfter : stressed || namedAfter) && closes) return [{ start: t[stressed ? i - 1 : i]!.start, end: t[end]!.end }];
      // Session 36: a verdict said without a degree word or the product's name — the run as the sentence's
      // fragment ("Slow.", "SLOW, BIG AND BULKY.", "Slow gameplay.") or the predicate of the product in the present
      // ("the mobile version is slow and often doesn't load pages"); not in a message that asks (a report).
      if (!asks && (fragmentVerdict(t, i, end) || (closes && presentPredicate(t, i, view.scan)))) return [{ start: t[i]!.start, end: t[end]!.end }];
      i = end;
    }
  }
  return [];
}

/** Present-tense verbs that make a quality word the predicate of a thing ("is slow", "feels clunky", "runs sluggish"). */
const PRESENT_COPULA: ReadonlySet<string> = new Set([...PRESENT_COPULA_WORDS, 'runs', 'run']);
/**
 * A subject word that makes the predicate the customer's own state, a person's or their own thing ("I am slow", "my
 * internet is slow", "he is slow"): the first person, a person's possessive, and the other personal pronouns.
 */
const OWN_SUBJECT: ReadonlySet<string> = new Set([...FIRST_PERSON_SUBJECTS, 'me', ...PERSONAL_POSSESSIVES, 'you', 'he', 'she', 'they']);

/**
 * Session 36: whether the quality run t[i..end] is a sentence fragment that is nothing but the verdict — the run opens
 * the sentence and closes it ("Slow.", "Glitchy!") or goes on only with a comma and more words of the list ("SLOW, BIG
 * AND BULKY."), or one noun follows it and ends the sentence ("Slow gameplay.", "Clunky menus."). A review's one-word
 * verdict is an unhedged judgement (corpus-extra README R-G1; replies-fennec's notes label "Slow", "Bad" upset by it);
 * with a noun after it the fragment must end in a stop mark, which a thread's title lacks.
 * `t` holds the sentence's tokens.
 */
function fragmentVerdict(t: readonly Token[], i: number, end: number): boolean {
  if (i !== 0) return false;
  const after = t.slice(end + 1);
  const words = after.filter((x) => x.kind === TOKEN_WORD).length;
  // a noun after it only with a stop mark that closes the sentence: a thread's title ("Sluggish behaviour" on its own
  // line above a report) names the symptom and carries none
  const stopped = /^[.!]+$/.test(t.at(-1)!.norm);
  return words === 0 || after[0]!.norm === ',' || (words === 1 && after[0]!.kind === TOKEN_WORD && stopped);
}

/**
 * Session 36: whether the quality word t[i] is the present-tense predicate of a thing (PRESENT_COPULA right before it,
 * "the mobile version is slow"), its subject not the customer or a person (OWN_SUBJECT anywhere before the verb: "my
 * connection is slow" blames nothing of the company's). The present tense is the product's standing state — the
 * verdict of R-G1 (corpus-extra README); "the export was slow yesterday" tells an event and is left alone. Fix-c: the
 * subject must name the product (PREDICATE_SUBJECT, or a maker's thing, COMPANY_OWNS; "the old one is slow" judges
 * nothing), and a message that concedes or praises (CONCEDES) is a calm report (RULINGS U1). `t` holds the
 * sentence's tokens, `scan` the whole message.
 */
function presentPredicate(t: readonly Token[], i: number, scan: string): boolean {
  if (i < 2 || !PRESENT_COPULA.has(t[i - 1]!.norm) || CONCEDES.test(scan)) return false;
  const subject = t.slice(0, i - 1);
  const named = subject.some((x) => PREDICATE_SUBJECT(x.norm)) || COMPANY_OWNS.test(scan.slice(t[0]!.start, t[i - 1]!.start));
  return !subject.some((x) => OWN_SUBJECT.has(x.norm)) && named;
}

/** The product as a predicate's subject: PRODUCT, or a version of it ("the tablet version is laggy"). */
const PREDICATE_SUBJECT = (w: string) => PRODUCT(w) || w === 'version' || w === 'versions';
/** A named maker's thing as the subject ("Acme's mobile counterpart is slow"): a capitalised name with a possessive. */
const COMPANY_OWNS = /(?<![\p{L}'’])\p{Lu}[\p{L}\d-]*['’]s(?![\p{L}])/u;

/**
 * A message that concedes the fault or praises ("but that is fine", "I can wait", "glad", "great", "it worked", "just
 * letting you know"): a calm report (RULINGS U1), not R-G1's unhedged verdict. Read on the whole message.
 */
const CONCEDES = /\b(?:fine|glad|great|worked|works\s+(?:fine|well|great)|happy|love|no\s+(?:problem|worries|big\s+deal)|can\s+wait|just\s+(?:letting\s+you\s+know|(?:an?\s+)?fyi)|fyi)\b/i;
