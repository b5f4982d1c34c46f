// What a promise looks like in each language: who commits (I, we, our team, "you'll hear from us"),
// what takes it back (not, never, "I can't promise"), and what only states a fact about the agent
// ("I'll be out of office on Monday"). Word classes and clause shapes, not phrases of any one reply.
import { casual as enCasual } from 'chrono-node/en';
import { casual as deCasual } from 'chrono-node/de';
import type { Chrono } from 'chrono-node/en';
import { withDeskPhrases } from './parsers';

export type LanguageId = 'en' | 'de';

export interface Cue {
  /** Finds the cue in a clause (global, case-insensitive). */
  re: RegExp;
  /** The clause must also match this (e.g. "you'll get …" only counts with "from us"). */
  requires?: RegExp;
  /** The words after the cue are the promised action ("call you back"); else the panel quotes the clause. */
  verbFollows?: boolean;
  /** The cue starts with the verb ("Morgen rufe ich Sie an"): the promise is the whole clause. */
  inverted?: boolean;
}

export interface Language {
  id: LanguageId;
  cues: Cue[];
  /** Any cue anywhere: the one test every draft pays for. */
  anyCue: CaselessTest;
  /** Right after the cue: the promise is taken back or hedged ("I will not", "we'll probably"). */
  negatedAfter: RegExp;
  /** Anywhere in the clause: taken back (languages whose negation sits late, like German). */
  negatedInClause?: RegExp;
  /** Before the cue, or in the clause before a "that" clause: "I can't promise (that) …". */
  negatedBefore: RegExp;
  /** A clause after the cue that only states where the agent or the business will be. */
  state: RegExp;
  /** Words that open a clause reporting or depending on the one before ("that", "dass"). */
  dependent: RegExp;
  /** Words before a time that make it a deadline ("by Friday": end of Friday's working day). */
  deadline: RegExp;
  /** Words around a time that mean the morning (read as 09:00, not chrono's 06:00). */
  morning: RegExp;
  /** Words that name a part of the day, whose hour chrono already chose. */
  partOfDay: RegExp;
  /**
   * Cheap test for anything chrono (or our desk phrases) could read as a time: digits, day, month and
   * unit words. A clause without any is not parsed; the test errs on the side of parsing.
   */
  timeHint: CaselessTest;
  /** Words allowed around a time in a clause that holds nothing else ("by Friday at the latest"). */
  filler: RegExp;
  chrono: Chrono;
}

const A = `['’]`;
const EN_VERBS_ING =
  'sending|calling|shipping|escalating|following|checking|contacting|scheduling|booking|arranging|ordering|processing|issuing|refunding|replacing|updating|reaching|emailing|e-mailing|posting|dispatching|ringing|phoning|visiting|testing|releasing|deploying|rolling';
const WE = `(?:I|we)`;
const WE_ARE = `(?:I${A}m|I\\s+am|we${A}re|we\\s+are)`;

function cue(source: string, opts: Omit<Cue, 're'> = {}): Cue {
  return { re: new RegExp(source, 'giu'), ...opts };
}

function anyOf(cues: Cue[]): CaselessTest {
  return caseless(cues.map((c) => `(?:${c.re.source})`).join('|'));
}

/** A case-insensitive test of a text (RegExp.test's shape). */
export interface CaselessTest {
  test(text: string): boolean;
}

/** The only characters whose Unicode case folding reaches ASCII: long s (ſ → s) and the Kelvin sign (K → k). */
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/**
 * `test`, asked only of a text where `needs` finds something every match of `test` holds. `needs` is
 * case-insensitive without the `u` flag (fast: see caseless), so a text holding a character that folds
 * to ASCII (ſ, K) is always asked. For a cue test that must read `\p{…}` (the German cues' `iu`
 * expression ran ~1 ms over a 2 KB English draft, every score, to find nothing).
 */
function needing(test: CaselessTest, needs: RegExp): CaselessTest {
  return { test: (text) => (FOLDS_TO_ASCII.test(text) || needs.test(text)) && test.test(text) };
}

/**
 * A case-insensitive Unicode regular expression (flags `iu`) as a test, run without the `u` flag
 * when that gives the same answer: V8 runs `iu` many times slower (an ASCII pattern of alternatives
 * such as `anyCue`: about 15×, on corpus replies, 2026-12-01). Without `u`, case-insensitive
 * matching differs from `iu` only on characters that fold to ASCII (ſ, K), which `\w` and `\b`
 * under `iu` also count as word characters; so a text holding either uses the `iu` expression, and
 * so does a pattern that reads differently without `u`: `\p{…}`, `\u…`, and whatever can match or
 * test half of a surrogate pair (`.`, `[^…]`, `\S`, `\W`, `\D`, `\B`).
 */
export function caseless(source: string): CaselessTest {
  const unicode = new RegExp(source, 'iu');
  if (/\\[pPuSWDB]|\[\^|(?<!\\)\./.test(source)) return unicode;
  const plain = new RegExp(source, 'i');
  return { test: (text) => (FOLDS_TO_ASCII.test(text) ? unicode.test(text) : plain.test(text)) };
}

const EN_CUES: Cue[] = [
  cue(`\\b${WE}(?:${A}ll|\\s+will|\\s+shall)\\b`, { verbFollows: true }),
  cue(`\\b${WE_ARE}\\s+(?:going\\s+to|gonna)\\b`, { verbFollows: true }),
  cue(`\\b${WE}\\s+(?:promise|commit|aim|plan|intend|undertake)\\s+to\\b`, { verbFollows: true }),
  cue(`\\b${WE}\\s+(?:promise|guarantee)\\b`),
  cue(`\\b${WE_ARE}\\s+(?:planning|aiming)\\s+to\\b`, { verbFollows: true }),
  cue(`\\b${WE_ARE}\\s+(?=(?:${EN_VERBS_ING})\\b)`),
  cue(`\\blet\\s+(?:me|us)\\s+(?!know\\b)`, { verbFollows: true }),
  cue(`\\byou(?:${A}ll|\\s+will|\\s+should|\\s+can\\s+expect\\s+to)\\s+(?:hear|get|receive)\\b`, {
    requires: /\bfrom\s+(?:me|us|our)\b|\bhear\s+back\b/iu,
  }),
  cue(`\\b(?:please\\s+)?expect\\s+(?:a|an|my|our)\\s+(?:call|update|reply|answer|e-?mail|message|response|follow-?up|fix|patch|refund|replacement)\\b`),
  cue(
    `\\bour\\s+(?:[\\w-]+\\s+){0,2}?(?:team|engineers?|technicians?|specialists?|colleagues?|department|staff|agents?|developers?|experts?|courier|driver)\\s+(?:will|${A}ll|is\\s+going\\s+to|are\\s+going\\s+to)\\b`,
    { verbFollows: true },
  ),
  cue(`\\b(?:someone|a\\s+(?:colleague|technician|specialist|engineer|team\\s+member|member\\s+of\\s+(?:our|the)\\s+team))\\s+(?:from\\s+(?:our|the)\\s+[\\w-]+\\s+)?will\\b`, {
    verbFollows: true,
  }),
];

// German main clauses put the finite verb second, so "Morgen rufe ich Sie an" inverts subject and verb.
const DE_VERBS = [
  'melde', 'melden', 'rufe', 'rufen', 'schicke', 'schicken', 'sende', 'senden', 'schreibe', 'schreiben', 'prüfe', 'prüfen',
  'überprüfe', 'überprüfen', 'kümmere', 'kümmern', 'gebe', 'geben', 'informiere', 'informieren', 'kläre', 'klären',
  'erledige', 'erledigen', 'kontaktiere', 'kontaktieren', 'schaue', 'schauen', 'sehe', 'sehen', 'versuche', 'versuchen',
  'bearbeite', 'bearbeiten', 'aktualisiere', 'aktualisieren', 'liefere', 'liefern', 'komme', 'kommen', 'leite', 'leiten',
  'behebe', 'beheben', 'teste', 'testen', 'richte', 'richten', 'buche', 'buchen', 'erstatte', 'erstatten', 'storniere',
  'stornieren', 'bestätige', 'bestätigen', 'sorge', 'sorgen', 'tausche', 'tauschen', 'ersetze', 'ersetzen', 'installiere',
  'installieren', 'veranlasse', 'veranlassen', 'eskaliere', 'eskalieren', 'versende', 'versenden', 'überweise',
  'überweisen', 'schalte', 'schalten', 'setze', 'setzen', 'werde', 'werden', 'verspreche', 'versprechen', 'garantiere',
  'garantieren',
].join('|');
const W = '(?<![\\p{L}\\p{N}])';
const WEND = '(?![\\p{L}\\p{N}])';

const DE_CUES: Cue[] = [
  cue(`${W}(?:ich|wir)\\s+(?:${DE_VERBS})${WEND}`),
  cue(`${W}(?:${DE_VERBS})\\s+(?:ich|wir)${WEND}`, { inverted: true }),
  cue(`${W}(?:Sie\\s+(?:hören|erhalten|bekommen|werden)|(?:hören|erhalten|bekommen|werden)\\s+Sie)${WEND}`, {
    requires: /von\s+(?:mir|uns)(?![\p{L}\p{N}])|(?:Rückmeldung|Rückruf|Antwort|Nachricht|Bescheid)/iu,
  }),
  cue(
    `${W}unser(?:e|em|en|er)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:Team|Techniker\\p{L}*|Kolleg\\p{L}*|Abteilung|Support|Spezialist\\p{L}*|Mitarbeiter\\p{L}*|Expert\\p{L}*|Entwickler\\p{L}*)\\s+(?:wird|werden|meldet|melden|ruft|rufen|schickt|schicken)${WEND}`,
  ),
];

/**
 * What every German cue holds: "ich", "wir", "Sie" or "unser" after the text's start, a space or another
 * character that is no ASCII letter or digit (the cues put W or \s before each). A prefilter (needing).
 */
const DE_CUE_WORDS = /(?:^|[^a-z0-9])(?:ich|wir|sie|unser)/i;

export const ENGLISH: Language = {
  id: 'en',
  cues: EN_CUES,
  anyCue: anyOf(EN_CUES),
  negatedAfter: /^\s*(?:\p{L}+ly\s+)?(?:not|never|no\s+longer|hopefully|maybe|perhaps|possibly|probably|likely|try\s+and\s+not)\b/iu,
  negatedBefore: new RegExp(
    `\\b(?:(?:can${A}?t|cannot|can\\s+not|could(?:n${A}t|\\s+not)|won${A}t|will\\s+not|don${A}t|do\\s+not|am\\s+not|${A}m\\s+not|not)\\s+(?:\\w+\\s+)?(?:promise|guarantee|commit|say|sure|confirm|certain)|not\\s+sure|unsure|no\\s+guarantee|doubt|uncertain|hope|hoping|hopefully|wish|maybe|perhaps|possibly)\\b`,
    'iu',
  ),
  state: /^\s*(?:\p{L}+ly\s+)?be\s+(?!(?:in\s+touch|on\s+it|back\s+(?:to|with|in\s+touch)|in\s+contact|able\s+to|happy\s+to|glad\s+to|sure\s+to|there|\p{L}+ing)\b)/iu,
  dependent: /^\s*(?:that|which)\b/iu,
  deadline: /\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|latest|within)\s*$/iu,
  morning: /\b(?:morning|first\s+thing|start\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|am)\b/iu,
  partOfDay: /\b(?:afternoon|evening|tonight|night|noon|midday|lunch(?:time)?|midnight)\b/iu,
  // Every word chrono-node (or a desk parser) reads a time from: digits, time and date words, month
  // and weekday names and their short forms, number words, and a short unit ("min", "hrs", "mo", even
  // "m") only after a word chrono counts ("a", "an", "the", "several") or places ("next", "this";
  // chrono reads "nextmo" too). "them" and "they" are no "the m", "the y" to chrono: a space is needed.
  // Not "a"/"an" alone: nearly every clause holds one, and chrono then read it for nothing.
  timeHint: caseless(
    /\d|today|tonight|tomorrow|morning|noon|night|evening|midday|lunch|week|month|year|hour|minute|day|sec|fortnight|eod|cob|eob|end\s+of|close\s+of|o['’]clock|\b(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|tmrw?|overmorrow|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half|quarter|couple|few)\b|\b(?:(?:an?|the|several)\s{1,3}|(?:this|last|past|next|after)\s{0,3})(?:secs?|mins?|hrs?|mos?|qtrs?|yrs?|[smhdwy])\b/iu.source,
  ),
  filler: /\b(?:by|before|on|at|in|within|until|till|no|not|later|than|latest|the|then|so|and|or|just|around|about|approximately|roughly|first|thing|at\s+the\s+latest|the\s+latest|hopefully|again)\b/giu,
  chrono: withDeskPhrases(enCasual, 'en'),
};

export const GERMAN: Language = {
  id: 'de',
  cues: DE_CUES,
  anyCue: needing(anyOf(DE_CUES), DE_CUE_WORDS),
  negatedAfter: /^\s*(?:nicht|nie|niemals|hoffentlich|vielleicht|eventuell|wahrscheinlich|möglicherweise)(?![\p{L}\p{N}])/iu,
  negatedInClause:
    /(?<![\p{L}\p{N}])(?:nicht(?!\s+(?:später|nach|nur)\s)|nie|niemals|kein(?:e|en|em|er|es)?(?!\s+(?:Sorge|Problem)))(?![\p{L}\p{N}])/iu,
  negatedBefore:
    /(?<![\p{L}\p{N}])(?:(?:nicht|kein\p{L}*)\s+(?:\p{L}+\s+)?(?:versprechen|garantieren|zusagen|sagen|sicher)|nicht\s+sicher|unsicher|keine\s+Garantie|bezweifle|hoffe|hoffentlich|vielleicht|eventuell|möglicherweise|wahrscheinlich|weiß\s+(?:noch\s+)?nicht)(?![\p{L}\p{N}])/iu,
  state:
    /(?<![\p{L}\p{N}])(?:Urlaub|abwesend|außer\s+Haus|im\s+Büro|geschlossen|geöffnet|erreichbar|unterwegs|krank|frei)(?:\s+\p{L}+)?\s+sein\s*$/iu,
  dependent: /^\s*(?:dass|ob|wenn|falls|weil|sobald)(?![\p{L}\p{N}])/iu,
  deadline: /(?<![\p{L}\p{N}])(?:bis|spätestens|bis\s+spätestens|vor|nicht\s+später\s+als|innerhalb)\s*$/iu,
  morning: /(?<![\p{L}\p{N}])(?:morgens|früh|vormittags?|Vormittag|Tagesbeginn|Arbeitsbeginn)(?![\p{L}\p{N}])/iu,
  partOfDay: /(?<![\p{L}\p{N}])(?:Nachmittag|nachmittags|Abend|abends|Mittag|mittags|Nacht|nachts)(?![\p{L}\p{N}])/iu,
  timeHint: caseless(
    /\d|heute|morgen|früh|mittag|abend|nacht|uhr|stunde|minute|sekunde|tag|woche|monat|jahr|feierabend|dienstschluss|geschäftsschluss|ende|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|(?<![\p{L}])(?:mo|di|mi|do|fr|sa|so|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez|eine[mnrs]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halbe?n?|viertel)(?![\p{L}])/iu.source,
  ),
  filler:
    /(?<![\p{L}\p{N}])(?:bis|spätestens|am|um|im|in|innerhalb|von|vor|ab|noch|aber|jedoch|und|zwar|gegen|ca|etwa|dann|also|heute|gleich|allerspätestens|der|die|das|den)(?![\p{L}\p{N}])/giu,
  chrono: withDeskPhrases(deCasual, 'de'),
};

export const LANGUAGES: Record<LanguageId, Language> = { en: ENGLISH, de: GERMAN };

/**
 * The languages to look for promises in, the pack's own first (`locale: de-AT` → German). A pack in
 * a language without cues here still gets English and German, which never match each other's text.
 */
export function languagesFor(locale: string | undefined): Language[] {
  const own = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  const first = own === 'de' ? GERMAN : ENGLISH;
  return [first, first === GERMAN ? ENGLISH : GERMAN];
}
