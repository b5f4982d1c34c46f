// A promise for a window of hours ("zwischen 10 und 12 Uhr", "between 10 and 12") is kept once the
// window is over: it falls due at the window's END on the day named. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { compileCommitments } from './commitments';

// A Monday afternoon in Berlin, winter time.
const AT = '2026-11-30T14:00:00+01:00';
const en = compileCommitments('en');
const de = compileCommitments('de');
const dueOf = (find: typeof en, text: string) => find(text, { writtenAt: AT }).map((c) => c.due);

describe('a window of hours falls due at its end', () => {
  it.each([
    ['de', 'Ich melde mich morgen zwischen 10 und 12 Uhr.', '2026-12-01T12:00:00+01:00'],
    ['de', 'Ich rufe Sie morgen zwischen 14 und 16 Uhr an.', '2026-12-01T16:00:00+01:00'],
    ['de', 'Wir melden uns morgen von 10 bis 12 Uhr bei Ihnen.', '2026-12-01T12:00:00+01:00'],
    ['de', 'Ich rufe Sie am Freitag zwischen 10:30 und 11:30 Uhr an.', '2026-12-04T11:30:00+01:00'],
    ['de', 'Ich rufe Sie heute zwischen 15 und 17 Uhr an.', '2026-11-30T17:00:00+01:00'],
    ['en', "I'll call you tomorrow between 10 and 12.", '2026-12-01T12:00:00+01:00'],
    ['en', "I'll call you tomorrow between 9 am and 11 am.", '2026-12-01T11:00:00+01:00'],
    ['en', "We'll get back to you tomorrow from 10 to 12.", '2026-12-01T12:00:00+01:00'],
    ['en', "I'll call you on Friday from 2 to 4 pm.", '2026-12-04T16:00:00+01:00'],
    // No day: today, the bare hours read as the afternoon like "at 3".
    ['en', "I'll call you back between 3 and 5.", '2026-11-30T17:00:00+01:00'],
  ] as const)('%s: %s → %s', (lang, text, due) => {
    expect(dueOf(lang === 'de' ? de : en, text)).toEqual([due]);
  });

  it('a count between two numbers is no window of hours', () => {
    expect(dueOf(de, 'Wir melden uns morgen zwischen 2 und 3 Tagen.')).not.toContain('2026-12-01T15:00:00+01:00');
    expect(dueOf(en, "We'll reply between 2 and 3 days from now.")).not.toContain('2026-11-30T15:00:00+01:00');
  });

  it('opening hours are still no promise', () => {
    expect(dueOf(de, 'Wir sind von 9 bis 17 Uhr erreichbar.')).toEqual([]);
  });
});
