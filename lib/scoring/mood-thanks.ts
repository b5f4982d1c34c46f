// Session 45 (mood): thanks and praise the customer addresses to the agent or the support team — "Thanks so much,
// you're great", "I really appreciate your help", "you guys have been super helpful" — are politeness toward the
// person helping, not a review's praise of the product or the stay. balancedReview (mood.ts) weighs a message's praise
// against a withheld-praise reservation ("the replacement is not good either"); this file finds the clauses it must
// leave out of that weighing. Pure; English (the lexicon the gate uses is English).
import type { TextView } from './text';

/**
 * What a customer thanks the helper for: help, a reply, time, support, patience, an explanation, a fix… The object of
 * "thanks for …" within its first five words ("thanks for the quick reply", "thank you for all your help"); "thanks for a
 * lovely stay" thanks the service itself and stays praise.
 */
const HELP_OBJECT = /^\s*for\s+(?:[\p{L}'’]+\s+){0,4}?(?:help|helping|reply|replies|replying|response|responses|responding|answer|answers|answering|time|support|assistance|patience|effort|efforts|hard\s+work|work|getting\s+back|looking\s+into|update|updates|info|information|explanation|advice|suggestions?|tips?|fix|quick\s+action)\b/iu;

/** A clause that opens with thanks: "Thanks", "Thank you so much", "many thanks", "thx", "tysm", "and thanks again". */
const THANKS_OPENING = /^\W*(?:(?:and|so|again|also|many|big|huge|a|lot|of|ok|okay|oh|wow)\s+)*(?:thanks|thank\s*(?:you|u|ya|yall|y['’]all)|thanx|thnx|thx|tysm|ty|cheers)(?![\p{L}'’])/iu;

/**
 * A clause whose subject is the person or team spoken to, with a copula or a verb of praise: "you're great", "you guys
 * are amazing", "y'all have been so helpful", "you rock", "your support team was wonderful". Read as addressed praise
 * only when the clause has no complaint word (the caller checks its valence is above zero).
 */
const ADDRESSED_SUBJECT = /^\W*(?:(?:and|but|also|honestly|really|seriously)\s+)?(?:you|u|y['’]?all|ya['’]?ll|your\s+(?:support(?:\s+team)?|team|agents?|support\s+staff))(?:\s+(?:guys|all|folks|people|two|both))?\s+(?:are|['’]re|r|were|was|is|has\s+been|have\s+been|['’]ve\s+been|rock|rocks|did|do|made|make|went)(?![\p{L}'’])/iu;

/** "I (really) appreciate it / your help / you", "much appreciated", "I'm so grateful for your help". */
const APPRECIATION = /(?:\bappreciate(?:s|d)?\s+(?:it|that|this|you|your|all|the\s+(?:help|reply|response|time|support|effort|quick|fast|prompt))\b|\b(?:much|really|truly|greatly|very\s+much|so\s+much|highly)\s+appreciated\b|^\W*appreciated\W*$|\b(?:grateful|thankful)\s+(?:for\s+(?:your|the|all)|to\s+(?:you|your))\b)/iu;

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
    if (!/\bfor\b/i.test(rest)) return !/\b(?:nothing|not|never)\b/i.test(rest);
    const forAt = rest.search(/\bfor\b/i);
    return HELP_OBJECT.test(rest.slice(forAt));
  }
  if (APPRECIATION.test(clause)) return true;
  return ADDRESSED_SUBJECT.test(clause) && valence(clause) > 0;
}

/** Where a sentence splits into clauses for addressedThanksClause: a comma, ";", ":", a dash, or "and" before "I"/"you". */
const CLAUSE_BREAK = /[,;:]|\s[-–—]+\s|\s+and\s+(?=(?:i|you|we|y['’]?all)\b)/giu;

/**
 * The customer's message (view.scan) with every clause of thanks or praise addressed to the helper
 * (addressedThanksClause) blanked to spaces, so that what is left is what the customer says of the product, the stay or
 * the service. Offsets are kept (same length as view.scan). `valence` is VADER's compound of a clause as written
 * (mood-sentiment.ts rawValence, −1…1).
 */
export function withoutAddressedThanks(view: TextView, valence: (text: string) => number): string {
  const scan = view.scan;
  let out = '';
  let last = 0;
  for (const sp of view.sentences) {
    const sentence = scan.slice(sp.start, sp.end);
    let from = 0;
    const cut = (to: number) => {
      const clause = sentence.slice(from, to);
      if (/\p{L}/u.test(clause) && addressedThanksClause(clause, valence)) {
        out += scan.slice(last, sp.start + from) + clause.replace(/[^\n]/g, ' ');
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
