// `rapport score`: one JSON line per reply (contract 3), or readable findings, or a summary table.
import type { Scorer } from '../lib/scoring/types';
import type { InputItem } from './input';
import type { Out } from './io';
import { explainReport } from './explain';
import { Summary } from './summary';

export interface ScoreOptions {
  format: 'json' | 'text';
  summary: boolean;
  /** Print the whole report (contract 2) on each JSON line, not just score, signals, findings and mood. */
  report?: boolean;
  formatFindings: (text: string, findings: import('../lib/scoring/types').Finding[]) => string;
}

/** Scores every record, reports each bad one on `err` by line number, returns how many failed. */
export function scoreItems(items: InputItem[], scorer: Scorer, opts: ScoreOptions, out: Out, err: Out): number {
  let failed = 0;
  const summary = opts.summary ? new Summary() : undefined;
  for (const item of items) {
    if ('error' in item) {
      failed++;
      err.write(`line ${item.line}: ${item.error}\n`);
      continue;
    }
    const { id, text, customerMessage, customerName, subject, sentAt } = item.record;
    let report;
    try {
      report = scorer.score(text, { customerMessage, customerName, ...(subject ? { subject } : {}), ...(sentAt ? { writtenAt: sentAt } : {}) });
    } catch (e) {
      failed++;
      err.write(`line ${item.line}: scoring failed (${(e as Error).message})\n`);
      continue;
    }
    if (summary) {
      summary.add(report, text);
    } else if (opts.format === 'text') {
      const { head, tail } = explainReport(id, report);
      for (const l of head) out.write(`${l}\n`);
      const lines = report.findings.length ? opts.formatFindings(text, report.findings) : '';
      for (const l of lines.split('\n').filter(Boolean)) out.write(`  ${l}\n`);
      for (const l of tail) out.write(`${l}\n`);
      out.write('\n');
    } else {
      const { score, signals, findings, mood } = report;
      // With a time of sending, each promise's due time is known (contract 3, extended 2026-11-30).
      const promises = sentAt ? { commitments: report.commitments ?? [] } : {};
      // A reply in another language than the pack is not scored: the line says so and which languages.
      const skipped = report.skipped ? { skipped: report.skipped, ...(report.language ? { language: report.language } : {}) } : {};
      out.write(JSON.stringify(opts.report ? { id, ...report } : { id, score, signals, findings, mood, ...skipped, ...promises }) + '\n');
    }
  }
  if (summary) out.write(summary.render(failed));
  return failed;
}
