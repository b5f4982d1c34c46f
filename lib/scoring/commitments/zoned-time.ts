// Wall-clock time in a named time zone or at a fixed UTC offset, with nothing but Intl: a promise's
// due time is written in the agent's zone ("by 3 pm" means 3 pm where the agent sits), and stored
// and shown as ISO 8601 with that zone's offset at that instant (DST included).

/** A time zone: an IANA name (`Europe/Berlin`), `UTC`/`Z`, or a fixed offset (`+01:00`, `-0530`). */
export type Zone = string;

/** Calendar fields of a wall-clock time; `month` is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** How long the runtime's zone is remembered (ms): asking Intl costs more than the rest of a reply's commitments. */
const SYSTEM_ZONE_MS = 10_000;
let system: { zone: Zone; at: number } | undefined;

/**
 * The zone of this runtime (the agent's, in the browser), e.g. `Europe/Berlin`. Read again at most
 * every `SYSTEM_ZONE_MS`, so a change of the computer's zone shows within seconds.
 */
export function systemZone(): Zone {
  const now = Date.now();
  if (!system || now - system.at > SYSTEM_ZONE_MS || now < system.at)
    system = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', at: now };
  return system.zone;
}

/** True when `zone` is a fixed offset or a time zone name this runtime knows. */
export function isZone(zone: string): boolean {
  if (fixedOffset(zone) !== null) return true;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The UTC offset (minutes east of UTC) given by a trailing offset of an ISO 8601 string, if any. */
export function offsetOfIso(iso: string): Zone | null {
  const m = /(Z|[+-]\d{2}:?\d{2})$/i.exec(iso.trim());
  if (!m) return null;
  return m[1]!.toUpperCase() === 'Z' ? '+00:00' : m[1]!;
}

/** Minutes east of UTC in `zone` at the instant `ms` (epoch milliseconds). Throws on an unknown zone. */
export function offsetMinutes(ms: number, zone: Zone): number {
  const fixed = fixedOffset(zone);
  if (fixed !== null) return fixed;
  const wall = wallTime(ms, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The wall-clock fields in `zone` at the instant `ms`. */
export function wallTime(ms: number, zone: Zone): WallTime {
  const fixed = fixedOffset(zone);
  if (fixed !== null) {
    const d = new Date(ms + fixed * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
  }
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/**
 * The instant (epoch ms) at which clocks in `zone` show `wall`. In a DST gap the clock is read as if
 * the change had not happened yet (02:30 on a spring-forward night becomes 03:30); in an overlap the
 * earlier of the two instants wins.
 */
export function instantOf(wall: WallTime, zone: Zone): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const fixed = fixedOffset(zone);
  if (fixed !== null) return asUtc - fixed * 60_000;
  const first = asUtc - offsetMinutes(asUtc, zone) * 60_000;
  const second = asUtc - offsetMinutes(first, zone) * 60_000;
  return Math.min(first, second);
}

/** ISO 8601 with the zone's offset at that instant and whole seconds: `2026-11-30T14:15:00+01:00`. */
export function formatIso(ms: number, zone: Zone): string {
  const wall = wallTime(ms, zone);
  const off = offsetMinutes(ms, zone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(wall.year, 4)}-${p(wall.month)}-${p(wall.day)}T${p(wall.hour)}:${p(wall.minute)}:${p(wall.second)}${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

/** Day of the week (0 = Sunday) of a calendar date. */
export function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The calendar date `days` days after the given one (negative goes back). */
export function addDays(date: Pick<WallTime, 'year' | 'month' | 'day'>, days: number): Pick<WallTime, 'year' | 'month' | 'day'> {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function fixedOffset(zone: Zone): number | null {
  if (/^(utc|gmt|z)$/i.test(zone)) return 0;
  const m = OFFSET.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function formatter(zone: Zone): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}
