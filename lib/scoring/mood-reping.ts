// A question asked again in the same message (session 50, judge-m; issue 14). In chat a customer who gets no answer
// pings the room again, and the turns they type before anyone replies reach the agent as one message: "How do I pin
// the toolbar?\nanyone?", "...the build fails on step 3.\nis anyone around to help?". RULINGS H1 counts "repeated
// unanswered requests" as hurry, and the chat calls in corpus-extra/README.md say so outright: "re-pinging a helper
// after an unanswered question, or quoting one's own unanswered question, is a repeated unanswered request (H1)".
// Three shapes are read, each only when the message holds the request that went unanswered (shape 2: says it does):
//  1. a sentence that is nothing but a call for someone's presence ("anyone?", "anybody here?", "is anyone online to
//     help?", "is there a staffer available?", "hello??", "bump") opening a line of its own (a turn) after an earlier
//     question or plea of substance (not "how are you?" nor a bare "I need some help please"), with nothing but further
//     calls after it, or right after another call; in a message of chat size (CHAT_TURN_MAX_WORDS) (review rf-m);
//  2. the message opening by saying the question was asked before ("asked earlier:", "asked this yesterday -");
//  3. the same question typed twice: a line of at least REPEAT_MIN_WORDS words with a "?" that comes back word for word.
// Not read: "Does it sync? Anyone?" in one line or at the end of a long post (the post's own tag, one request), a
// greeting "Hello!" after a title, a log line with "?" typed twice, a first line that asks who is there ("Anyone here use the Postgres adapter?" is the question itself), a
// presence call with nothing asked before it, "anyone else?" (asks who else has the fault), and a request in the pack's
// phrases ("repeating my question", mood_cues.hurry), which the pack reads.
// Shape 2 takes the opening's own word that the question went unanswered; nothing after it is checked ("asked this
// earlier - never mind, found it" still reads as hurry: rare, and the customer did chase).
// Words are counted as everywhere in the scorer (words.ts): punctuation and emoji are not words ("anyone ??? 🙏" is one).
// English; pure (no DOM). Cost: shape 1 compares each sentence with the ones before and after it, so it is quadratic in
// the sentences, but runs only on chat-sized messages (CHAT_TURN_MAX_WORDS words); shapes 2 and 3 are linear.
import { countWords, type TextView } from './text';
import type { Span } from './types';
import { countWords as countTextWords } from './words';

/** A sentence that only calls for someone to be there: who, where, to help; ends in "?", "!" or nothing. */
const PRESENCE_CALL = new RegExp(
  String.raw`^(?:(?:so|ok|okay|hello|hi|hey|um|erm|uh|well|sorry)[,\s]+)*` +
    String.raw`(?:(?:(?:is|are)\s+)?(?:any\s?one|any\s?body|some\s?one|some\s?body)|(?:is|are)\s+there\s+(?:any\s?one|any\s?body|some\s?one|some\s?body|an?\s+(?:staffer|admin|moderator|mod|dev|developer|human|person|helper)|any\s+(?:staff|staffers|admins|moderators|mods|devs|developers|humans|helpers)))` +
    String.raw`(?:\s+(?:here|there|home|around|about|online|alive|awake|available|in\s+here|out\s+there|on|active|at\s+all))*` +
    String.raw`(?:\s+(?:(?:who|that)\s+(?:can|could)\s+|to\s+|able\s+to\s+)help(?:\s+(?:me|us|out|me\s+out|us\s+out))?)?` +
    String.raw`\s*[?!.]*$|^h[ae]llo+\s*\?[?!]*$|^(?:bump|ping)\s*[?!.]*$`,
  'i',
);
/** An earlier turn asks or begs for help: a question mark, or a plea word. */
const ASKED = /\?|(?<![\p{L}'’])(?:help|please|pls|plz|any\s+(?:idea|ideas|clue|tips?|advice|suggestions?))(?![\p{L}'’])/iu;
/**
 * An earlier sentence that asks nothing of substance: a pleasantry ("how are you?", "hope all is well?") or a bare
 * call for help with no problem in it ("I hope someone can help.", "I need some help please", "can anyone help me?").
 * A first chat message opens so ("Hi, I need some help please / is anyone online?"); what went unanswered must be a
 * question or plea about the customer's own matter.
 */
const NO_REQUEST = new RegExp(
  String.raw`^(?:(?:hi|hello|hey|good\s+(?:morning|afternoon|evening)|dear\s+\S+|so|ok|okay|um|well)[,!.\s]+)*` +
    String.raw`(?:(?:team|all|there|guys|folks|everyone)[,!.\s]+)?` +
    String.raw`(?:(?:i\s+)?hope\s+(?:you\s+are|you're|all\s+is|everything\s+is|you\s+all\s+are|you're\s+all|everyone\s+is)\s+(?:well|good|fine|ok|okay|doing\s+well)` +
    String.raw`|how\s+(?:are\s+you|are\s+things|is\s+it\s+going|'s\s+it\s+going|are\s+you\s+doing)(?:\s+today)?` +
    String.raw`|(?:i|we)\s+(?:need|want|would\s+like|could\s+use|am\s+looking\s+for|'m\s+looking\s+for)\s+(?:some\s+|a\s+little\s+|a\s+bit\s+of\s+)?(?:help|assistance|support)` +
    String.raw`|(?:i|we)\s+(?:hope|am\s+hoping|was\s+hoping|'m\s+hoping)\s+(?:someone|somebody|anyone|anybody|you)\s+(?:can|could|will)\s+help(?:\s+(?:me|us))?` +
    String.raw`|(?:can|could)\s+(?:someone|somebody|anyone|anybody|you)\s+help(?:\s+(?:me|us))?(?:\s+out)?` +
    String.raw`|please\s+help(?:\s+(?:me|us))?|help(?:\s+(?:me|us))?|please\s+bear\s+with\s+me[^?]*)` +
    String.raw`(?:[,\s]+(?:please|pls|plz|thanks|thank\s+you))?\s*[?!.]*$`,
  'i',
);
/** The message opens by telling that its question was asked before ("asked a bit late yesterday:"). */
const ASKED_BEFORE =
  /^\s*(?:(?:i|i've|i\s+have|i\s+had)\s+)?(?:already\s+)?(?:asked|posted)(?:\s+(?:this|it|that|before|already|a\s+bit|a\s+little|late|earlier|too))*\s+(?:earlier|yesterday|before|last\s+night|this\s+morning|a\s+while\s+ago|an\s+hour\s+ago|(?:in|on)\s+the\s+(?:morning|evening))(?:\s+(?:but|and)\s+(?:got\s+)?no\s+(?:answer|reply|response)s?)?\s*[:–—-]/iu;
/**
 * A presence call is read only in a message of at most this many words: the turns of a chat typed before anyone
 * answered. A long post that ends "Anyone?" closes its own first question (H1: one unanswered request is not hurry).
 */
export const CHAT_TURN_MAX_WORDS = 100;
/** A repeated question line must be at least this long in words, so "why?" or "any ideas?" twice is no re-ask. */
export const REPEAT_MIN_WORDS = 8;

/** A line with its runs of space made one and its ends trimmed: the key under which a repeated line is recognised. */
const squash = (s: string) => s.trim().split(/\s+/).filter(Boolean).join(' ');

/**
 * Spans (in `view.original`; the scan keeps offsets) of a question asked again in the same message, in the three shapes
 * the file comment lists. At most one span. English only.
 */
export function rePing(view: TextView): Span[] {
  const t = view.scan;
  // 2. "asked earlier:" opening the message.
  const opening = ASKED_BEFORE.exec(t);
  if (opening) {
    const start = opening.index + (opening[0].length - opening[0].trimStart().length);
    return [{ start, end: opening.index + opening[0].length }];
  }
  // 1. a presence call after a question or plea. Each sentence's trimmed text and its start in the text, once.
  const chatSized = countWords(view) <= CHAT_TURN_MAX_WORDS;
  const texts = chatSized ? view.sentences.map((e) => t.slice(e.start, e.end).trim()) : [];
  for (let i = 1; i < texts.length; i++) {
    const sentence = texts[i]!;
    if (!PRESENCE_CALL.test(sentence)) continue;
    const sp = view.sentences[i]!;
    const start = sp.start + t.slice(sp.start, sp.end).indexOf(sentence);
    const found: Span[] = [{ start, end: start + sentence.length }];
    // a turn of its own: the call opens a line ("Does it sync offline? Anyone?" in one line is the same post's tag)
    if (!/\n[ \t]*$/.test(view.original.slice(0, start))) continue;
    // a call right after another call ("is there a staffer available?\nanyone home?") pings again whatever follows:
    // the first call went unanswered (the chat calls' re-ping)
    // ("total beginner, sorry, is there an admin around?": the call may close the sentence after a comma)
    const prev = texts[i - 1]!;
    if (PRESENCE_CALL.test(prev) || PRESENCE_CALL.test(prev.split(/[,;:]\s*/).pop() ?? '')) return found;
    // the unanswered request comes before the call, in a sentence of substance (not "how are you?", not "I need some
    // help please" alone: a first message opens so)
    const earlier = texts.slice(0, i);
    if (!earlier.some((e) => ASKED.test(e) && !NO_REQUEST.test(e) && !PRESENCE_CALL.test(e))) continue;
    // nothing but further calls after it: a call followed by the request ("Is anyone available? / I need to change my
    // address.") opens the chat; it does not chase an answer
    if (texts.slice(i + 1).some((e) => e !== '' && !PRESENCE_CALL.test(e))) continue;
    return found;
  }
  // 3. the same question line typed twice.
  const seen = new Set<string>();
  let at = 0;
  for (const line of view.original.split('\n')) {
    const key = squash(line.toLowerCase());
    if (key.endsWith('?') && countTextWords(key) >= REPEAT_MIN_WORDS) {
      if (seen.has(key)) {
        const start = at + (line.length - line.trimStart().length);
        return [{ start, end: start + line.trim().length }];
      }
      seen.add(key);
    }
    at += line.length + 1;
  }
  return [];
}
