// The gaps part of `npm run bench`: the worst case a pack can write. A phrase of many `...` gaps over
// a reply that fits it in every way but the last word could once take 4^gaps steps at every word (a
// 30-gap phrase froze `rapport validate` for a minute); the matcher now keeps the states that failed
// (lib/scoring/matchers.ts), so the cost is linear in the reply. Prints the time per scoring call
// with the default pack plus that phrase, and the branch points the matcher visited.
import { DEFAULT_PACK } from '../../lib/rule-pack/default-pack.generated';
import { rulePackSchema } from '../../lib/rule-pack/schema';
import { createScorer } from '../../lib/scoring/index';
import { MatcherTable } from '../../lib/scoring/matchers';
import { tokenize } from '../../lib/scoring/tokens';
import { compileWordClasses } from '../../lib/scoring/word-classes';
import { median, sampleSync } from './stats';
import { table, us } from './table';
import type { BenchPart, Target } from './types';

interface Case {
  name: string;
  phrase: string;
  /** About 4 KB: the phrase fits every way but its last word, which sits past a full stop. */
  text: string;
}

const fill = (unit: string, bytes: number) => Array(Math.ceil(bytes / (unit.length + 1))).fill(unit).join(' ');
const CASES: Case[] = [
  { name: '30 gaps, one word', phrase: `${Array(31).fill('we').join(' ... ')} done`, text: `${fill('we', 4096)}. done` },
  {
    name: '8 gaps, optional words',
    phrase: `(if|should) ${Array(8).fill('[any] ... (issue|issues)').join(' ')} [then] <we> <will> help`,
    text: `${fill('if any issue issues', 4096)}. we will help`,
  },
  {
    // The shipped default pack's phrase with the most gaps (an `except` of the offer-to-help rule).
    name: 'default pack, 6 gaps',
    phrase: '(if|should|in case) ... (persist*|continu*|still|again|need*|face|any|anything|else|more) ... ... [,] ... ... ... <we> <will> [<adv>] (help|assist)',
    text: `${fill('if any still again', 4096)}. we will help`,
  },
];

export const gapsPart: BenchPart = {
  id: 'gaps',
  title: 'Worst-case pack phrases: many `...` gaps over a 4 KB reply that nearly fits',
  async run(ctx) {
    const classes = compileWordClasses(DEFAULT_PACK.word_classes);
    const rows: string[][] = [];
    const targets: Target[] = [];
    for (const c of CASES) {
      const pack = rulePackSchema.parse({
        ...DEFAULT_PACK,
        rules: [...DEFAULT_PACK.rules, { id: 'gaps-worst-case', type: 'phrase-avoid', level: 'warning', message: 'gaps', phrases: [c.phrase], examples: { flag: [], pass: [] } }],
      });
      const scorer = createScorer(pack);
      const budget = ctx.quick ? { warmupMs: 20, budgetMs: 100, minCalls: 3 } : { warmupMs: 200, budgetMs: 1000, minCalls: 10 };
      const s = sampleSync([c.text], (t) => scorer.score(t), budget);
      const plain = createScorer();
      const base = sampleSync([c.text], (t) => plain.score(t), budget);
      const tableAlone = new MatcherTable(classes);
      tableAlone.addList([c.phrase]);
      tableAlone.scanAll(c.text, tokenize(c.text, 0, c.text.length), () => false);
      const tokens = tokenize(c.text, 0, c.text.length).length;
      rows.push([c.name, String(c.text.length), String(tokens), String(tableAlone.lastVisits), us(median(s.ns)), us(median(base.ns))]);
      targets.push({ name: `worst-case phrase (${c.name}) over 4 KB, scoring median`, value: median(s.ns) / 1e6, limit: 50, unit: 'ms', kind: 'max' });
    }
    ctx.print(table(['phrase', 'chars', 'tokens', 'branch points visited', 'score median µs', 'without the phrase µs'], rows));
    ctx.print('(branch points: gaps, optional words that are there, alternations the matcher entered for that phrase alone)');
    return targets;
  },
};
