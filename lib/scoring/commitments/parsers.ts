// Time phrases help desks use that chrono-node does not read (or misreads) on its own: "by end of
// day", "within 2 business days", "end of the week", German "innerhalb von 15 Minuten", "morgen
// früh", "bis Feierabend". Each parser returns wall-clock fields in the reference's zone; business
// days skip Saturday and Sunday (public holidays are not known here).
import type { Chrono, Parser } from 'chrono-node/en';
import { addDays, wallTime, weekday, type WallTime } from './zoned-time';

/** Hour a working day ends, for "end of day" and deadlines given as a date only. */
export const END_OF_DAY_HOUR = 17;
/** Hour a working morning starts, for "tomorrow morning" and appointments given as a date only. */
export const START_OF_DAY_HOUR = 9;

type Context = Parameters<Parser['extract']>[0];
type Day = Pick<WallTime, 'year' | 'month' | 'day'>;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  ein: 1, eine: 1, einer: 1, einem: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, zwölf: 12, vierundzwanzig: 24, achtundvierzig: 48,
};

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? NaN);
}

/** The reference's wall clock (chrono is given the zone as a fixed offset in minutes). */
function refWall(ctx: Context): WallTime {
  const off = ctx.reference.timezoneOffset ?? -ctx.reference.instant.getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return wallTime(ctx.reference.instant.getTime(), zone);
}

function at(day: Day, hour: number, minute = 0) {
  return { year: day.year, month: day.month, day: day.day, hour, minute, second: 0 };
}

/** `n` business days after `day` (Saturday and Sunday skipped). */
export function addBusinessDays(day: Day, n: number): Day {
  let cur = day;
  for (let left = n; left > 0; ) {
    cur = addDays(cur, 1);
    const wd = weekday(cur.year, cur.month, cur.day);
    if (wd !== 0 && wd !== 6) left--;
  }
  return cur;
}

/** Friday of the week `day` is in (the coming Friday on a weekend), plus `weeks` weeks. */
function fridayOf(day: Day, weeks: number): Day {
  const wd = weekday(day.year, day.month, day.day);
  const ahead = wd === 6 ? 6 : wd === 0 ? 5 : 5 - wd;
  return addDays(day, ahead + 7 * weeks);
}

/** End of the working day: today, or the next working day once today's has passed. */
function endOfDay(ref: WallTime, dayOffset: number): ReturnType<typeof at> {
  let day: Day = addDays(ref, dayOffset);
  if (dayOffset === 0 && ref.hour >= END_OF_DAY_HOUR) day = addBusinessDays(ref, 1);
  return at(day, END_OF_DAY_HOUR);
}

function parser(pattern: RegExp, extract: (ctx: Context, m: RegExpMatchArray) => ReturnType<typeof at> | null): Parser {
  return { pattern: () => pattern, extract: (ctx, m) => extract(ctx, m) };
}

/** An hour of a window: digits with optional minutes ("10", "10:30", "10.30"). */
const HOUR = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
/** What a number of hours is not, after a window's second number: a count ("2 and 3 days", "von 2 bis 3 Tagen"). */
const NOT_A_COUNT = String.raw`(?!\s*(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|business|working|percent|per\s*cent|%|€|\$|euros?|dollars?|tage?n?|wochen?|monaten?|jahren?|stunden?|minuten?|sekunden?|werktage?n?|arbeitstage?n?|prozent|mal)(?![\p{L}\p{N}]))`;

/**
 * A window of hours ("between 10 and 12", "from 2 to 4 pm", "zwischen 10 und 12 Uhr", "von 14 bis 16
 * Uhr"): a promise made for a window is kept only once the window is over, so it falls due at its
 * END. The result is that end hour alone (no day): a day before it ("morgen zwischen 10 und 12 Uhr")
 * is joined to it like "morgen um 12 Uhr" (withHourAfter in commitments.ts), and a window without
 * am/pm gets the help desk's afternoon reading of 1–7 like any bare hour. Groups: start hour, start
 * minutes, start am/pm, end hour, end minutes, end am/pm. Null when the hours are no clock times or
 * the window ends before it starts.
 */
function windowParser(pattern: RegExp): Parser {
  return {
    pattern: () => pattern,
    extract: (_ctx, m) => {
      const hour = (h: string | undefined, mer: string | undefined) => {
        const n = Number(h);
        if (!mer) return n;
        const pm = /^p/i.test(mer);
        return n === 12 ? (pm ? 12 : 0) : pm ? n + 12 : n;
      };
      const [startH, startM, startMer, endH, endM, endMer] = [m[1], m[2], m[3], m[4], m[5], m[6]];
      const endMinute = Number(endM ?? 0);
      const start = hour(startH, startMer || endMer);
      const end = hour(endH, endMer);
      if (Number(startH) > 24 || Number(endH) > 24 || Number(startM ?? 0) > 59 || endMinute > 59 || end > 24) return null;
      // A window ends after it starts: "between 10 and 12", and "between 11 and 1" (1 pm, the afternoon reading).
      if (end <= start && (endMer || startMer || end >= 12 || end + 12 <= start)) return null;
      if (end === 24) return { hour: 23, minute: 59 };
      const out: Record<string, number> = { hour: end, minute: endMinute };
      // A stated am/pm is certain: 7 am must not become 19:00.
      if (endMer) out.meridiem = end >= 12 ? 1 : 0;
      return out;
    },
  };
}
const MERIDIEM = String.raw`(?:\s*([ap])\.?m\.?)?`;
const EN_WINDOWS = windowParser(
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:between|from)\s+${HOUR}${MERIDIEM}\s*(?:and|to|till|until|-|–)\s*${HOUR}${MERIDIEM}(?:\s*o['’]?clock)?${NOT_A_COUNT}(?![\p{L}\p{N}])`, 'iu'),
);
/** German has no am/pm: the empty groups keep the group numbers of the English window. */
const DE_WINDOWS = windowParser(
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:zwischen|von)\s+${HOUR}()(?:\s*uhr)?\s+(?:und|bis)\s+${HOUR}()(?:\s*uhr)?${NOT_A_COUNT}(?![\p{L}\p{N}])`, 'iu'),
);

const EN: Parser[] = [
  EN_WINDOWS,
  parser(/\b(?:the\s+)?(?:end\s+of\s+(?:the\s+|my\s+|your\s+|today['’]?s?\s+)?(?:business\s+|working\s+|work\s+)?day|eod|cob|eob|close\s+of\s+(?:business|play)|end\s+of\s+business)\b/i, (ctx) =>
    endOfDay(refWall(ctx), 0),
  ),
  parser(/\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(next)\s+)?(?:working\s+|business\s+|work\s+)?week\b/i, (ctx, m) =>
    at(fridayOf(refWall(ctx), m[1] ? 1 : 0), END_OF_DAY_HOUR),
  ),
  parser(/\b(?:within|in)\s+(?:the\s+next\s+)?(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:business|working|work)\s+days?\b/i, (ctx, m) => {
    const n = count(m[1]!);
    return Number.isFinite(n) ? at(addBusinessDays(refWall(ctx), n), END_OF_DAY_HOUR) : null;
  }),
  parser(/\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month\b/i, (ctx) => {
    const ref = refWall(ctx);
    const firstOfNext = ref.month === 12 ? { year: ref.year + 1, month: 1, day: 1 } : { year: ref.year, month: ref.month + 1, day: 1 };
    return at(addDays(firstOfNext, -1), END_OF_DAY_HOUR);
  }),
];

const DE_UNITS: Record<string, 'minute' | 'hour' | 'day' | 'business' | 'week'> = {
  minute: 'minute', minuten: 'minute', stunde: 'hour', stunden: 'hour', tag: 'day', tage: 'day', tagen: 'day',
  woche: 'week', wochen: 'week', werktag: 'business', werktage: 'business', werktagen: 'business',
  arbeitstag: 'business', arbeitstage: 'business', arbeitstagen: 'business',
};

const DE: Parser[] = [
  DE_WINDOWS,
  // chrono-de reads "innerhalb von 15 Minuten" as a bare "von 15" and "morgen früh" as Friday ("Fr").
  parser(/(?<![\p{L}\p{N}])innerhalb\s+(?:von\s+|der\s+nächsten\s+|des\s+nächsten\s+|)(\d{1,3}|\p{L}+)\s+(minuten?|stunden?|tag(?:e|en)?|wochen?|werktag(?:e|en)?|arbeitstag(?:e|en)?)(?![\p{L}\p{N}])/iu, (ctx, m) => {
    const n = count(m[1]!);
    const unit = DE_UNITS[m[2]!.toLowerCase()];
    if (!Number.isFinite(n) || !unit) return null;
    const ref = refWall(ctx);
    if (unit === 'business') return at(addBusinessDays(ref, n), END_OF_DAY_HOUR);
    if (unit === 'day' || unit === 'week') return at(addDays(ref, unit === 'week' ? 7 * n : n), ref.hour, ref.minute);
    const minutes = ref.hour * 60 + ref.minute + (unit === 'hour' ? 60 * n : n);
    const day = addDays(ref, Math.floor(minutes / 1440));
    return at(day, Math.floor((minutes % 1440) / 60), minutes % 60);
  }),
  parser(/(?<![\p{L}\p{N}])(heute|morgen|übermorgen)\s+(?:früh|vormittag|morgen)(?![\p{L}\p{N}])/iu, (ctx, m) => {
    const offset = { heute: 0, morgen: 1, übermorgen: 2 }[m[1]!.toLowerCase() as 'heute'] ?? 0;
    return at(addDays(refWall(ctx), offset), START_OF_DAY_HOUR);
  }),
  parser(/(?<![\p{L}\p{N}])(?:(heute|morgen|übermorgen)\s+)?(?:zum\s+|bis\s+zum\s+)?(?:feierabend|dienstschluss|geschäftsschluss|tagesende|ende\s+des\s+(?:arbeits|geschäfts)?tages)(?![\p{L}\p{N}])/iu, (ctx, m) => {
    const offset = { heute: 0, morgen: 1, übermorgen: 2 }[(m[1] ?? 'heute').toLowerCase() as 'heute'] ?? 0;
    return endOfDay(refWall(ctx), offset);
  }),
  parser(/(?<![\p{L}\p{N}])(?:(?:zum\s+)?ende\s+(?:der|dieser)\s+woche|zum\s+wochenende|(ende\s+(?:der\s+)?nächsten\s+woche))(?![\p{L}\p{N}])/iu, (ctx, m) =>
    at(fridayOf(refWall(ctx), m[1] ? 1 : 0), END_OF_DAY_HOUR),
  ),
];

/** Phrases of past time: a promise points forward, so their parsers are left out. */
const PAST = { en: { text: 'it was 3 days ago', word: /ago/ }, de: { text: 'es war vor 3 Tagen', word: /vor\s+3\s+Tagen/ } } as const;

/**
 * A copy of `base` that also reads the help-desk phrases of its language and no longer reads
 * durations into the past ("3 days ago"). Those parsers' large expressions cost V8 hundreds of ms
 * to compile the first time they run, and a promise never needs them. Parsers are told apart by
 * what they match, not by class name, which a minifier renames.
 */
export function withDeskPhrases(base: Chrono, language: 'en' | 'de'): Chrono {
  const chrono = base.clone();
  const past = PAST[language];
  const probe = { option: {}, text: past.text, reference: {}, refDate: new Date(0) } as unknown as Context;
  chrono.parsers = chrono.parsers.filter((p) => {
    const re = new RegExp(p.pattern(probe).source, p.pattern(probe).flags.replace('g', ''));
    return !past.word.test(re.exec(past.text)?.[0] ?? '');
  });
  chrono.parsers.push(...(language === 'de' ? DE : EN));
  return chrono;
}
