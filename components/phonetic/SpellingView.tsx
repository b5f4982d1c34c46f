import { charText } from '@/lib/phonetic';
import type { SpellResult } from '@/lib/phonetic';

// Characters a reader can confuse with nothing at all get a visible stand-in.
const VISIBLE: Record<string, string> = { ' ': '␣', '\t': '⇥', '\n': '↵', '\u00A0': '⍽' };

/** The spelled result as cards, one row per group; text nodes only (the input is untrusted). */
export function SpellingView({ result }: { result: SpellResult }) {
  if (result.groups.length === 0) {
    return <p class="rp-muted rp-phonetic-hint">Type or pick a code, password or URL to spell it out.</p>;
  }
  return (
    <ol class="rp-phonetic-groups" aria-label="Spelling">
      {result.groups.map((group, g) => (
        <li class="rp-phonetic-group" key={g}>
          {group.map((c, i) => (
            <span class={`rp-phonetic-char rp-phonetic-${c.kind}`} key={i}>
              <span class="rp-phonetic-glyph" aria-hidden="true">
                {VISIBLE[c.char] ?? c.char}
              </span>
              <span class="rp-phonetic-words">{charText(result, c)}</span>
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}
