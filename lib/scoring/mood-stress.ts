// Session 36 (mood): a complaint stressed by full stops between its words ("It crashes. All. The. Time.", "It fails.
// Every. Single. Day."). RULINGS U1 counts "capitals or emphatic punctuation on a complaint" as an affect
// marker; a stop after every word is such punctuation — the writer beats out each word — as "!!" is. English and any
// language that writes words with letters; pure (no DOM).
import type { TextView } from './text';

/** The fewest one-word sentences in a row that read as beaten out: two could be a list ("Yes. No."). */
export const STRESSED_RUN = 3;
/** One word of letters (an inner apostrophe allowed), then its stop: the whole of such a sentence. */
const ONE_WORD = /^\s*\p{L}+(?:['’]\p{L}+)?\s*\.\s*$/u;
/**
 * Words of emphasis one of which a beaten-out run must hold ("All. The. Time.", "Every. Single. Day.", "Never. Works.
 * Again."): without one the run is more likely steps after a fault ("Open. Edit. Close."), which RULINGS U1 leaves calm.
 */
const EMPHASIS = /^(?:all|every|single|time|times|day|days|never|again|always|ever)$/i;

/**
 * Spans (UTF-16 offsets into the message) of runs of at least STRESSED_RUN sentences that are one word and a full stop
 * each, right after a complaint sentence (`complaints`: indices into `view.sentences`, as mood.ts gathers them); a run
 * on its own ("Yes. No. Maybe."), after a calm sentence, or with no EMPHASIS word (steps: "Open. Edit. Close.") is not.
 * One span per run.
 */
export function stressedStops(view: TextView, complaints: ReadonlySet<number>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const s = view.sentences;
  for (let i = 0; i < s.length; i++) {
    let j = i;
    while (j < s.length && ONE_WORD.test(view.scan.slice(s[j]!.start, s[j]!.end + 1))) j++;
    // the run's length and the complaint before it first: the emphasis words are read only for a run that could count
    if (j - i >= STRESSED_RUN && complaints.has(i - 1) && s.slice(i, j).some((x) => EMPHASIS.test(view.scan.slice(x.start, x.end).replace(/[\s.]/g, '')))) {
      out.push({ start: s[i]!.start, end: s[j - 1]!.end });
    }
    i = Math.max(i, j - 1);
  }
  return out;
}
