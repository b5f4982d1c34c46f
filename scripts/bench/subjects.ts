// What the scoring bench runs side by side: Rapport, the local peers (write-good, alex, harper.js)
// and a naive baseline. Each subject loads in this process for warm timings and also describes how
// to load it in a fresh process for cold start.
import type { ScoreContext } from '../../lib/scoring/types';
import { combinedRegex } from './regex-baseline';

export type Check = (text: string, context?: ScoreContext) => unknown;

export interface Subject {
  name: string;
  /** True when `check` returns a promise (harper.js lints asynchronously). */
  async: boolean;
  load(): Promise<Check>;
  /**
   * ESM statements run in a fresh `node` from the repo root: load the library and check the
   * string `text` once, leaving what must stay loaded in `keep`.
   */
  coldStart: string;
}

export function rapport(bundleUrl: string): Subject {
  return {
    name: 'Rapport',
    async: false,
    async load() {
      const { createScorer } = await import('../../lib/scoring/index');
      const scorer = createScorer();
      return (text, context) => scorer.score(text, context);
    },
    coldStart: `const m = await import(${JSON.stringify(bundleUrl)}); const s = m.createScorer(); keep = [s, s.score(text)];`,
  };
}

export const writeGood: Subject = {
  name: 'write-good',
  async: false,
  async load() {
    const wg = (await import('write-good')).default;
    return (text) => wg(text);
  },
  coldStart: `const wg = (await import('write-good')).default; keep = [wg(text)];`,
};

export const alex: Subject = {
  name: 'alex',
  async: false,
  async load() {
    const { text: check } = await import('alex');
    return (text) => check(text).messages;
  },
  coldStart: `const a = await import('alex'); keep = [a.text(text).messages];`,
};

export const harper: Subject = {
  name: 'harper.js',
  async: true,
  async load() {
    const { LocalLinter } = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
    return (text) => linter.lint(text);
  },
  coldStart:
    `const { LocalLinter } = await import('harper.js'); const { binaryInlined } = await import('harper.js/binaryInlined');` +
    ` const l = new LocalLinter({ binary: binaryInlined }); keep = [l, await l.lint(text)];`,
};

/** The floor a phrase matcher cannot beat by much: one alternation of 300 phrases, one pass. */
export function regexBaseline(phrases: string[]): Subject {
  return {
    name: `regex ×${phrases.length}`,
    async: false,
    async load() {
      const re = combinedRegex(phrases);
      return (text) => {
        let n = 0;
        re.lastIndex = 0;
        while (re.exec(text) !== null) n++;
        return n;
      };
    },
    coldStart:
      `const phrases = ${JSON.stringify(phrases)}; const re = new RegExp(${JSON.stringify(combinedRegex(phrases).source)}, 'giu');` +
      ` let n = 0; while (re.exec(text) !== null) n++; keep = [re, n];`,
  };
}
