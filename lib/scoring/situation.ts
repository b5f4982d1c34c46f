// The ticket's situation — an outage, money or data lost, a repeat contact, a how-to question… — as
// the pack defines it (`situations`: cues per situation, in the pack's language). Read from the
// customer's last message, the ticket subject and the customer's earlier messages in the thread.
import type { RulePack } from '../rule-pack/schema';
import { compileCues, findCues, type CueHit, type CueList } from './cues';
import type { Hit, MatcherTable } from './matchers';
import { countWords, isQuestionSentence as isQuestion, type TextView } from './text';
import type { Mood, Situation } from './types';

export interface CompiledSituation {
  id: string;
  label: string;
  cues: CueList;
  implies: ('hurry' | 'upset')[];
  /** The pack's `not_moods`: moods of the last message that set the situation aside ("thanks for nothing" is no thanks). */
  notMoods: ('hurry' | 'upset' | 'confused')[];
  /** The pack's `open_problem`: what undoes a situation like "solved, thanks" (read from the last message only). */
  open?: { situations: string[]; contrast: CueList; fault: CueList };
  /** The pack's `alone`: read only when the last message says nothing else (a plain "Thank you so much!"). */
  alone: boolean;
}

/**
 * At most this many words in a sentence without a cue of an `alone` situation: a greeting, a sign-off or a
 * good wish around the thanks ("Hi Sam,", "Best, Ana", "Have a great weekend!"), nothing that reports or asks.
 */
export const ALONE_FILLER_WORDS = 4;

export function compileSituations(pack: RulePack, table: MatcherTable): CompiledSituation[] {
  return pack.situations.map((s, i) => ({
    id: s.id,
    label: s.label,
    cues: compileCues(table, s.cues, `situations[${i}].cues`),
    implies: s.implies ?? [],
    notMoods: s.not_moods ?? [],
    alone: s.alone === true,
    ...(s.open_problem
      ? {
          open: {
            situations: s.open_problem.situations ?? [],
            contrast: compileCues(table, s.open_problem.contrast, `situations[${i}].open_problem.contrast`),
            fault: compileCues(table, s.open_problem.fault, `situations[${i}].open_problem.fault`),
          },
        }
      : {}),
  }));
}

/** One text the situation is read from, analysed and scanned once. */
export interface Source {
  view: TextView;
  hits: Hit[][];
}

/**
 * The situations whose cues hold in any of `sources` (not negated: "nothing is lost"), each with
 * the words that show it, in pack order. `latest`: the index in `sources` of the customer's last
 * message; a situation with `open_problem` (a "solved, thanks") is read from it alone, and not while
 * it still reports a problem (see `stillOpen`); so is one with `alone`, and only when the message says
 * nothing else (see `saysMore`). Without `latest` such a situation is never found.
 */
export function readSituations(situations: CompiledSituation[], sources: Source[], latest?: number): Situation[] {
  const out: Situation[] = [];
  for (const s of situations) {
    const evidence: string[] = [];
    if (s.open || s.alone) {
      const src = latest === undefined ? undefined : sources[latest];
      if (src) {
        // A question ("Is the email working again?") asks, it does not confirm.
        const hits = findCues(s.cues, src.view, src.hits, true).filter((h) => !isQuestion(src.view, h.sentence));
        const held = hits.length > 0 && !(s.open && stillOpen(s.open, hits, situations, src)) && !(s.alone && saysMore(s, hits, src));
        if (held) for (const h of hits) evidence.push(src.view.original.slice(h.start, h.end).trim());
      }
    } else
      for (const src of sources)
        for (const h of findCues(s.cues, src.view, src.hits, true)) evidence.push(src.view.original.slice(h.start, h.end).trim());
    if (evidence.length) out.push({ id: s.id, label: s.label, evidence: [...new Set(evidence)].slice(0, 5), ...(s.implies.length ? { implies: s.implies } : {}) });
  }
  return out;
}

/**
 * `found` without the situations whose `not_moods` the customer's last message shows (`mood`, read after
 * the situations): a thanks in an upset message ("thanks a lot guys, really helpful", "thanks for nothing",
 * "cheers for the 'fix'") is sarcasm, not a thank-you to answer with "You're welcome" (session 26, issue 14).
 * A situation set aside this way still gave its `implies` to the mood (read before); a pack should not
 * give both to one situation.
 */
export function setAsideForMood(found: Situation[], situations: CompiledSituation[], mood: Pick<Mood, 'hurry' | 'upset' | 'confused'>): Situation[] {
  return found.filter((f) => {
    const s = situations.find((c) => c.id === f.id);
    return !s || !s.notMoods.some((m) => mood[m]);
  });
}

/**
 * A wish or demand just before the "it works" words: "I need the projector working NOW", "we want it
 * working again by Monday", "ich brauche es funktionierend". The words then ask for a fix; they do not
 * confirm one (the final review of session 20).
 */
const WISH_BEFORE = /\b(?:need|needs|needed|want|wants|wanted|must|have to|has to|got to|gotta|get|getting|make|keep|expect|hope|hoping|would like|trying to|brauche|brauchen|muss|müssen|will|wollen|möchte|möchten)\b[^.!?\n]{0,40}$/iu;

/**
 * Whether the message `src`, whose cues `hits` say the problem is solved, still reports one. Cautious on
 * purpose (a follow-up time promised when none was needed costs a line; one withheld while a problem is
 * open costs the customer): it is open when the message is also in one of `open.situations` (a fault cue
 * of its own), when the "it works" words follow a wish or demand (WISH_BEFORE), when a later sentence asks
 * a question, or when anywhere after the first "it works" a word of `open.fault` or `open.contrast` stands
 * ("Works now, however the printer shows offline", "Thanks, it works! One more thing: my monitor
 * flickers", "It works now but only on wifi", "working now for Mark but not for me").
 */
function stillOpen(open: NonNullable<CompiledSituation['open']>, hits: CueHit[], situations: CompiledSituation[], src: Source): boolean {
  for (const other of situations)
    if (open.situations.includes(other.id) && !other.open && findCues(other.cues, src.view, src.hits, true).length) return true;
  const first = hits[0]!;
  const sentence = src.view.sentences[first.sentence];
  if (WISH_BEFORE.test(src.view.scan.slice(sentence?.start ?? 0, first.start))) return true;
  // A question or request after it ("…, thanks. Can you also reset my Teams password?") is a new matter.
  for (let i = first.sentence + 1; i < src.view.sentences.length; i++) if (isQuestion(src.view, i)) return true;
  const after = (cues: CueList) => findCues(cues, src.view, src.hits, false).some((c) => c.start >= first.end);
  return after(open.fault) || after(open.contrast);
}

/**
 * Whether the message `src` says more than the cues `hits` of the `alone` situation `s`: a sentence
 * without a cue that asks a question, runs longer than ALONE_FILLER_WORDS words, or holds a fault word
 * of `s.open` ("Thank you! Printer still jammed."); a sentence with a cue that has more than
 * ALONE_FILLER_WORDS words before its first cue ("Please add me to the finance group, thanks!"). "Hi Sam,
 * thank you so much for your help! Best, Ana" says nothing more; "Thanks for the reply. I have attached the
 * log you asked for." does (a plain thank-you is the whole message, not the sign-off of a report or a request).
 * `hits` come from sentences that are no question (readSituations drops the others), so a sentence with a
 * cue never asks one here; a cue in a question ("Thanks, can you also reset my password?") leaves that
 * sentence without a cue, and it says more as a question.
 */
function saysMore(s: CompiledSituation, hits: CueHit[], src: Source): boolean {
  const { view } = src;
  // The first cue of each sentence that holds one (hits are in text order).
  const cued = new Map<number, CueHit>();
  for (const h of hits) if (!cued.has(h.sentence)) cued.set(h.sentence, h);
  const faults = s.open ? findCues(s.open.fault, view, src.hits, false) : [];
  return view.sentences.some((sp, i) => {
    const cue = cued.get(i);
    // A sentence with the cue says more when a request or report comes before the thanks in it ("Please add
    // me to the finance group, thanks!", "Could you send me the March invoice, thank you."); a greeting before
    // it ("Hi Sam, thank you…") does not.
    if (cue) return countWords(view, sp.start, cue.start) > ALONE_FILLER_WORDS;
    if (isQuestion(view, i) || countWords(view, sp.start, sp.end) > ALONE_FILLER_WORDS) return true;
    return faults.some((f) => f.start >= sp.start && f.end <= sp.end);
  });
}
