// One table-driven check for the judgement tests: sentences that must show a signal and near misses
// that must not, scored by the default pack through the public scorer.
import { describe, expect, it } from 'vitest';
import { createScorer, type SignalId } from '../index';

const scorer = createScorer();

/**
 * True when the default pack's scorer sets `signal` on `text` (a reply draft), read against `customerMessage` (the
 * requester's message it answers) when one is given.
 */
export const shows = (signal: SignalId, text: string, customerMessage?: string): boolean =>
  scorer.score(text, customerMessage ? { customerMessage } : {}).signals[signal] === true;

/**
 * The default pack's findings on `text` whose rule id starts with `rulePrefix` (e.g. `'negative-'`), each as
 * `"<rule id>: <the words of its span>"`, in report order: what the panel would underline and why.
 */
export const findingsOf = (rulePrefix: string, text: string): string[] =>
  scorer
    .score(text)
    .findings.filter((f) => f.ruleId.startsWith(rulePrefix))
    .map((f) => `${f.ruleId}: ${text.slice(f.span.start, f.span.end)}`);

/**
 * Registers one `describe` block titled "<signal>: <title>" with one test per sentence: each of `yes`
 * must show `signal`, each of `no` must not. Either list may be empty.
 */
export function signalCases(title: string, signal: SignalId, yes: string[], no: string[]): void {
  describe(`${signal}: ${title}`, () => {
    if (yes.length) it.each(yes)('shows it: %j', (t) => expect(shows(signal, t)).toBe(true));
    if (no.length) it.each(no)('does not: %j', (t) => expect(shows(signal, t)).toBe(false));
  });
}
