// The customer, read whole: their mood from the last message, and the ticket's situation from that
// message, the subject and their earlier messages. The page's context stays the same while the agent
// types, so one reading serves every keystroke until the context changes.
import type { RulePack } from '../rule-pack/schema';
import { MatcherTable } from './matchers';
import type { ClassLookup } from './word-classes';
import { findCues } from './cues';
import { calmMood, compileMoodCues, readMood } from './mood';
import { customerVoice } from './mood-voice';
import { holdsDraftText } from './draft-memory';
import { respelt } from './mood-spelling';
import { compileSituations, readSituations, setAsideForMood, type Source } from './situation';
import { analyse, countWords } from './text';
import type { Mood, ScoreContext, Situation } from './types';

export interface CustomerReading {
  mood: Mood;
  situations: Situation[];
  /** Words in the customer's last message (text.ts's definition of a word). */
  words: number;
}

export interface CustomerReader {
  /**
   * Reads the customer's side of `context`. While the message, subject and thread stay the same, every
   * call returns the same reading, frozen to its last array (freezeReading): callers and the reports
   * that carry its mood and situations share it and may keep it, never change it.
   */
  read(context: ScoreContext): CustomerReading;
}

/**
 * Compiles the pack's mood and situation cues (word classes as the engine resolves them); throws a
 * PhraseError naming the bad cue. `opts.learnedMood: false` reads mood from the cues alone, without the
 * learned hurry model (scripts/train-mood.ts trains it on what the cues miss).
 */
export function compileCustomer(pack: RulePack, classes?: ClassLookup, opts: { learnedMood?: boolean } = {}): CustomerReader {
  // A table of its own: the customer's words are scanned for cues only, never for reply rules.
  const table = new MatcherTable(classes);
  const mood = compileMoodCues(pack, table, { learned: opts.learnedMood !== false, classes });
  const situations = compileSituations(pack, table);
  const slot = holdsDraftText(new ReadingSlot());

  const source = (text: string): Source => {
    // The customer's own words: what a log, a system or a document wrote is passed on, not said.
    const view = analyse(customerVoice(text));
    // Session 38: an affect word typed with a doubled letter dropped or added reads as the word meant (mood-spelling.ts).
    view.tokens = respelt(view.tokens, view.scan);
    return { view, hits: table.scanAll(view.scan, view.tokens, () => true) };
  };

  function readAll(context: ScoreContext): CustomerReading {
    const message = context.customerMessage?.trim() ? context.customerMessage : undefined;
    const main = message ? source(message) : undefined;
    const sources: Source[] = [];
    const subject = context.subject?.trim() ? source(context.subject) : undefined;
    if (subject) sources.push(subject);
    const latest = main ? sources.push(main) - 1 : undefined;
    for (const m of earlierCustomerMessages(context, message)) sources.push(source(m));
    const found = readSituations(situations, sources, latest);
    const implied = { hurry: [] as string[], upset: [] as string[] };
    for (const s of found) for (const flag of s.implies ?? []) implied[flag].push(s.evidence[0] ?? s.label);
    // Session 20b: a subject that asks for speed ("URGENT: cannot print invoices") makes the ticket hurried;
    // only its hurry is read (a subject is a label, too short to carry the customer's upset).
    if (subject) {
      const sm = readMood(mood, subject.view, subject.hits, { hurry: [], upset: [] });
      if (sm.hurry) implied.hurry.push(sm.evidence[0] ?? context.subject!.trim());
    }
    // Session 21 (H1 repeated unanswered requests): the customer wrote again with no agent reply between, and the
    // last message chases (a question, "any update", "hello?", "still") — chasing().
    const chase = chasing(context, message, (part) => {
      // the pack's chase cues (mood_cues.chase), read in the last part the customer wrote: the first one in the text
      const s = main && part === message ? main : source(part);
      const h = findCues(mood.chase, s.view, s.hits, false)[0];
      return h ? s.view.original.slice(h.start, h.end) : undefined;
    });
    if (chase) implied.hurry.push(chase);
    // Session 21: when the last message confirms the problem solved (a situation with `open_problem`, found
    // only while nothing is still open), the hurry of the subject ("URGENT: cannot log in") and of earlier
    // messages ("third time asking") is over: it no longer presses ("Never mind, it works now. Thanks!").
    if (found.some((f) => situations.some((s) => s.id === f.id && s.open))) implied.hurry = [];
    if (!main && found.length === 0) return { mood: calmMood(), situations: [], words: 0 };
    const m = main ? readMood(mood, main.view, main.hits, implied) : readMood(mood, analyse(''), [], implied);
    return { mood: m, situations: setAsideForMood(found, situations, m), words: main ? countWords(main.view) : 0 };
  }

  // What the last key was made from: the message, the subject and the thread's turns (role and text
  // of each, copied, so a thread array changed in place is still seen). The same strings give the
  // same key, so it is not made again on every keystroke (a JSON copy of the whole message).
  const sameTurns = (thread: ScoreContext['thread']): boolean => {
    const turns = slot.turns;
    if (thread === undefined || turns === undefined) return thread === undefined && turns === undefined;
    if (thread.length * 2 !== turns.length) return false;
    for (let i = 0; i < thread.length; i++) if (thread[i]!.role !== turns[2 * i] || thread[i]!.text !== turns[2 * i + 1]) return false;
    return true;
  };

  // The slot (one reading and the message, subject and thread it came from: a customer's words) is registered with
  // draft-memory, so forgetDrafts empties it when a ticket closes (an emptied slot reads as new).
  const reader: CustomerReader = {
    read(context: ScoreContext): CustomerReading {
      const { customerMessage, subject, thread } = context;
      if (slot.key === undefined || customerMessage !== slot.message || subject !== slot.subject || !sameTurns(thread)) {
        // An agent turn keeps its place as null: the chasing check (chasing()) reads where the agent last wrote, so
        // "two customer turns with no answer between" and "an answer between" are different readings.
        const key = JSON.stringify([customerMessage ?? '', subject ?? '', thread?.map((t) => (t.role === 'customer' ? t.text : null)) ?? []]);
        slot.message = customerMessage;
        slot.subject = subject;
        slot.turns = thread?.flatMap((t) => [t.role, t.text]);
        if (key !== slot.key) {
          slot.key = key;
          slot.reading = freezeReading(readAll(context));
        }
      }
      return slot.reading;
    },
  };
  return reader;
}

/**
 * A compiled reader's one slot: the last reading and the message, subject and thread turns it was read from. A class
 * at module level, not an object made inside compileCustomer, on purpose: draft-memory holds it through a WeakRef, and
 * V8 keeps a WeakRef's target alive until the current job ends, so an object whose methods closed over the compiled
 * tables would keep every pack compiled in one synchronous run alive (the pack fuzzer's 1,180 packs ran out of memory).
 */
class ReadingSlot {
  key: string | undefined;
  reading: CustomerReading = freezeReading({ mood: calmMood(), situations: [], words: 0 });
  message: string | undefined;
  subject: string | undefined;
  turns: string[] | undefined;
  clear(): void {
    this.key = this.message = this.subject = undefined;
    this.turns = undefined;
    this.reading = freezeReading({ mood: calmMood(), situations: [], words: 0 });
  }
  get size(): number {
    return this.key === undefined ? 0 : 1;
  }
}

/**
 * `reading` frozen whole (its mood, evidence, situations and their arrays), returned as it is: one
 * reading serves every draft of a ticket, so it is shared, not copied per draft (a copy per read was
 * a mood, a situation list and each evidence array on every keystroke).
 */
function freezeReading(reading: CustomerReading): CustomerReading {
  Object.freeze(reading.mood.evidence);
  Object.freeze(reading.mood);
  for (const s of reading.situations) {
    Object.freeze(s.evidence);
    if (s.implies) Object.freeze(s.implies);
    Object.freeze(s);
  }
  Object.freeze(reading.situations);
  return Object.freeze(reading);
}

/** The customer's messages in the thread other than the last one (at most the five before it). */
function earlierCustomerMessages(context: ScoreContext, last: string | undefined): string[] {
  const mine = (context.thread ?? []).filter((t) => t.role === 'customer' && t.text.trim()).map((t) => t.text);
  if (mine.length && last !== undefined && mine[mine.length - 1]!.trim() === last.trim()) mine.pop();
  return mine.slice(-5).map((t) => t.slice(0, 20_000));
}

/** An opening that greets the agent again: "Hello again.", "Hi again,", "Me again:" (the customer wrote before). */
const RETURN_GREETING = /^\s*(?:hello|hi|hey|me|it's me|it’s me) again\b/iu;

/** A line that starts a follow-up the customer sent later, inside one message: "[later]", "[five days later]", "[follow-up:]". */
const FOLLOW_UP_MARK = /^[ \t]*\[(?:[^\]\n]{0,30}[\s'’])?(?:later|follow-?up)[^\]\n]{0,12}\][ \t]*$|^[ \t]*\[[^\]\n]{0,30}follow-?up:\]/gimu;

/**
 * The customer's repeated request with no answer between (RULINGS H1: repeated unanswered requests): the
 * thread ends with two or more customer turns and no agent turn between them, and the last one chases
 * (`chaser`: the pack's mood_cues.chase, "any update", "hello?", "anyone there", "still waiting"; session 23 moved them
 * from a regex here into the pack, so a pack can extend them). A second message that only adds a detail or asks a new
 * question is no chaser. Returns the evidence (the chasing words) or undefined. Reads the thread's roles only, so it
 * holds in any language the pack's chase cues cover.
 */
function chasing(context: ScoreContext, last: string | undefined, chaser: (part: string) => string | undefined): string | undefined {
  const turns = context.thread ?? [];
  let k = turns.length;
  while (k > 0 && turns[k - 1]!.role === 'customer') k--;
  const mine = turns.slice(k).filter((t) => t.text.trim());
  // the last message may be given apart from the thread (customerMessage) or be its last customer turn
  const lastText = last ?? mine[mine.length - 1]?.text;
  let count = mine.length + (last !== undefined && mine[mine.length - 1]?.text.trim() !== last.trim() ? 1 : 0);
  if (!lastText) return undefined;
  // Session 22: one message that carries the customer's own follow-ups after a marker line ("[later]", "[five days
  // later]", "[the customer's follow-up:]", as a ticket export or the corpus joins them) holds a turn per part.
  const parts = lastText.split(FOLLOW_UP_MARK);
  count += parts.length - 1;
  // a message that opens by greeting the agent again ("Hello again.", "Hi again,") is the customer's next turn
  if (RETURN_GREETING.test(parts[parts.length - 1]!)) count = Math.max(count, 2);
  if (count < 2) return undefined;
  return chaser(parts[parts.length - 1]!);
}
