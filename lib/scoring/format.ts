// Renders findings as `line:col-line:col ruleId: message` (1-based), the way retext and alex do, for
// tests and the CLI: a failing test diff then reads like the coaching the agent would see.
import type { Finding } from './types';

export function formatFindings(text: string, findings: Finding[]): string[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number): string => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - lineStarts[lo]! + 1}`;
  };
  return findings.map((f) => `${at(f.span.start)}-${at(f.span.end)} ${f.ruleId}: ${f.message}`);
}
