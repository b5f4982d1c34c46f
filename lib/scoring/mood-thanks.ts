// Session 45 (mood): thanks and praise the customer addresses to the agent or the support team — "Thanks so much,
// you're great", "I really appreciate your help", "you guys have been super helpful" — are politeness toward the
// person helping, not a review's praise of the product or the stay. balancedReview (mood.ts) weighs a message's praise
// against a withheld-praise reservation ("the replacement is not good either"); this file finds the clauses it must
// leave out of that weighing. Pure; English (the lexicon the gate uses is English).
import type { TextView } from './text';
import { THANKS_WORD } from './word-classes';

/**
 * What a customer thanks the helper for: help, a reply, support, patience, an explanation… The object of "thanks for …"
 * within its first five words ("thanks for the quick reply", "thank you for all your help"). Words that also name what
 * the product or the stay gave count only as the helper's: "your (precious) time" / "taking the time", "your update",
 * "your fix" — "thanks for a wonderful time at the resort" and "thanks for the great update" praise the service itself
 * and stay praise, as does "thanks for a lovely stay".
 */
const HELP_OBJECT = /^\s*for\s+(?:[\p{L}'’]+\s+){0,4}?(?:help|helping|reply|replies|replying|response|responses|responding|answer|answers|answering|support|assistance|patience|effort|efforts|hard\s+work|work|getting\s+back|looking\s+into|info|information|explanation|advice|suggestions?|tips?|quick\s+action|(?:your|taking\s+the)\s+(?:[\p{L}'’]+\s+)?time|your\s+(?:[\p{L}'’]+\s+)?(?:updates?|fix))\b/iu;

/** A clause that opens with thanks: "Thanks", "Thank you so much", "many thanks", "thx", "tysm", "and thanks again". */
const THANKS_OPENING = new RegExp(
  String.raw`^\W*(?:(?:and|so|again|also|many|big|huge|a|lot|of|ok|okay|oh|wow)\s+)*(?:${THANKS_WORD}|cheers)(?![\p{L}'’])`,
  'iu',
);

/**
 * A clause whose subject is the person or team spoken to, with a copula or a verb of praise: "you're great", "you guys
 * are amazing", "y'all have been so helpful", "you rock", "your support team was wonderful". Read as addressed praise
 * only when the clause's valence is above zero (addressedThanksClause checks it), so "you are not helpful" is not.
 */
const ADDRESSED_SUBJECT = /^\W*(?:(?:and|but|also|honestly|really|seriously)\s+)?(?:you|u|y['’]?all|ya['’]?ll|your\s+(?:support(?:\s+team)?|team|agents?|support\s+staff))(?:\s+(?:guys|all|folks|people|two|both))?\s+(?:are|['’]re|r|were|was|is|has\s+been|have\s+been|['’]ve\s+been|rock|rocks|did|do|made|make|went)(?![\p{L}'’])/iu;

/** "I (really) appreciate it / your help / you", "much appreciated", "I'm so grateful for your help". */
const APPRECIATION = /(?:\bappreciate(?:s|d)?\s+(?:it|that|this|you|your|all|the\s+(?:help|reply|response|time|support|effort|quick|fast|prompt))\b|\b(?:much|really|truly|greatly|very\s+much|so\s+much|highly)\s+appreciated\b|^\W*appreciated\W*$|\b(?:grateful|thankful)\s+(?:for\s+(?:your|the|all)|to\s+(?:you|your))\b)/iu;

/** "for" as a word, where the object of thanks begins. */
const FOR_WORD = /\bfor\b/i;
/** Thanks taken back: "thanks for nothing", "thanks, not". */
const THANKS_DENIED = /\b(?:nothing|not|never)\b/i;

/**
 * Whether one clause (a piece of a sentence between commas, semicolons, colons or dashes) is thanks or praise addressed
 * to the helper: a thanks opening with no object or an object of help (HELP_OBJECT), an appreciation of the help
 * (APPRECIATION), or a clause of praise whose subject is "you" or the support team (ADDRESSED_SUBJECT) and whose
 * VADER valence `valence` is above zero. Edges: "thanks for a wonderful stay", "thanks for nothing", "the staff were
 * lovely" and "you are not helpful" are not addressed thanks.
 */
export function addressedThanksClause(clause: string, valence: (text: string) => number): boolean {
  const opening = THANKS_OPENING.exec(clause);
  if (opening) {
    const rest = clause.slice(opening[0].length);
    const forAt = rest.search(FOR_WORD);
    if (forAt < 0) return !THANKS_DENIED.test(rest);
    return HELP_OBJECT.test(rest.slice(forAt));
  }
  if (APPRECIATION.test(clause)) return true;
  return ADDRESSED_SUBJECT.test(clause) && valence(clause) > 0;
}

/**
 * Where a sentence splits into clauses for addressedThanksClause: a comma, ";", ":", a dash, "and" before "I"/"you", or
 * "and" before a determiner that opens a noun phrase ("thanks for the great support and the lovely room": the room is
 * the stay's, not the helper's).
 */
const CLAUSE_BREAK = /[,;:]|\s[-–—]+\s|\s+and\s+(?=(?:i|you|we|y['’]?all|the|a|an|my|our|their|this|these|those)\b)/giu;
/** A letter: a clause with none is punctuation only. */
const HAS_LETTER = /\p{L}/u;
/** Any character but a line break, blanked to a space. */
const NOT_NEWLINE = /[^\n]/g;
/**
 * A word that may open thanks or address the helper (THANKS_OPENING, APPRECIATION, ADDRESSED_SUBJECT): a message with
 * none has no clause to blank, and is returned as it is without reading its clauses.
 */
const THANKS_OR_ADDRESS = new RegExp(
  String.raw`thank|(?<![\p{L}'’])(?:${THANKS_WORD}|cheers|u|you|your|y['’]?all|ya['’]?ll)(?![\p{L}'’])|appreciat|grateful`,
  'iu',
);

/**
 * The customer's message (view.scan) with every clause of thanks or praise addressed to the helper
 * (addressedThanksClause) blanked to spaces, so that what is left is what the customer says of the product, the stay or
 * the service. Offsets are kept (same length as view.scan). `valence` is VADER's compound of a clause as written
 * (mood-sentiment.ts rawValence, −1…1).
 */
export function withoutAddressedThanks(view: TextView, valence: (text: string) => number): string {
  const scan = view.scan;
  if (!THANKS_OR_ADDRESS.test(scan)) return scan;
  let out = '';
  let last = 0;
  for (const sp of view.sentences) {
    const sentence = scan.slice(sp.start, sp.end);
    let from = 0;
    const cut = (to: number) => {
      const clause = sentence.slice(from, to);
      if (HAS_LETTER.test(clause) && addressedThanksClause(clause, valence)) {
        out += scan.slice(last, sp.start + from) + clause.replace(NOT_NEWLINE, ' ');
        last = sp.start + to;
      }
    };
    for (const m of sentence.matchAll(CLAUSE_BREAK)) {
      cut(m.index);
      from = m.index;
    }
    cut(sentence.length);
  }
  return out + scan.slice(last);
}
