import { charText } from '@/lib/phonetic';
import type { SpellResult } from '@/lib/phonetic';
import { i18n } from '#i18n';

// Characters a reader can confuse with nothing at all get a visible stand-in.
const VISIBLE: Record<string, string> = { ' ': '␣', '\t': '⇥', '\n': '↵', '\u00A0': '⍽' };

/** The spelled result as cards, one row per group; text nodes only (the input is untrusted). */
export function SpellingView({ result, lang }: { result: SpellResult; lang?: string }) {
  if (result.groups.length === 0) {
    return <p class="rp-muted rp-phonetic-hint">{i18n.t('phonetic.hint')}</p>;
  }
  return (
    <ol class="rp-phonetic-groups" aria-label={i18n.t('phonetic.spelling')} lang={lang}>
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
