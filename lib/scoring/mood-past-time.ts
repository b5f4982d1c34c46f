// A near time said of a past act (session 34 review): "I placed an order this morning, could you confirm it went
// through?", "Here's the log from this morning so you can check it." "Today" or "this morning" is a near deadline only
// when it times what the customer needs done ("Can you fix this today?"); when it times something already done, in its
// own clause, it is no hurry. The clause is read back from the time word to a comma, a semicolon or a joining word:
// a past verb there (inflect.ts isPastForm, not a form that is present too, not a participle after a determiner:
// "the updated file", nor a present passive: "it is needed today") with no need, request or modal before the time word, or "from"/"since" right before it.
// English; pure (no DOM).
import { isPastForm } from './inflect';
import { DETERMINERS } from './mood-words';
import type { TextView } from './text';

type Span = { start: number; end: number };

/** The near times this reads: what the hit's text must be. */
const NEAR_TIME = /^(?:today|this\s+(?:morning|afternoon|evening))$/iu;
/** Where a clause begins, read back from the time word. */
const CLAUSE_START = /(?:[,;:.!?()]|(?<![\p{L}'’])(?:and|but|so|because|then|when|while|if|after|before)(?![\p{L}'’]))(?!.*(?:[,;:.!?()]|(?<![\p{L}'’])(?:and|but|so|because|then|when|while|if|after|before)(?![\p{L}'’])))/isu;
/** A need, request or modal in the clause: the time is when it must be done ("I need it fixed today"). */
const NEED_WORD = new Set(
  'need needs want wants can could would will shall should must please pls plz have has get asap urgently'.split(' '),
);

/** A present "be" before a participle: a present passive ("it is needed today"), no past act. */
const PRESENT_BE = new Set("is are am be being it's that's he's she's we're they're you're i'm".split(' '));

/** Whether the hurry hit `h` (offsets in view.scan) is a near time said of a past act (see the header). */
export function pastActTime(view: TextView, h: Span): boolean {
  if (!NEAR_TIME.test(view.scan.slice(h.start, h.end))) return false;
  const before = view.scan.slice(Math.max(0, h.start - 160), h.start);
  // "the log from this morning", "since today": a past point, not a time ahead ("from today on" looks ahead)
  if (/(?<![\p{L}'’])(?:from|since)\s+$/iu.test(before) && !/^\s+(?:on|onwards?)(?![\p{L}])/iu.test(view.scan.slice(h.end, h.end + 12))) return true;
  const cut = CLAUSE_START.exec(before);
  const clause = cut ? before.slice(cut.index + cut[0].length) : before;
  const words = [...clause.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)].map((m) => m[0].toLowerCase());
  if (words.some((w) => NEED_WORD.has(w) || /['’](?:ll|d)$/.test(w))) return false;
  return words.some((w, i) => isPastForm(w, false) && !DETERMINERS.has(words[i - 1] ?? '') && !PRESENT_BE.has(words[i - 1] ?? ''));
}
