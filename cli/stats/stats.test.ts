// The figures behind the progress page and `rapport stats`: days and weeks in the agent's zone, the
// exports read back exactly, and the team report's per-file and per-week numbers.
import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../lib/followup/export';
import { closingHabitPerWeek, dayOf, scorePerDay, signalRatesPerWeek, weekOf } from '../../lib/followup/trends';
import type { ProgressRecord } from '../../lib/followup/types';
import { aggregate } from './aggregate';
import { renderHtml } from './html';
import { readStatsText } from './read';

const rec = (at: string, score: number, signals: string[], asked: string[] = []): ProgressRecord => ({
  at: Date.parse(at),
  site: 'zendesk',
  boxKind: 'public',
  score,
  signals,
  closing: { asked, total: 3 },
  mood: 'calm',
  promises: 0,
});

const RECORDS = [
  rec('2026-11-30T08:00:00Z', 60, ['greeting', 'empathy']),
  rec('2026-11-30T23:30:00Z', 80, ['greeting'], ['solved']), // Tuesday 00:30 in Berlin
  rec('2026-12-07T10:00:00Z', 90, ['greeting', 'empathy', 'closing-question'], ['solved', 'better']),
];

describe('trends', () => {
  it('puts a reply on the calendar day and ISO week of the agent’s zone', () => {
    expect(dayOf(Date.parse('2026-11-30T23:30:00Z'), 'Europe/Berlin')).toBe('2026-12-01');
    expect(dayOf(Date.parse('2026-11-30T23:30:00Z'), 'America/New_York')).toBe('2026-11-30');
    expect(weekOf(Date.parse('2026-12-06T12:00:00Z'), 'Europe/Berlin')).toBe('2026-11-30'); // Sunday → that week's Monday
  });

  it('gives the mean score per day, each signal’s rate per week and the closing habit per week', () => {
    expect(scorePerDay(RECORDS, 'Europe/Berlin')).toEqual([
      { day: '2026-11-30', replies: 1, meanScore: 60 },
      { day: '2026-12-01', replies: 1, meanScore: 80 },
      { day: '2026-12-07', replies: 1, meanScore: 90 },
    ]);
    expect(signalRatesPerWeek(RECORDS, 'Europe/Berlin')).toEqual([
      { week: '2026-11-30', replies: 2, rates: { greeting: 1, empathy: 0.5 } },
      { week: '2026-12-07', replies: 1, rates: { greeting: 1, empathy: 1, 'closing-question': 1 } },
    ]);
    expect(closingHabitPerWeek(RECORDS, 'Europe/Berlin').map((w) => w.rates)).toEqual([
      { solved: 0.5, any: 0.5 },
      { solved: 1, better: 1, any: 1 },
    ]);
  });
});

describe('exports', () => {
  it('read back exactly as written, from JSON and from CSV', () => {
    for (const [file, text] of [['agent.json', toJson(RECORDS, Date.now())], ['agent.csv', toCsv(RECORDS)]] as const) {
      const read = readStatsText(file, text);
      expect(read.errors).toEqual([]);
      expect(read.records).toEqual(RECORDS);
      expect(read.name).toBe('agent');
    }
  });

  it('reads rapport score output (no times) and names each bad line', () => {
    const lines = [
      JSON.stringify({ id: 1, score: 70, signals: { greeting: true, empathy: false }, findings: [], mood: { kind: 'hurry' } }),
      'not json',
      JSON.stringify({ id: 3, text: 'no score' }),
    ].join('\n');
    const read = readStatsText('run.jsonl', lines);
    expect(read.kind).toBe('score-output');
    expect(read.records).toEqual([{ at: null, site: 'unknown', boxKind: 'unknown', score: 70, signals: ['greeting'], closing: { asked: [], total: 0 }, mood: 'hurry', promises: 0 }]);
    expect(read.errors).toEqual(['line 2: not valid JSON', 'line 3: not a rapport score line (no "score" or "signals")']);
  });

  it('refuses a CSV that is not a progress export', () => {
    expect(readStatsText('replies.csv', 'id,text\n1,hello\n').errors[0]).toMatch(/not a Rapport progress export/);
  });
});

describe('the team report', () => {
  const a = readStatsText('priya.json', toJson(RECORDS, 0));
  const b = readStatsText('past.jsonl', JSON.stringify({ id: 1, score: 40, signals: { greeting: true } }));
  const data = aggregate([a, b], { title: 'Team', zone: 'Europe/Berlin', now: Date.parse('2026-12-08T00:00:00Z') });

  it('summarises each file and draws over time only what has a time', () => {
    expect(data.sources.map((s) => [s.name, s.replies, s.timed, s.meanScore, s.closingRate])).toEqual([
      ['priya', 3, 3, 76.7, 0.667],
      ['past', 1, 0, 40, 0],
    ]);
    expect(data.sources[0]!.signalRates).toEqual({ greeting: 1, empathy: 0.667, 'closing-question': 0.333 });
    expect(data.signals).toEqual(['greeting', 'empathy', 'closing-question']);
    expect(data.weeks).toEqual(['2026-11-30', '2026-12-07']);
    expect(data.scoreByWeek).toEqual([{ name: 'priya', values: [70, 90] }]);
    expect(data.closingByWeek).toEqual([0.5, 1]);
  });

  it('is one page that can request nothing, and no file name can inject markup', () => {
    const evil = aggregate([{ ...a, name: '</script><img src=x onerror=alert(1)>' }], { title: '<b>T</b>', zone: 'UTC', now: 0 });
    const html = renderHtml(evil, { uplotJs: '/*uplot*/', uplotCss: '', clientJs: '/*client*/' });
    expect(html).toContain(`content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>T</b>');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).not.toMatch(/\b(?:src|href)=["']?https?:/);
  });
});
