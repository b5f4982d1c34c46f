// Session 21b (issues 10 and 14, customer_upset): complaint structures that no cue word carries.
//  1. A run of words in capitals inside a complaint — "THE ISSUE HAS NOT BEEN RESOLVED YET", "CANNOT
//     RECEIVE ANY NEW EMAILS" — in a message that is otherwise written in lower case: a raised voice
//     (RULINGS U1: capitals on a complaint). mood.ts's `emphasis` reads a whole message in capitals and a
//     single complaint word in capitals; a run of four or more is neither and says the same.
// Pure (no DOM); one pass over the message, linear in its length.
import { capitals, MOSTLY_CAPS_SHARE } from './mood';
import { sentenceAt, type TextView } from './text';
import { isFaultState } from './mood-sentiment';

type Span = { start: number; end: number };

/** Fewest words in capitals, one after another, that make a raised voice inside a complaint. */
export const CAPS_RUN = 4;

/** A word in capitals: two or more capital letters (an apostrophe inside: "DON'T"), or "I" / "A". */
const CAPS_WORD = /^(?:\p{Lu}[\p{Lu}'’]*\p{Lu}|I|A)$/u;
/** Negations in capitals: a denied fact said loudly is a complaint even with no complaint cue. */
const NEGATION = /^(?:NOT|NO|NEVER|NOTHING|CANNOT|CAN'?T|DON'?T|DOESN'?T|DIDN'?T|WON'?T|ISN'?T|WASN'?T|HASN'?T|HAVEN'?T|STILL|AGAIN)$/u;

/**
 * Runs of at least CAPS_RUN words in capitals (separated by spaces or a comma) in a sentence that
 * complains (`complaints`: sentence indexes holding a complaint or upset cue) or whose run holds a
 * negation, in a message not mostly in capitals (MOSTLY_CAPS_SHARE: someone who types in capitals says
 * nothing by it). Not a run of fault states and names only ("FATAL ERROR", a product in capitals): at
 * least one word of the run is neither a fault state nor shorter than three letters unless a negation.
 * Evidence: the run, at most one per message.
 */
export function capitalRun(view: TextView, complaints: ReadonlySet<number>): Span[] {
  // quoted text (a code comment, an error message) is blanked in `scan`: not the customer's voice
  const text = view.scan;
  if (capitals(view.original).share > MOSTLY_CAPS_SHARE) return [];
  const words = [...text.matchAll(/[\p{L}'’]+/gu)];
  let runStart = -1;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    const caps = w !== undefined && CAPS_WORD.test(w[0]);
    // words of one run are separated by spaces or a comma only
    const joined = caps && runStart >= 0 && /^[\s,]+$/.test(text.slice(words[i - 1]!.index + words[i - 1]![0].length, w!.index));
    if (caps && (runStart < 0 || joined)) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart >= CAPS_RUN) {
      const run = words.slice(runStart, i);
      const start = run[0]!.index;
      const last = run[run.length - 1]!;
      const end = last.index + last[0].length;
      const negated = run.some((m) => NEGATION.test(m[0].replace('’', "'")));
      const said = run.some((m) => m[0].length >= 3 && !isFaultState(m[0]));
      if (said && negated && complaints.has(sentenceAt(view, start))) return [{ start, end }];
    }
    runStart = caps ? i : -1;
  }
  return [];
}
