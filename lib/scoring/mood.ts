// The customer's mood from their last message, with the words that show it. Hurry and upset both
// mean: no small talk, no bonus tip, get straight to the fix (seed 000, closing paragraph; seed 003).
import { MatcherTable, type PhraseList } from './matchers';
import { analyse, isNegatedAt } from './text';
import type { RulePack } from '../rule-pack/schema';
import type { Mood, MoodKind } from './types';

const ORDER: MoodKind[] = ['upset', 'hurry', 'confused'];

export interface MoodReader {
  read(message: string | undefined): Mood;
}

export function compileMood(pack: RulePack): MoodReader {
  // A table of its own: the customer's message is scanned for mood words only.
  const table = new MatcherTable();
  const cues = new Map<MoodKind, PhraseList>();
  for (const kind of ORDER) cues.set(kind, table.addList(pack.mood_cues[kind], `mood_cues.${kind}`));
  // The customer's message stays the same while the agent types: read it once, not per keystroke.
  let lastMessage: string | undefined;
  let lastMood: Mood = { kind: 'calm', evidence: [] };
  const copy = (m: Mood): Mood => ({ kind: m.kind, evidence: [...m.evidence] });
  return {
    read(message) {
      if (message !== lastMessage) {
        lastMessage = message;
        lastMood = readMood(message);
      }
      return copy(lastMood);
    },
  };

  function readMood(message: string | undefined): Mood {
    if (!message || message.trim() === '') return { kind: 'calm', evidence: [] };
    const view = analyse(message);
    const hits = table.scanAll(view.scan, view.tokens, () => true);
    let best: Mood = { kind: 'calm', evidence: [] };
    for (const kind of ORDER) {
      const evidence: string[] = [];
      for (const id of cues.get(kind) ?? [])
        // "No rush at all", "it's not urgent": a negated cue says the opposite.
        for (const h of hits[id] ?? []) if (!isNegatedAt(view, h.start)) evidence.push(message.slice(h.start, h.end));
      if (kind === 'upset') evidence.push(...shouting(message));
      if (evidence.length > best.evidence.length) best = { kind, evidence: [...new Set(evidence)] };
    }
    return best;
  }
}

/** Capitals and repeated exclamation marks read as raised voice. */
function shouting(message: string): string[] {
  const out = message.match(/(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])|[!?]*![!?]*!+/gu) ?? [];
  return out.filter((w) => !/^(?:VPN|HTTP|HTTPS|HTML|JSON|USB|HDMI|WIFI|ASAP|NASA|UEFI|BIOS)$/.test(w)).slice(0, 5);
}
