// `rapport stats FILE… [--out report.html] [--title TEXT] [--tz ZONE]`: one self-contained HTML
// report from agents' progress exports and `rapport score` output, for a team lead to see whether a
// new pack or a coaching session changed how the team writes. No server, no request.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isZone, systemZone } from '../../lib/scoring/commitments/zoned-time';
import { aggregate } from './aggregate';
import { renderHtml } from './html';
import { readStatsText, type StatsSource } from './read';

export interface StatsOptions {
  out?: string;
  title?: string;
  tz?: string;
}

export interface StatsOutcome {
  /** Lines for stderr: unreadable files, bad records. */
  problems: string[];
  /** The report's path, when one was written. */
  written?: string;
  replies: number;
}

const require = createRequire(import.meta.url);

export function runStats(files: string[], opts: StatsOptions, now = Date.now()): StatsOutcome {
  const problems: string[] = [];
  if (opts.tz !== undefined && !isZone(opts.tz)) return { problems: [`--tz: unknown time zone "${opts.tz}" (an IANA name like Europe/Berlin, or +01:00)`], replies: 0 };
  const sources: StatsSource[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      problems.push(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      continue;
    }
    const source = readStatsText(file, text);
    for (const e of source.errors) problems.push(`${file}: ${e}`);
    if (source.records.length) sources.push(source);
    else problems.push(`${file}: no records`);
  }
  const replies = sources.reduce((n, s) => n + s.records.length, 0);
  if (sources.length === 0) return { problems, replies };
  const data = aggregate(sources, { title: opts.title ?? 'Rapport team report', zone: opts.tz ?? systemZone(), now });
  const html = renderHtml(data, {
    uplotJs: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8'),
    uplotCss: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
    clientJs: readFileSync(new URL('./client.js', import.meta.url), 'utf8'),
  });
  const out = opts.out ?? 'rapport-stats.html';
  writeFileSync(out, html);
  return { problems, written: out, replies };
}
