// Upset read across sentence boundaries (session 23, issue 14). The upset cues read one sentence at a
// time, so anger that a customer builds over two sentences went unread:
//  - a repeated failure and what it cost ("I've reinstalled it three times. I lost a whole day of work.",
//    "This is the second month you've charged me twice. I want my money back.");
//  - a promise or a claim of the company's, then a terse denial of it ("You said it would be fixed. It
//    wasn't.", "I was told the refund went out. That was a lie.");
//  - a complaint of a repeat, then a question whether anyone there attends at all ("I've emailed three
//    times. Does anyone there read these?").
// RULINGS U1: a calm list of failures and retries is not upset on its own, nor a plain request for help;
// so repetition alone never counts here ("I reinstalled it twice. It still shows error 0x80. Any idea?"):
// each reading needs the repeat AND its cost, demand, denial or accusing question, in the same or the
// next sentence. English and German (the words below; no lexicon). Pure: no DOM, linear in the message.
import { creditsHelp } from './mood-words';
import { namesUs } from './mood-target';
import { endsInQuestion, type TextView } from './text';

type Span = { start: number; end: number };

/**
 * A failure or a contact that happened again: an ordinal occurrence ("the third time", "second month",
 * "zum dritten Mal"), a count of three or more ("four times", "dreimal"), "again", "every time", "keeps
 * crashing", "three tickets" (contact repeated), "schon wieder". "Twice" is no repeat: "charged me twice this
 * month" is one double charge, and a calm demand for the money back then is not upset (mood-s20.test.ts).
 */
const REPEAT =
  /\b(?:(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|nth|umpteenth)\s+(?:time|month|week|day|year|call|attempt|email|e-mail|ticket|reinstall|install|order|delivery|visit|engineer|technician|try)s?\b|(?:three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless|numerous|[3-9]|\d{2})\s+(?:more\s+)?times\b|(?:three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless|numerous|[3-9]|\d{2})\s+(?:separate\s+|different\s+)?(?:tickets|emails|e-mails|calls|messages|complaints|requests|chats)\b|again\b|every (?:single )?time\b|(?:keeps?|kept)\s+(?:on\s+)?\p{L}{2,20}ing\b|(?:zum\s+)?(?:zweiten|dritten|vierten|fünften|x-ten|wiederholten)\s+Mal\b|(?:drei|vier|fünf|sechs|zehn|mehrere|mehrmals|x)\s?-?mal\b|schon\s+wieder\b|(?:immer|jedes\s+Mal)\s+wieder\b|erneut\b)/iu;

/**
 * What the failure cost the customer, or the restitution they demand for it: time or work lost or
 * wasted ("I lost a whole day of work", "two weeks of research gone"), a fee or a penalty it brought
 * ("a late fee", "interest charges"), an event missed ("missed my flight", "had to take another day
 * off"), money demanded back ("I want my money back"). German: "einen ganzen Tag verloren", "Mahngebühr",
 * "ich will mein Geld zurück".
 */
const COST =
  /\b(?:(?:lost|wasted|losing|wasting|cost\s+me|costing\s+me|spent|blew)\s+(?:\p{L}+\s+){0,3}?(?:day|days|hours?|morning|afternoon|evening|night|weekend|week|weeks|work|money|sales?|customers?|clients?|shift|wages)\b|(?:\p{L}+|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:of\s+)?(?:my\s+|our\s+)?(?:work|data|research|progress|photos|notes|edits|files|records|messages)\s+(?:is\s+|are\s+|was\s+|were\s+|just\s+|now\s+|have\s+|has\s+|been\s+)*(?:gone|lost|wiped|deleted|erased|down the drain)\b|(?:late|overdraft|penalty|cancellation|reconnection|bank)\s+(?:fee|fees|charge|charges)\b|interest\s+charges?\b|(?:rent|bill|mortgage|payment|emi|loan\s+payment)\s+(?:is|was)\s+(?:now\s+)?(?:late|overdue)\b|(?:missed|miss|missing)\s+(?:my|a|the|our|an)\s+(?:flight|train|bus|appointment|meeting|deadline|exam|class|shift|interview|payment|delivery\s+window)\b|had\s+to\s+(?:take|book)\s+(?:a|another|the|one\s+more)\s+(?:\p{L}+\s+)?(?:day|half[- ]day|morning|afternoon)\s+off\b|had\s+to\s+pay\s+(?:again|twice|extra|more|for\s+it\s+again)\b|(?:I|we)\s+(?:want|need|demand|expect)\s+(?:my|our)\s+money\s+back\b|(?:einen|den)\s+(?:ganzen\s+)?(?:Tag|Abend|Vormittag|Nachmittag|Arbeitstag)\s+(?:verloren|verschwendet)\b|(?:Mahngebühr|Mahngebühren|Säumniszuschlag|Zinsen|Strafgebühr)\b|(?:will|möchte|verlange)\s+mein\s+Geld\s+zurück\b)/iu;

/**
 * The company's word given to the customer: "you promised", "they told me", "your agent said", "I was
 * told", "I was assured", "Sie haben versprochen", "mir wurde gesagt".
 */
const CLAIM =
  /\b(?:(?:you|u|they|he|she|your\s+(?:agent|rep|representative|colleague|team|staff|support|engineer|technician|website|site|app|email)|the\s+(?:agent|rep|representative|engineer|technician))\s+(?:had\s+|have\s+|has\s+)?(?:promised|assured|guaranteed|told\s+(?:me|us)|said|swore|confirmed)|(?:I|we)(?:\s+(?:was|were|have\s+been|had\s+been|am|are|keep\s+getting|get|got)|['’]m|['’]re)\s+(?:promised|told|assured|guaranteed)|(?:Sie|man)\s+(?:hat|haben)\s+(?:mir|uns)\s+(?:versprochen|zugesagt|gesagt|bestätigt)|(?:mir|uns)\s+wurde\s+(?:versprochen|zugesagt|gesagt|bestätigt))\b/iu;

/**
 * A terse denial that the word was kept: the whole sentence is "It wasn't.", "It didn't.", "Nobody
 * called.", "Never happened.", "Nothing came.", "Still nothing.", "That was a lie.", "Nichts passiert."
 */
const DENIAL =
  /^\s*(?:but\s+|and\s+|aber\s+|und\s+)?(?:(?:it|they|he|she|that|this)\s+(?:never\s+(?:did|came|arrived|happened|was|were|showed(?:\s+up)?)|(?:wasn['’]t|was\s+not|weren['’]t|were\s+not|didn['’]t|did\s+not|hasn['’]t|has\s+not|haven['’]t|have\s+not|isn['’]t|is\s+not)(?:\s+\p{L}+)?)|(?:nobody|no\s+one|no-one|noone)\s+(?:ever\s+)?(?:did|does|do|called|calls|came|comes|showed(?:\s+up)?|replied|answered|rang|turned\s+up|got\s+back(?:\s+to\s+(?:me|us))?)|never\s+(?:happened|came|arrived|did)|(?:still\s+)?nothing(?:\s+(?:happened|came|arrived|changed))?|(?:that|this|it)\s+(?:was|is|'s|’s)\s+(?:a\s+)?(?:complete\s+|total\s+|blatant\s+|flat\s+|an?\s+outright\s+)?(?:lie|lies)|(?:es|das)\s+(?:ist|war)\s+nie\s+(?:passiert|gekommen)|nichts\s+(?:ist\s+)?(?:passiert|gekommen)|(?:keiner|niemand)\s+hat\s+(?:angerufen|sich\s+gemeldet|geantwortet))\s*[.!…]*\s*$/iu;

/**
 * A question whether the company's people attend at all, put after a complaint of a repeat: "Does
 * anyone there read these?", "Is anybody reading my emails?", "Do you check this inbox?", "Liest das
 * überhaupt jemand?". Verbs of attention only: "Does anyone know how to fix this?" asks for help.
 */
const ATTENTION =
  /\b(?:(?:does|do|did|is|are|will|has|have)\s+(?:anyone|anybody|someone|somebody|you|u|you\s+guys|y['’]?all|your\s+(?:team|staff|support|people))(?:\s+(?:there|over\s+there|at\s+(?:your|the)\s+(?:end|company|office)))?\s+(?:(?:actually|even|ever|really|still)\s+)?(?:read|reading|listen|listening|care|caring|check|checking|monitor|monitoring|answer|answering|respond|responding|reply|replying|look\s+at|looking\s+at|work\s+there|working\s+there)\b|(?:liest|lest|beantwortet|prüft|prüfen)\s+(?:das|die|diese|hier)?\s*(?:überhaupt|eigentlich)?\s*(?:jemand|irgendjemand|ihr|Sie)\b)/iu;

/** A question, a condition or a hypothesis: "will I lose my data?", "if I miss the deadline…" — no cost told. */
const HYPOTHETICAL = /\b(?:if|whether|unless|in case|would|could|might|will\s+I|will\s+we|wenn|falls|ob)\b/iu;

/**
 * Upset that spans two sentences next to each other (see the head of this file): spans (offsets in
 * `view.scan`, the same as in `view.original`) of the words that show it — the repeat and its cost, the
 * claim and its denial, or the repeat and the question — at most one reading per sentence pair. Empty
 * when no pair reads so.
 */
export function adjacentUpset(view: TextView): Span[] {
  const out: Span[] = [];
  const sents = view.sentences;
  const text = (i: number) => view.scan.slice(sents[i]!.start, sents[i]!.end);
  const at = (i: number, re: RegExp): Span | undefined => {
    const m = re.exec(text(i));
    return m ? { start: sents[i]!.start + m.index, end: sents[i]!.start + m.index + m[0].trimEnd().length } : undefined;
  };
  const question = (i: number) => endsInQuestion(view.scan, sents[i]!.start, sents[i]!.end);
  for (let i = 0; i < sents.length; i++) {
    const repeat = at(i, REPEAT);
    // a repeat and its cost: the same sentence or the next; the cost told, not asked or supposed
    if (repeat)
      for (const j of [i, i + 1]) {
        if (j >= sents.length || question(j) || HYPOTHETICAL.test(text(j))) continue;
        const cost = at(j, COST);
        if (cost) {
          out.push(repeat, cost);
          break;
        }
      }
    if (i + 1 >= sents.length) continue;
    // a claim of the company's, then the terse denial that it held
    const claim = at(i, CLAIM);
    if (claim && !question(i)) {
      const denial = at(i + 1, DENIAL);
      if (denial) out.push(claim, denial);
    }
    // a repeat, then the question whether anyone attends
    if (repeat && question(i + 1)) {
      const asked = at(i + 1, ATTENTION);
      if (asked) out.push(repeat, asked);
    }
  }
  return out;
}

/**
 * A threat to escalate, tied to a demand by "or" / "otherwise" / "sonst": "Refund me within 48 hours or
 * I'm reporting you to my bank", "Fix this by Friday, otherwise I'll file a dispute", "… sonst schalte ich
 * meinen Anwalt ein". RULINGS U1 counts accusing words; a threat made to the company is the same anger
 * told as what comes next. Only escalation (report, dispute, sue, complain, a chargeback, the press, a
 * regulator, a lawyer, a bad review): "Send it by Friday or I'll have to pay the late fee" or "… or I'll
 * cancel and reorder" plan a step. Evidence: the threat from its "or".
 */
const THREAT =
  /\b(?:or(?:\s+else)?|otherwise|else)\s*,?\s+(?:I|we)(?:['’]ll|\s+will|['’]m|\s+am|['’]re|\s+are|\s+shall)\s+(?:(?:be\s+)?going\s+to\s+|be\s+|have\s+to\s+|just\s+|definitely\s+)?(?:report(?:ing)?|fil(?:e|ing)\s+(?:a\s+)?(?:complaint|dispute|chargeback|claim|case|lawsuit|report)|disput(?:e|ing)|su(?:e|ing)|complain(?:ing)?|escalat(?:e|ing)\s+(?:this|it)\s+to|(?:contact(?:ing)?|call(?:ing)?)\s+(?:my|our)\s+(?:bank|lawyer|attorney|solicitor|card\s+(?:company|issuer))|go(?:ing)?\s+to\s+(?:the\s+)?(?:press|media|police|court|ombudsman|regulator|bbb|better\s+business\s+bureau|consumer)|tak(?:e|ing)\s+(?:this|it|you)\s+(?:to\s+court|further|public)|(?:do|doing|open|opening|start|starting)\s+a\s+(?:chargeback|dispute)|leav(?:e|ing)\s+(?:a\s+)?(?:bad|negative|one[- ]star|1[- ]star)\s+review|post(?:ing)?\s+(?:this|it|about\s+(?:this|it|you))\s+(?:everywhere|online|on\s+\p{L}+))|\bsonst\s+(?:werde\s+ich|gehe\s+ich|melde\s+ich|schalte\s+ich|wende\s+ich\s+mich|widerrufe\s+ich|erstatte\s+ich)\b[^.!?]{0,60}?\b(?:Anwalt|Verbraucherzentrale|Anzeige|Lastschrift|Bank|Gericht|Bundesnetzagentur|Schlichtungsstelle|melden|zurückbuchen|zurück)\b/iu;

export function escalationThreat(view: TextView): Span[] {
  const m = THREAT.exec(view.scan);
  return m ? [{ start: m.index, end: m.index + m[0].length }] : [];
}

/** The customer's own low state, told as past or as "when": "I'd been feeling like garbage", "when I am hopeless", "I was miserable". */
const OWN_STATE = /\b(?:I|we)(?:['’]d|\s+had)?\s+(?:been\s+)?(?:feeling|felt|was|were|am|['’]m|got|get|gotten)\s+(?:so\s+|really\s+|very\s+|completely\s+|totally\s+|like\s+|pretty\s+|quite\s+)*$/iu;
/** What the company did to the customer: "because of you", "your billing mistakes" — the low state then accuses. */
const CAUSED = /\b(?:because\s+of|thanks\s+to|due\s+to|by)\s+(?:you|your|them|their|this\s+(?:app|company|service))\b/iu;

/**
 * A word of the customer's low state in a story of help received — "I'd been feeling like garbage. This
 * app helped me so much, thank you!", "It helped me when I was hopeless." — tells how they were before the
 * help, not anger at the service (replies-wellness.md: "a grateful story of illness" is not upset). `h`: an
 * upset cue hit (offsets in view.scan); true when the words right before it make it the customer's own
 * state (OWN_STATE), its sentence does not blame the company for it (CAUSED) nor, since session 29, its clause
 * name the company (mood-target.ts namesUs), and the message credits the product or thanks (mood-words.ts
 * creditsHelp, the list shared since session 29). English.
 */
export function recoveredFeeling(view: TextView, h: Span): boolean {
  if (!OWN_STATE.test(view.scan.slice(Math.max(0, h.start - 60), h.start))) return false;
  if (!creditsHelp(view.scan)) return false;
  const sp = view.sentences.find((s) => s.start <= h.start && h.start < s.end);
  if (!sp) return true;
  // Session 29: nor when the feeling's own clause names the company or its product ("I was so disappointed with the
  // update, …", "I was furious when you charged me twice. Thanks.": a feeling about us, closed by a courtesy).
  const rest = view.scan.slice(h.end, sp.end);
  const cut = /[,;:]|\b(?:but|because|since|so|then|until)\b/i.exec(rest);
  return !CAUSED.test(view.scan.slice(sp.start, sp.end)) && !namesUs(rest.slice(0, cut ? cut.index : rest.length));
}

/** A repeat stressed in words: "every single time", "each and every time", "time after time". */
const STRESSED_REPEAT = /^(?:every\s+single\s+time|each\s+and\s+every\s+time|time\s+and\s+time\s+again|time\s+after\s+time)$/iu;
/** A plain request for help or a cause: "Any idea why?", "any ideas?", "please help", "how can I fix it?". */
const ASKS_HELP = /\b(?:any\s+(?:idea|ideas|clue|tips?|advice|suggestions?|thoughts|help)|please\s+help|help\s+(?:me|please)|how\s+(?:can|do|could|should)\s+(?:I|we)\s+(?:fix|stop|solve|get\s+rid|avoid)|what\s+(?:can|should)\s+I\s+do)\b/iu;

/**
 * Whether a stressed repeat ("Every single time I open it, it crashes.") is told calmly to ask for help:
 * its sentence or the next asks for help or a cause ("Any idea why?"). RULINGS U1: however long the list
 * of failures, with a plain request for help it is not upset; the stress on the repeat is no affect word.
 * Other markers in the message (capitals, "ridiculous", "!!") still count. `h`: an upset cue hit.
 */
export function repeatAskingHelp(view: TextView, h: Span): boolean {
  if (!STRESSED_REPEAT.test(view.scan.slice(h.start, h.end).trim())) return false;
  const i = view.sentences.findIndex((s) => s.start <= h.start && h.start < s.end);
  if (i < 0) return false;
  const pair = view.sentences.slice(i, i + 2);
  return ASKS_HELP.test(view.scan.slice(pair[0]!.start, pair[pair.length - 1]!.end));
}

/**
 * Who the judgement is about, when it is not the company: what others said ("my friend said", "people on
 * the forum say", "reviews claim"), or another or a former provider ("my old bank", "the previous app",
 * "the courier"). Read in the words of the judgement's sentence before it.
 */
const OTHER_PARTY =
  /(?:\b(?:said|says|say|claim|claims|claimed|told\s+me|heard|warned\s+me|reviews?\s+(?:say|said|claim))\b(?:\s+(?:that|your|the|it|this))?|\b(?:my|our|the)\s+(?:old|previous|former|last|prior|other|usual)\s+\p{L}+(?:\s+\p{L}+)?|\b(?:another|a\s+different)\s+(?!(?:time|day|week|month|year|hour|minute|call|email|e-mail|message|ticket|attempt|try|chance|reply|update|charge|payment|refund|order|one)s?\b)\p{L}+|\b(?:my|our)\s+(?:doctor|gp|therapist|psychiatrist|psychologist|counsell?or|ex|boss|parents|family|friends?|partner|husband|wife|teacher|school|employer|insurer)\b|\bthe\s+(?:courier|delivery\s+(?:company|guy|driver|firm)|post\s+office|postman|mailman|shipping\s+company|carrier))\b[^.!?]*$/iu;
/** Session 29: the other party named right after the judgement, in its clause: "a horrible experience at another garage". */
const OTHER_PARTY_AFTER =
  /^[^.!?,;]{0,30}?\b(?:at|with|from|in|by)\s+(?:another|a\s+different|(?:my|our|the)\s+(?:old|previous|former|last|prior|other|usual))\s+\p{L}+/iu;
/**
 * The company praised, or the customer's own case found fine, in contrast: "but you've been great", "but
 * your team sorted it quickly", "Yours is great.", "so I switched to you and love it", "but it works fine for me".
 */
const PRAISED_INSTEAD =
  /(?:\b(?:but|though|however|yet|so|and)\b|^)[^.!?]*?\b(?:(?:you|you['’]ve|you['’]re|your\s+\p{L}+|yours|y['’]all|you\s+guys)\b(?![^.!?]*\b(?:not|n['’]t|never)\b)[^.!?]*?\b(?:great|good|brilliant|excellent|amazing|wonderful|awesome|fantastic|helpful|perfect|sorted|fixed|solved|resolved|quick|quickly|fast|kind|lovely|love|honest|friendly|professional|best|outstanding|superb|patient|efficient)\b|(?:this|the\s+new|the\s+latest)\s+\p{L}+\s+(?:is|was|feels|looks)\s+(?:so\s+|really\s+|very\s+|just\s+)?(?:great|good|brilliant|excellent|amazing|wonderful|awesome|fantastic|perfect|superb|outstanding)\b|(?:switched|moved|came|changed)\s+to\s+(?:you|your)\b|(?:it|the\s+app|this\s+app)\s+works\s+(?:fine|great|well|perfectly)\s+for\s+me\b|(?:this\s+one|this\s+app|yours)\s+(?:actually\s+|really\s+|just\s+)?(?:works|helps|helped)\b)/iu;

/**
 * Whether upset evidence at `h` judges someone other than the company, in a message that praises the
 * company instead: "My friend said your support was terrible, but you've been great.", "My old bank was
 * terrible, so I switched to you and love it.", "The previous app I used was a complete disaster. Yours is
 * great." The judgement then belongs to others or another firm (RULINGS U1 asks for words about the company
 * or service the customer is writing to). Needs both: the other party before the evidence in its sentence
 * (OTHER_PARTY) or right after it in its clause (session 29, OTHER_PARTY_AFTER: "We had a horrible time at another
 * garage. You guys were honest and quick.") and the praise of the company after it, in the same sentence or the
 * next (PRAISED_INSTEAD; since session 29 also the product credited for help, mood-words.ts creditsHelp).
 * English. `h`: offsets in view.scan.
 */
export function otherPartyPraisedInstead(view: TextView, h: Span): boolean {
  const i = view.sentences.findIndex((s) => s.start <= h.start && h.start < s.end);
  if (i < 0) return false;
  const sp = view.sentences[i]!;
  if (!OTHER_PARTY.test(view.scan.slice(sp.start, h.start)) && !OTHER_PARTY_AFTER.test(view.scan.slice(h.end, sp.end))) return false;
  const next = view.sentences[i + 1];
  const after = view.scan.slice(h.end, next ? next.end : sp.end);
  // session 29: or the product credited for help after it ("My doctor was useless, but this app taught me…")
  return PRAISED_INSTEAD.test(view.scan.slice(h.end, sp.end)) || (next !== undefined && PRAISED_INSTEAD.test(view.scan.slice(next.start, next.end))) || creditsHelp(after, false);
}

/** Praise said as a limit of words: "can't recommend it enough", "cannot thank you enough", "couldn't praise them highly enough". */
const PRAISE_LIMIT = /\b(?:can['’]?t|cannot|can\s+not|couldn['’]?t|could\s+not)\s+(?:recommend|thank|praise|rate)\b[^.!?]{0,40}?\benough\b/iu;

/**
 * Whether upset evidence at `h` stands in a sentence that praises by a limit of words ("I can't recommend
 * this app highly enough!"): its negation and its "!" are enthusiasm. English. `h`: offsets in view.scan.
 */
export function inPraiseAsLimit(view: TextView, h: Span): boolean {
  const sp = view.sentences.find((s) => s.start <= h.start && h.start < s.end);
  return sp !== undefined && PRAISE_LIMIT.test(view.scan.slice(sp.start, sp.end));
}

/** Share of a message's letters in capitals above which capitals say nothing (mood.ts MOSTLY_CAPS_SHARE). */
const MOSTLY_CAPS = 0.6;
/** Fewest words of a sentence shouted whole: "CANNOT RECEIVE ANY NEW EMAILS!" (five); "PLEASE HELP!" is a plea. */
const SHOUT_MIN_WORDS = 3;

/**
 * One complaint sentence shouted whole inside a message written in ordinary case — "The mailbox fills with
 * repeats. CANNOT RECEIVE ANY NEW EMAILS! My phone is below." — is a raised voice (RULINGS U1: capitals on a
 * complaint), though no single word of it is stressed (a capitalised negation alone stresses a fact, mood.ts
 * raisedVoice). Needs: at least SHOUT_MIN_WORDS words, all in capitals but for at most one in five, a "!" at
 * its end, the sentence a complaint (`complaints`: sentences holding a complaint or upset cue, mood.ts), and
 * the message as a whole not written in capitals (a writer who types in capitals raises no voice). Not a
 * log line or a code (digits, "=", "_", "/", ":"). Evidence: the sentence.
 */
export function shoutedComplaint(view: TextView, complaints: ReadonlySet<number>): Span[] {
  const letters = view.original.match(/\p{L}/gu)?.length ?? 0;
  const upper = view.original.match(/\p{Lu}/gu)?.length ?? 0;
  if (!letters || upper / letters > MOSTLY_CAPS) return [];
  for (const i of complaints) {
    const sp = view.sentences[i];
    if (!sp) continue;
    const s = view.original.slice(sp.start, sp.end);
    if (!/!\s*$/.test(s) || /[\d=_/\\:]/.test(s)) continue;
    const words = s.match(/\p{L}[\p{L}'’]*/gu) ?? [];
    const caps = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase());
    if (words.length < SHOUT_MIN_WORDS || caps.length * 5 < words.length * 4) continue;
    const lead = s.length - s.trimStart().length;
    return [{ start: sp.start + lead, end: sp.start + s.trimEnd().length }];
  }
  return [];
}
