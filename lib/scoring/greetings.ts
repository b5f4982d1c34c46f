// The greeting words of a rule pack, read from the pack itself (its `greeting` rules), so the engine and the
// name reading use the words the pack greets with rather than a list of their own: "(hi|hello|hey|hiya|howdy|
// greetings|dear)" and "good (morning|afternoon|evening|day)" in the built-in pack, "(hallo|hi|moin|…)" and
// "guten (morgen|tag|abend)" in the German one. Pure: no DOM, no extension API.
import type { PhraseEntry, RulePack } from '../rule-pack/schema';

/** A phrase of words, spaces, apostrophes, hyphens and "(a|b)" groups only: what a greeting rule's phrases are. */
const PLAIN_PHRASE = /^[\p{L}'’\- ()|]+$/u;

/**
 * The greeting words and phrases of `pack` as one regular-expression alternation (non-capturing; phrase words
 * joined by runs of white space, "(a|b)" groups kept), from the `phrases` of its phrase-present rules whose signal
 * is `greeting`. Phrases holding anything but words and groups (slots, classes, optional brackets, gaps) are left
 * out. Returns undefined when the pack has no such phrase. Match it case-insensitively with the `u` flag, between
 * non-letters.
 */
export function greetingAlternation(pack: RulePack): string | undefined {
  const out: string[] = [];
  for (const rule of pack.rules) {
    if (rule.type !== 'phrase-present' || rule.signal !== 'greeting') continue;
    for (const entry of rule.phrases as readonly PhraseEntry[]) {
      const phrase = (typeof entry === 'string' ? entry : 'phrase' in entry ? entry.phrase : undefined)?.trim();
      if (phrase === undefined || !PLAIN_PHRASE.test(phrase)) continue;
      out.push(phrase.replace(/-/g, '\\-').replace(/\(/g, '(?:').replace(/\s+/g, '\\s+'));
    }
  }
  return out.length > 0 ? out.join('|') : undefined;
}
