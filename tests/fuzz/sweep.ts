// A systematic sweep on top of the random cases: every catastrophic pattern, as a raw `pattern:`,
// in every slot of a pack where a phrase or pattern can appear. Each must be refused, and the
// refusal must point at that slot.
import { defaultPackData, type PackData } from './base';
import type { FuzzCase } from './cases';
import { EVIL_PATTERNS, TRIGGER_TEXTS } from './evil';

type Rule = Record<string, unknown>;

interface Slot {
  name: string;
  /** Puts `entry` in the slot and returns the path the refusal must name (or start with). */
  place(pack: PackData, entry: unknown): string;
}

const firstOfType = (pack: PackData, type: string): Rule => {
  const rule = pack.rules.find((r) => r.type === type);
  if (!rule) throw new Error(`the default pack has no ${type} rule`);
  return rule;
};

/** Keeps only `rule` (armed with a text that would trigger a backtracking pattern) in the pack. */
const only = (pack: PackData, rule: Rule): Rule => {
  const ex = (rule.examples ?? {}) as { flag?: string[]; pass?: string[] };
  rule.examples = { ...ex, pass: [...(ex.pass ?? []), TRIGGER_TEXTS[0]!] };
  pack.rules = [rule];
  return rule;
};

const inRule = (type: string, field: string): Slot => ({
  name: `${type} ${field}`,
  place(pack, entry) {
    const rule = only(pack, firstOfType(pack, type));
    rule[field] = field === 'phrases' || field === 'when' ? [entry, ...((rule[field] as unknown[]) ?? [])] : [entry];
    return `rules[0].${field}[0]`;
  },
});

export const SLOTS: Slot[] = [
  inRule('phrase-present', 'phrases'),
  inRule('phrase-present', 'except'),
  inRule('phrase-present', 'with'),
  inRule('phrase-avoid', 'phrases'),
  inRule('phrase-avoid', 'except'),
  inRule('conditional', 'when'),
  inRule('conditional', 'require'),
  {
    name: 'closing question variants',
    place(pack, entry) {
      const q = (pack.closing_questions as { variants: unknown[] }[])[0]!;
      q.variants = [entry, ...q.variants];
      return 'closing_questions[0].variants[0]';
    },
  },
  {
    name: 'mood cues',
    place(pack, entry) {
      const cues = pack.mood_cues as Record<string, unknown[]>;
      cues.upset = [entry, ...(cues.upset ?? [])];
      return 'mood_cues.upset[0]';
    },
  },
];

export const SWEEP_SIZE = SLOTS.length * EVIL_PATTERNS.length;

/** Sweep case `n` (0 ≤ n < SWEEP_SIZE), numbered `id` in the fuzz run. */
export function sweepCase(n: number, id: number): FuzzCase {
  const slot = SLOTS[Math.floor(n / EVIL_PATTERNS.length)]!;
  const pattern = EVIL_PATTERNS[n % EVIL_PATTERNS.length]!;
  const pack = defaultPackData();
  const at = slot.place(pack, { pattern });
  return { id, kind: 'slot-sweep', label: `pattern ${JSON.stringify(pattern)} in ${slot.name}`, format: 'json', input: pack, docLevel: false, mustRefuseAt: at };
}
