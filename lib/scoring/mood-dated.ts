// An overdue wait told by its date (session 32, RULINGS H1 "a long or overdue wait"): the customer names the calendar
// day they did something or something was due — "I paid on 23 Nov", "my order on Sunday", "I sent the code on the
// 18th June" — and, in that sentence or the next, that what it should have brought has not come: "never got
// delivered", "no reply", "hasn't appeared as yet", "didn't get the refund". The hurry cues read a wait by its length
// ("for 3 days", "a week ago"); a wait told as a date and a miss has no length word, yet says the same.
// The day must be past: a past verb before it in its sentence ("paid on", "became a customer on") or "never" after
// it ("my order on Sunday never came"). A day ahead ("the parcel is due on Friday and hasn't shipped yet") and a
// question ("Did you get my email from 3 May?") are no overdue wait.
// English; pure (no DOM); one pass over the sentences, a look back over its sentence per dated day.
import { isPastForm } from './inflect';
import { WEEKDAYS } from './mood-words';
import type { TextView } from './text';

type Span = { start: number; end: number };

/** A month, whole or cut short ("Nov", "Sept."). */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/**
 * A calendar day: "23 Nov 2022", "the 18th of June", "June 18th", "18/06", "18.06.2024", "(last) Sunday", "March".
 * Two numbers with a dot and no year ("2.1", "9.99") are a version or a price, not a day: the dotted form needs its year.
 */
const DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?${MONTH}(?:\s{1,3}\d{4})?|${MONTH}\s{1,3}\d{1,2}(?:st|nd|rd|th)?(?![\d:])|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d:/]|\.\d)|\d{1,2}\.\d{1,2}\.\d{2,4}(?![\d:.])|(?:last\s{1,3})?${WEEKDAYS}|${MONTH}(?:\s{1,3}\d{4})?)`;
/** The day as a point something happened at: "on 23 Nov", "since the 18th June", "from Monday", "on the 2nd". */
const DATED = new RegExp(String.raw`(?<![\p{L}'’])(?:on|since|from|dated)\s{1,3}(?:the\s{1,3})?(?:${DAY}|(?<=the\s{1,3})\d{1,2}(?:st|nd|rd|th))(?![\p{L}])`, 'giu');
/**
 * A present or future "be" or modal right before a participle: "is scheduled on Friday", "will be shipped on", "are
 * expected": a passive that looks ahead, no past act.
 */
const AHEAD_BE = /(?<![\p{L}'’])(?:is|are|am|be|being|['’]s|['’]re|['’]m)\s{1,3}(?:(?:still|now|currently|also|only|due|to\s{1,3}be)\s{1,3})?$/iu;
/**
 * Whether `before` (a sentence up to a dated day) holds a past verb (inflect.ts's isPastForm, not a form that is present
 * too: "paid", "sent", "became", "returned") that is no look-ahead passive.
 */
function hasPastVerb(before: string): boolean {
  for (const m of before.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (!isPastForm(w, false)) continue;
    if (AHEAD_BE.test(before.slice(0, m.index))) continue;
    return true;
  }
  return false;
}
/**
 * What the dated act should have brought has not come: never, not yet, still not, no reply, hasn't arrived, has not
 * been credited, not received, didn't get.
 */
const NOT_COME = new RegExp(
  String.raw`(?<![\p{L}'’])(?:never|not\s{1,3}yet|yet\s{1,3}to|as\s{1,3}yet|still\s{1,3}(?:not|no|nothing|waiting|pending|haven['’]?t|hasn['’]?t|didn['’]?t)|no\s{1,3}(?:reply|response|update|news|answer|refund|delivery|word)|(?:has|have)(?:\s*n['’]?t|\s{1,3}not)\s{1,3}(?:\p{L}+\s{1,3})?(?:arrived|appeared|come|came|been|reflected|received|heard|got|gotten)|not\s{1,3}(?:received|delivered|credited|refunded|reflect\w*|arrived|appeared|processed)|did\s*n['’]?t\s{1,3}(?:get|receive|arrive|come))(?![\p{L}'’])`,
  'iu',
);

/**
 * Spans (offsets in `view.scan`, which is as long as `view.original`) of an overdue wait told by its date, read as
 * the header above says: a DATED day with a past verb (hasPastVerb) before it in its sentence (or "never" after it) and NOT_COME in
 * that sentence or the next, neither of them a question. The span runs from the dated day to the end of NOT_COME. At
 * most one span.
 */
export function datedWait(view: TextView): Span[] {
  const scan = view.scan;
  const sentences = view.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const sp = sentences[i]!;
    const sentence = scan.slice(sp.start, sp.end);
    if (/\?\s*$/.test(sentence)) continue;
    for (const m of sentence.matchAll(DATED)) {
      const end = m.index + m[0].length;
      const past = hasPastVerb(sentence.slice(0, m.index)) || /^\s{0,3}never(?![\p{L}])/iu.test(sentence.slice(end));
      if (!past) continue;
      const here = NOT_COME.exec(sentence.slice(end));
      if (here) return [{ start: sp.start + m.index, end: sp.start + end + here.index + here[0].length }];
      const next = sentences[i + 1];
      if (!next) continue;
      const nextText = scan.slice(next.start, next.end);
      const there = /\?\s*$/.test(nextText) ? null : NOT_COME.exec(nextText);
      if (there) return [{ start: sp.start + m.index, end: next.start + there.index + there[0].length }];
    }
  }
  return [];
}
