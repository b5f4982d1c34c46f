import { useId } from 'preact/hooks';
import type { SpellWorthyKind, SpellWorthyToken } from '@/lib/phonetic';

const KIND_LABEL: Record<SpellWorthyKind, string> = {
  email: 'e-mail',
  url: 'link',
  ticket: 'ticket',
  order: 'order no.',
  serial: 'serial',
  password: 'password',
  phone: 'phone',
  code: 'code',
};

/** Offers, unasked, what the ticket holds that is worth spelling; one click puts it in the speller. */
export function TokenPicker({ tokens, onPick }: { tokens: SpellWorthyToken[]; onPick(token: string): void }) {
  const id = useId();
  if (tokens.length === 0) return null;
  return (
    <div class="rp-phonetic-found">
      <p id={id} class="rp-muted rp-phonetic-caption">
        Found in this ticket
      </p>
      <ul class="rp-phonetic-tokens" aria-labelledby={id}>
        {tokens.map((t) => (
          <li key={t.token}>
            <button
              type="button"
              class="rp-btn rp-btn-quiet rp-phonetic-token"
              aria-label={`Spell ${t.token}`}
              title={`Spell this ${KIND_LABEL[t.kind]}`}
              onClick={() => onPick(t.token)}
            >
              <code>{t.token}</code>
              <span class="rp-tag">{KIND_LABEL[t.kind]}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
