// Small packs for unit tests, validated by the real schema so defaults apply as in production.
import { rulePackSchema, type RulePack } from '../../rule-pack/schema';

export function testPack(rules: unknown[], extra: Record<string, unknown> = {}): RulePack {
  return rulePackSchema.parse({ schema_version: 1, id: 'test', name: 'Test', version: '1', rules, ...extra });
}

export const base = { level: 'warning', message: 'msg', examples: { flag: [], pass: [] } } as const;
