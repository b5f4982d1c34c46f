// Classifies a control's label: who reads the box when this control is on. Built-in rules first
// come from words.ts; a pack's `sites.labels` are tried before them (a team's own words win).
import { BUILTIN_RULES, normalizeLabel, packRules, type Audience, type LabelRule, type Strength } from './words';

export interface LabelVerdict {
  audience: Audience;
  strength: Strength;
}

let extra: LabelRule[] = [];

/** Sets the labels the effective pack adds (`sites.labels`); called when the content script learns the pack's site settings. */
export function usePackLabels(labels: { internal?: readonly string[]; public?: readonly string[] } | undefined): void {
  extra = packRules(labels);
}

/** Longest label looked at (UTF-16 units): a control's name, not a paragraph of help text. */
const MAX_LABEL = 300;

/** The audience a label names, and how strongly; null when it names none. */
export function classifyLabel(label: string | null | undefined): LabelVerdict | null {
  if (!label) return null;
  const text = normalizeLabel(label.slice(0, MAX_LABEL));
  if (!text) return null;
  for (const rule of extra) if (rule.pattern.test(text)) return { audience: rule.audience, strength: rule.strength };
  for (const rule of BUILTIN_RULES) if (rule.pattern.test(text)) return { audience: rule.audience, strength: rule.strength };
  return null;
}

export function opposite(a: Audience): Audience {
  return a === 'public' ? 'internal' : 'public';
}
