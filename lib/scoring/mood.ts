// The customer's mood from their last message, with the words that show it. Hurry and upset both
// mean: no small talk, no bonus tip, get straight to the fix (seed 000, closing paragraph; seed 003).
import { MatcherTable, type PhraseList } from './matchers';
import { analyse, isNegatedAt } from './text';
import type { RulePack } from '../rule-pack/schema';
import type { Mood, MoodKind } from './types';

type Flag = Exclude<MoodKind, 'calm'>;
/** The order the coach leads with when several flags are set. */
const LEAD: Flag[] = ['upset', 'hurry', 'confused'];

export interface MoodReader {
  read(message: string | undefined): Mood;
}

export const CALM: Readonly<Mood> = Object.freeze({ kind: 'calm', hurry: false, upset: false, confused: false, evidence: [] });

/** A fresh calm mood (callers may mutate the evidence array). */
export function calmMood(): Mood {
  return { ...CALM, evidence: [] };
}

export function compileMood(pack: RulePack): MoodReader {
  // A table of its own: the customer's message is scanned for mood words only.
  const table = new MatcherTable();
  const cues = new Map<Flag, PhraseList>();
  for (const kind of LEAD) cues.set(kind, table.addList(pack.mood_cues[kind], `mood_cues.${kind}`));
  // The customer's message stays the same while the agent types: read it once, not per keystroke.
  let lastMessage: string | undefined;
  let lastMood: Mood = calmMood();
  const copy = (m: Mood): Mood => ({ ...m, evidence: [...m.evidence] });
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
    if (!message || message.trim() === '') return calmMood();
    const view = analyse(message);
    const hits = table.scanAll(view.scan, view.tokens, () => true);
    const mood = calmMood();
    const found: { start: number; text: string }[] = [];
    for (const kind of LEAD) {
      let any = false;
      for (const id of cues.get(kind) ?? [])
        for (const h of hits[id] ?? [])
          // "No rush at all", "it's not urgent": a negated cue says the opposite.
          if (!isNegatedAt(view, h.start)) {
            any = true;
            found.push({ start: h.start, text: message.slice(h.start, h.end) });
          }
      if (kind === 'upset')
        for (const s of shouting(message)) {
          any = true;
          found.push(s);
        }
      mood[kind] = any;
    }
    mood.kind = LEAD.find((k) => mood[k]) ?? 'calm';
    mood.evidence = [...new Set(found.sort((a, b) => a.start - b.start).map((f) => f.text))];
    return mood;
  }
}

/** Capitals and repeated exclamation marks read as raised voice. */
function shouting(message: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (const m of message.matchAll(/(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])|[!?]*![!?]*!+/gu))
    if (!/^(?:VPN|HTTP|HTTPS|HTML|JSON|USB|HDMI|WIFI|ASAP|NASA|UEFI|BIOS)$/.test(m[0])) out.push({ start: m.index, text: m[0] });
  return out.slice(0, 5);
}
