import type { CorpusReply } from './corpus';

/**
 * The corpus's most frequent word pairs: realistic phrases that actually occur, so the baseline
 * regex does the work of matching rather than failing fast on every character.
 */
export function frequentPhrases(replies: CorpusReply[], count: number): string[] {
  const freq = new Map<string, number>();
  for (const r of replies) {
    const words = r.text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    for (let i = 0; i + 1 < words.length; i++) {
      const pair = `${words[i]} ${words[i + 1]}`;
      freq.set(pair, (freq.get(pair) ?? 0) + 1);
    }
  }
  return [...freq]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([p]) => p);
}

export function combinedRegex(phrases: string[]): RegExp {
  const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'giu');
}
