import { useId } from 'preact/hooks';
import type { SpellWorthyKind, SpellWorthyToken } from '@/lib/phonetic';
import { i18n } from '#i18n';

const KIND_LABEL: Record<SpellWorthyKind, () => string> = {
  email: () => i18n.t('phonetic.kind.email'),
  url: () => i18n.t('phonetic.kind.url'),
  ticket: () => i18n.t('phonetic.kind.ticket'),
  order: () => i18n.t('phonetic.kind.order'),
  serial: () => i18n.t('phonetic.kind.serial'),
  password: () => i18n.t('phonetic.kind.password'),
  phone: () => i18n.t('phonetic.kind.phone'),
  code: () => i18n.t('phonetic.kind.code'),
};

/** Offers, unasked, what the ticket holds that is worth spelling; one click puts it in the speller. */
export function TokenPicker({ tokens, onPick }: { tokens: SpellWorthyToken[]; onPick(token: string): void }) {
  const id = useId();
  if (tokens.length === 0) return null;
  return (
    <div class="rp-phonetic-found">
      <p id={id} class="rp-muted rp-phonetic-caption">
        {i18n.t('phonetic.found')}
      </p>
      <ul class="rp-phonetic-tokens" aria-labelledby={id}>
        {tokens.map((t) => (
          <li key={t.token}>
            <button
              type="button"
              class="rp-btn rp-btn-quiet rp-phonetic-token"
              aria-label={i18n.t('phonetic.spellLabel', [t.token, KIND_LABEL[t.kind]()])}
              title={i18n.t('phonetic.spellTitle', [KIND_LABEL[t.kind]()])}
              onClick={() => onPick(t.token)}
            >
              {/* A space between the two, so the visible text reads as the name does ("INC0012345 ticket"). */}
              <code>{t.token}</code>{' '}
              <span class="rp-tag">{KIND_LABEL[t.kind]()}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
