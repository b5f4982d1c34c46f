import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { ALPHABETS, ALPHABET_IDS, findSpellWorthyTokens, isAlphabetId, spell, toSpeech, toText } from '@/lib/phonetic';
import type { AlphabetId, DigitStyle, SpellWorthyToken } from '@/lib/phonetic';
import { copyText } from './clipboard';
import { speakText } from './speak';
import { SpellingView } from './SpellingView';
import { TokenPicker } from './TokenPicker';
import { alphabetName } from '@/lib/panel/labels';
import './phonetic.css';
import { i18n } from '#i18n';

export interface PhoneticHelperProps {
  draft: string;
  customerMessage?: string;
  alphabet: AlphabetId;
  digits: DigitStyle;
  onAlphabetChange?(id: AlphabetId): void;
  onInsert?(text: string): void;
  speak?(text: string): void;
  copy?(text: string): Promise<void> | void;
  /** Inside a panel Section, which gives the card and the heading: render the tool only. */
  bare?: boolean;
}

/** Nobody spells more than this on a call; a pasted page must not turn into thousands of cards. */
export const MAX_SPELLED = 200;

/** Enough to cover a ticket; a pasted log must not bury the speller under buttons. */
const MAX_TOKENS = 12;

/** The customer's message first: what they sent is what the agent most often reads back. */
export function tokensOf(draft: string, customerMessage = ''): SpellWorthyToken[] {
  const seen = new Set<string>();
  return [...findSpellWorthyTokens(customerMessage), ...findSpellWorthyTokens(draft)]
    .filter((t) => (seen.has(t.token) ? false : (seen.add(t.token), true)))
    .slice(0, MAX_TOKENS);
}

/** Spells codes, passwords and URLs for a phone call (seed 002, #3). Driven by props only. */
export function PhoneticHelper(props: PhoneticHelperProps) {
  const id = useId();
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');
  // Local copy so the select answers at once even when the owner saves the choice asynchronously.
  const [alphabet, setAlphabet] = useState<AlphabetId>(props.alphabet);
  useEffect(() => setAlphabet(props.alphabet), [props.alphabet]);

  const result = useMemo(
    () => spell(Array.from(input).slice(0, MAX_SPELLED).join(''), { alphabet, digits: props.digits }),
    [input, alphabet, props.digits],
  );
  const tokens = useMemo(
    () => tokensOf(props.draft, props.customerMessage),
    [props.draft, props.customerMessage],
  );
  const text = toText(result);
  const empty = result.groups.length === 0;

  const chooseAlphabet = (value: string): void => {
    if (!isAlphabetId(value)) return;
    setAlphabet(value);
    props.onAlphabetChange?.(value);
  };
  const pick = (token: string): void => {
    setInput(token);
    setStatus('');
  };
  const copy = async (): Promise<void> => {
    try {
      await (props.copy ?? copyText)(text);
      setStatus(i18n.t('phonetic.copied'));
    } catch {
      setStatus(i18n.t('phonetic.copyFailed'));
    }
  };
  const readAloud = (): void => {
    const speech = toSpeech(result);
    if (props.speak) props.speak(speech);
    else if (!speakText(speech, ALPHABETS[alphabet].lang)) setStatus(i18n.t('phonetic.noSpeech'));
  };

  const tool = (
    <>
      <TokenPicker tokens={tokens} onPick={pick} />
      <div class="rp-phonetic-controls">
        <label class="rp-phonetic-field">
          <span>{i18n.t('phonetic.input')}</span>
          <input
            type="text"
            value={input}
            spellcheck={false}
            autocomplete="off"
            onInput={(e) => pick(e.currentTarget.value)}
          />
        </label>
        <label class="rp-phonetic-field rp-phonetic-alphabet">
          <span>{i18n.t('phonetic.alphabet')}</span>
          <select value={alphabet} onChange={(e) => chooseAlphabet(e.currentTarget.value)}>
            {ALPHABET_IDS.map((a) => (
              <option key={a} value={a}>
                {alphabetName(a)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SpellingView result={result} lang={ALPHABETS[alphabet].lang} />
      {Array.from(input).length > MAX_SPELLED && (
        <p class="rp-muted">{i18n.t('phonetic.limit', [MAX_SPELLED])}</p>
      )}
      <div class="rp-actions">
        <button type="button" class="rp-btn" disabled={empty || !props.onInsert} onClick={() => props.onInsert?.(text)}>
          {i18n.t('phonetic.insert')}
        </button>
        <button type="button" class="rp-btn rp-btn-quiet" aria-label={i18n.t('phonetic.copyLabel')} disabled={empty} onClick={() => void copy()}>
          {i18n.t('phonetic.copy')}
        </button>
        <button type="button" class="rp-btn rp-btn-quiet" disabled={empty} onClick={readAloud}>
          {i18n.t('phonetic.readAloud')}
        </button>
      </div>
      <p class="rp-muted rp-phonetic-status" role="status">
        {status}
      </p>
    </>
  );
  if (props.bare) return <div class="rp-phonetic">{tool}</div>;
  return (
    <section class="rp-card rp-phonetic" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{i18n.t('phonetic.title')}</h2>
      {tool}
    </section>
  );
}
