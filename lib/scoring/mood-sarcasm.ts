// Session 20b (issue 14, reviewer's `rapport score --report` check): three readings by structure, in
// English and German, that no single cue word carries.
//  1. Sarcastic praise aimed at a fault: a word of praise or thanks in the same or the next/previous
//     sentence as a fault the company caused or a repeat — "Thanks a lot for wiping my settings",
//     "Perfect. The app crashed again.", "Love how it kicks me out every hour", "Na toll, schon wieder
//     abgestürzt", "Danke auch für das tolle Update" (the ironic "auch"). Sincere thanks for a fix stay
//     calm: a message that reports relief ("fixed", "works again", "behoben", "geht wieder") is never read.
//  2. An outage nobody explains: a service down and no word from the company ("the site has been down
//     since 9 and nobody tells us anything", "…ausgefallen und niemand sagt uns etwas").
//  3. Hurry by a near event: caps "NOW"/"SOFORT", and a meeting, flight or visit at a clock time or within
//     minutes or a few hours ("the demo starts at 3", "guests arriving in 10 min", "Meeting um 10").
// Pure (no DOM); one regular expression pass per sentence, linear in the message.
import { namesDamage } from './mood-sentiment';
import { EVENT_NOUNS, SHORT_TIME_UNITS } from './mood-words';
import type { TextView } from './text';
import { THANKS_WORD } from './word-classes';

type Span = { start: number; end: number };

/** Relief anywhere in the message: the praise is meant ("Thanks for fixing it, really helpful"). */
const RELIEF =
  /\b(?:fixed|fixing|fixes|solved|resolved|sorted|restored|recovered|repaired|works? (?:now|again|fine)|working (?:now|again|fine)|back (?:up|online|to normal)|behoben|gelöst|repariert|wiederhergestellt|funktioniert (?:jetzt |nun )?wieder|geht (?:jetzt |nun )?wieder|klappt (?:jetzt |nun )?wieder|läuft (?:jetzt |nun )?wieder)\b/iu;

/** A fault's verb or noun: what stops when the customer is relieved ("crash", "freezes", "errors", "logs me out"). */
const FAULT_VERB = String.raw`(?:crash|freez|froze|fail|error|hang|hung|lag|stutter|drop|disconnect|flicker|glitch|beep|time out|timing out|timeout|log(?:s|ging)? (?:me|us) out|kick|throw|overheat|reboot|restart|shut(?:s|ting)? down|corrupt|delet|wip|lose|los(?:es|ing)|bug|complain|warn)`;
/**
 * A fault that stopped (session 21, review of session 20): "doesn't crash anymore", "no longer freezes",
 * "isn't throwing errors any more", "stürzt nicht mehr ab". "anymore" or "no longer" on a function that
 * stopped is the opposite — "now it doesn't work anymore", "no longer loads" — a new fault, not relief.
 */
const FAULT_STOPPED = new RegExp(
  [
    String.raw`\bno longer\s+(?:[\p{L}']+\s+){0,2}?${FAULT_VERB}`,
    String.raw`(?:\bnot|n['’]t|\bnever)\s+(?:[\p{L}']+\s+){0,2}?${FAULT_VERB}[^.!?]{0,30}?\b(?:anymore|any more|since)\b`,
    String.raw`\b(?:keine|kein)\s+(?:Abstürze|Absturz|Fehler|Fehlermeldungen?|Probleme?|Hänger)\s+mehr\b`,
    String.raw`\b(?:stürzt|hängt|friert)\s+(?:[\p{L}]+\s+){0,2}?nicht mehr\b`,
  ].join('|'),
  'iu',
);

/**
 * Whether the message reports relief: a fix or a restored service (RELIEF) or a fault that stopped
 * (FAULT_STOPPED). "anymore" and "no longer" count only on a fault ("doesn't crash anymore"), not on
 * what should work ("now it doesn't work anymore", "no longer opens"). `text`: the message (view.scan).
 */
export function reportsRelief(text: string): boolean {
  return RELIEF.test(text) || FAULT_STOPPED.test(text);
}

/** Whether the message says a fault stopped ("doesn't crash anymore", "no longer freezes"; FAULT_STOPPED). */
export function faultStopped(text: string): boolean {
  return FAULT_STOPPED.test(text);
}

/** A fault the company caused (loss, breakage, being thrown out) or a repeat of one, English and German. */
const FAULT = new RegExp(
  [
    String.raw`\b(?:delet(?:e|es|ed|ing)|wip(?:e|es|ed|ing)|los(?:e|es|ing|t)|eras(?:e|es|ed|ing)|corrupt(?:s|ed|ing)?|brok(?:e|en)|break(?:s|ing)?|crash(?:es|ed|ing)?|fail(?:s|ed|ing)?|froze|freez(?:es|ing)|expir(?:es|ed|ing)|disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?)\b`,
    String.raw`\b(?:log(?:s|ged|ging)?|kick(?:s|ed|ing)?|throw(?:s|ing)?|threw|lock(?:s|ed|ing)?)\s+(?:me|us|everyone|everybody)\s+out\b`,
    // Session 27: money taken twice or too much ("charged twice", "double charged", "overcharged me").
    String.raw`\b(?:(?:double|over)[- ]?charg(?:ed|ing)|overcharges|charg(?:e|es|ed|ing)\s+(?:(?:me|us|my\s+card|my\s+account)\s+)?(?:twice|double|two times|three times|\d+\s+times))\b`,
    String.raw`\b(?:again|yet again|once again|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b[^.!?]{0,40}?\b(?:this|in a|in one|per|today)\s+(?:week|month|day|year|morning|quarter))\b`,
    String.raw`\b(?:down|offline|not working|stopped working|does(?:n['’]t| not) work|do(?:n['’]t| not) work|no longer\s+(?:\w+\s+)?(?:works?|opens?|loads?|starts?|connects?|syncs?|prints?|boots?|launch(?:es)?))\b`,
    // Session 21 review: what should work refusing to ("Brilliant. Now it won't even start.", "… can't even log in").
    String.raw`\b(?:won['’]t|will not|can['’]t|cannot|doesn['’]t|does not|didn['’]t|did not)\s+(?:even\s+)?(?:start|open|load|boot|launch|turn on|power on|connect|sync|print|log in|sign in|install|update|save)\b`,
    // German: a repeat, a crash, a loss, an expiry, a breakdown
    String.raw`(?:schon wieder|wieder mal|mal wieder|erneut|jetzt auch noch|(?:zum|das|der)\s+(?:zweite[nr]?|dritte[nr]?|vierte[nr]?|fünfte[nr]?|x-te[nr]?)\s+Mal|stürzt[^.!?]{0,40}?\bab\b|abgestürzt|abgelaufen|gelöscht|verloren|kaputt|ausgefallen|rausgeworfen|rausgeschmissen|abgemeldet|funktioniert[^.!?]{0,20}?\bnicht\b|geht[^.!?]{0,20}?\bnicht\b)`,
  ].join('|'),
  'iu',
);

/**
 * Session 28 (mood2): what the one who handled the customer's goods did with them — left, dumped or thrown
 * where they are spoilt or lost: out in the weather, in water or dirt, at the wrong address, over a fence
 * ("left it in the rain", "dumped my parcel in a puddle", "threw the box over the gate").
 */
const NEGLECT = new RegExp(
  String.raw`\b(?:left|leaving|leaves|dumped|dumping|dumps|threw|thrown|throwing|tossed|tossing|dropped|dropping|chucked|flung)\s+(?:it|them|(?:my|our|the|a|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:parcel|package|box|order|delivery|shopping|groceries|item|items|bag|bags|furniture|tv|laptop|phone))\s+(?:out\s+)?(?:in|into|on|at|over|outside|under|by)\s+(?:the\s+|a\s+)?(?:pouring\s+|heavy\s+)?(?:rain|snow|storm|puddle|mud|gutter|bin|trash|street|road|kerb|curb|wrong\s+(?:house|address|door|flat|building|street)|fence|gate|wall|hedge)\b`,
  'iu',
);

/** Whether the sentence names a fault (FAULT), damage (mood-sentiment.ts namesDamage: not "frozen meals") or goods neglected (NEGLECT). */
function namesFault(sentence: string): boolean {
  return FAULT.test(sentence) || NEGLECT.test(sentence) || namesDamage(sentence);
}

/**
 * A sentence that is nothing but praise (at most four words): "Brilliant.", "Really helpful.", "Super,", "Na toll.";
 * session 28: with the one praised named after a comma ("Well done, driver.", "Great job, Royal.").
 */
const BARE_PRAISE =
  /^\s*(?:oh\s+|wow,?\s+|na\s+|ach\s+|just\s+|really\s+|how\s+|so\s+|very\s+|einfach\s+|echt\s+|wirklich\s+|ganz\s+)*(?:great|wonderful|brilliant|fantastic|perfect|awesome|lovely|marvell?ous|superb|excellent|splendid|helpful|nice one|well done|super|toll|klasse|prima|spitze|wunderbar|großartig|herrlich|hilfreich|großes Kino)(?:\s+(?:job|work|stuff|guys|folks|team|thanks|indeed|again|gemacht|auch))?(?:\s*,\s*(?:mr\.?\s+|mister\s+)?\p{L}+)?\s*[.!,…:;-]*\s*$/iu;

/** Praise at the head of a sentence set off by a comma: "Super, schon wieder…", "Great, now it…". */
const LEADING_PRAISE =
  /^\s*(?:oh\s+|na\s+|ach\s+|just\s+|einfach\s+|really\s+|very\s+|so\s+)?(?:great|wonderful|brilliant|fantastic|perfect|awesome|lovely|helpful|super|toll|klasse|prima|spitze|wunderbar|großartig|herrlich)(?:\s+(?:timing|job|work|stuff|one|news|update|service))?\s*[,!:–—-]/iu;

/**
 * Thanks aimed at a loss of the customer's own things: "thanks (a lot) for deleting all my files…", "thanks
 * for logging me out…". The object must be the customer's ("my", "our", "all my") or the customer thrown
 * out: "Thanks for resetting my password", "Thanks for deleting the old test accounts as requested" and
 * "Thanks for removing my old address" are sincere thanks for a request done (the final review, 15:10 UTC).
 */
const THANKS_FOR_FAULT = new RegExp(
  String.raw`\b(?:${THANKS_WORD}|thank)(?:\s+(?:a lot|a bunch|so much|very much|loads))?\s+for\s+(?:(?:delet|wip|los|eras|corrupt|break|crash)\w*\s+(?:all\s+(?:of\s+)?)?(?:my|our)\b|(?:logg|kick|lock|throw)\w*\s+(?:me|us)\s+out\b|(?:(?:double|over)[- ]?)?charg\w*\s+(?:me|us|my\s+card)\s+(?:twice|double|two times|three times|\d+\s+times)\b|(?:double[- ]?charg|overcharg)\w*\s+(?:me|us)\b)`,
  'iu',
);
/** German thanks aimed at a loss of the customer's own things: "Vielen Dank fürs Löschen meiner Dateien". */
const DANKE_FOR_FAULT =
  /\b(?:danke|vielen dank|herzlichen dank|besten dank|dankeschön)\s+(?:auch\s+)?(?:fürs|für das|für)\s+(?:Löschen|Zerstören|Kaputtmachen|Rauswerfen|Rausschmeißen|Abmelden|Aussperren|Verlieren|Überschreiben)\s+(?:(?:all|alle)\w*\s+)?(?:mein|unser)\w*\b/iu;
const IRONIC_THANKS = /\b(?:danke|vielen dank|herzlichen dank|besten dank|danke schön|dankeschön)\s+auch\b|\bmakes my day\b|\bmade my day\b|\bganz großes Kino\b/iu;

/** Thanks in the praise's own sentence. */
const THANKS = new RegExp(String.raw`\b(?:${THANKS_WORD}|thank|cheers|danke)\b`, 'iu');

/** Love for the fault itself: "love how / love it when / love that / just love / love having to…". */
const LOVE_HOW = /\b(?:love|adore|enjoy)\s+(?:how|it when|that|when|having to|typing|waiting|being)\b|\bjust\s+(?:love|adore)\b|\bliebe es\b/iu;

/**
 * Sarcastic praise aimed at a fault (reading 1 above): spans (offsets in `view.scan`, which has the
 * same offsets as `view.original`) of the praise, at most one per message. A sentence with praise
 * (BARE_PRAISE, LEADING_PRAISE, LOVE_HOW, IRONIC_THANKS) counts when it or the sentence before or after it
 * names a FAULT; thanks aimed at a fault ("thanks for deleting…") counts alone. Never in a message that
 * reports relief (RELIEF). Source of the structures: the session 20 reviewer's cases (see the head of this file).
 */
export function faultPraise(view: TextView): Span[] {
  if (reportsRelief(view.scan)) return [];
  const sentences = view.sentences.map((sp) => view.scan.slice(sp.start, sp.end));
  const fault = sentences.map(namesFault);
  for (const [i, s] of sentences.entries()) {
    const sp = view.sentences[i]!;
    const at = (m: RegExpExecArray | null) => (m ? [{ start: sp.start + m.index, end: sp.start + m.index + m[0].length }] : undefined);
    const aimed = at(THANKS_FOR_FAULT.exec(s)) ?? at(DANKE_FOR_FAULT.exec(s));
    if (aimed) return aimed;
    const near = fault[i] || fault[i - 1] === true || fault[i + 1] === true;
    if (!near) continue;
    // Session 27: praise followed by thanks is meant ("Really helpful, thanks! The guide showed me how to fix the double charge"),
    // unless the fault is in the same sentence ("Brilliant, cheers, charged twice again").
    const praise = at(BARE_PRAISE.exec(s)) ?? (THANKS.test(s) && !fault[i] ? undefined : at(LEADING_PRAISE.exec(s))) ?? at(IRONIC_THANKS.exec(s)) ?? (fault[i] ? at(LOVE_HOW.exec(s)) : undefined);
    if (praise) return praise;
  }
  return [];
}

/** A service down, English and German. */
const OUTAGE = /\b(?:down|offline|unreachable|not (?:loading|working|available|reachable)|outage|ausgefallen|nicht erreichbar|nicht verfügbar|funktioniert (?:gar |überhaupt |komplett )?nicht|Störung|Ausfall)\b/iu;
/** No word from the company: "nobody tells us anything", "no one has said a word", "niemand sagt uns etwas". */
const SILENCE =
  /\b(?:(?:nobody|no one|no-one|noone)\s+(?:\w+\s+){0,2}(?:tells?|told|says?|said|informs?|informed|answers?|answered|responds?|responded|replies|replied|updates?|updated|explains?|explained|communicates?|bothers?)|(?:no|zero|not a single|not one)\s+(?:word|update|updates|information|info|communication|explanation|notice|status update|reply|response)|(?:niemand|keiner)\s+(?:\w+\s+){0,2}(?:sagt|informiert|meldet|antwortet|erklärt|reagiert|gibt)|keine\s+(?:Info|Infos|Information|Informationen|Rückmeldung|Antwort|Erklärung|Nachricht|Meldung))\b/iu;

/**
 * An outage the company leaves unexplained (reading 2 above): the span of the silence when the message
 * names a service down (OUTAGE) and no word from the company (SILENCE) in the same or an adjacent sentence.
 */
export function unexplainedOutage(view: TextView): Span[] {
  const sentences = view.sentences.map((sp) => view.scan.slice(sp.start, sp.end));
  const down = sentences.map((s) => OUTAGE.test(s));
  for (const [i, s] of sentences.entries()) {
    const m = SILENCE.exec(s);
    if (m && (down[i] || down[i - 1] === true || down[i + 1] === true)) {
      const sp = view.sentences[i]!;
      return [{ start: sp.start + m.index, end: sp.start + m.index + m[0].length }];
    }
  }
  return [];
}

/**
 * Urgency in capitals: "NOW", "SOFORT" (case-sensitive: a lowercase "now" is a time word). "asap",
 * "urgent", "dringend" are the pack's hurry cues already, with their exceptions (R-U1).
 */
export const CAPS_NOW = /(?<![\p{L}\p{N}])(?:NOW|RIGHT NOW|SOFORT)(?![\p{L}\p{N}])/u;
/**
 * A promise of the customer's own right before the capitals (read on the 40 characters before them): "I will reboot
 * it NOW", "we'll restart NOW". Also read by mood-hurry.ts capsNow.
 */
export const OWN_PROMISE = /(?:\bwill|'ll|\bshall|\bgoing to|\bgonna)\s+(?:[\p{L}']+\s+){0,6}$/iu;
/** An event the customer must be ready for: the shared EVENT_NOUNS, people who arrive, and the German events. */
const EVENT = String.raw`(?:${EVENT_NOUNS}|session|training|visitors?|guests?|clients?|customers?|delegation|board|show|Termin|Präsentation|Besprechung|Sitzung|Besuch|Besucher|Gäste|Kunde|Kunden|Flug|Zug|Prüfung|Schulung|Veranstaltung)`;
/** Arrival or start words. */
const STARTS = String.raw`(?:starts?|starting|begins?|beginning|is|are|'s|arriv(?:e|es|ing)|coming|due|land(?:s|ing)?|leav(?:e|es|ing)|departs?|boarding|kicks? off|beginnt|startet|ist|sind|kommt|kommen|landet|geht)`;
/** A near time: a clock time, or a few minutes or hours ahead. */
const SOON = String.raw`(?:at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|h)?|um\s+\d{1,2}(?:[:.]\d{2})?(?:\s*Uhr)?|in\s+(?:\d{1,3}|a few|few|a couple of|two|three|five|ten|fifteen|twenty|thirty|half an|an|one|zwei|drei|fünf|zehn|fünfzehn|zwanzig|dreißig|einer|einigen|wenigen)\s*(?:${SHORT_TIME_UNITS}|h|Minuten|Min\.?|Stunden?)\b)`;
const NEAR_EVENT = new RegExp(String.raw`\b${EVENT}\b[^.!?]{0,30}?\b${STARTS}\s+(?:right\s+|already\s+|schon\s+|gleich\s+)?${SOON}`, 'iu');

/**
 * Hurry by a near event or urgency in capitals (reading 3 above): spans of "NOW"/"SOFORT" in capitals
 * and of an event that starts at a clock time or within minutes or hours ("board meeting starts at 10",
 * "Visitors arriving in 5 min", "Das Meeting beginnt um 9 Uhr"). English and German.
 */
export function nearEvent(view: TextView): Span[] {
  const out: Span[] = [];
  const caps = CAPS_NOW.exec(view.original);
  // the customer's own promise is no pressure on the company: "I'll restart it NOW"
  if (caps && !OWN_PROMISE.test(view.original.slice(Math.max(0, caps.index - 40), caps.index))) out.push({ start: caps.index, end: caps.index + caps[0].length });
  const ev = NEAR_EVENT.exec(view.scan);
  if (ev) out.push({ start: ev.index, end: ev.index + ev[0].length });
  return out;
}
