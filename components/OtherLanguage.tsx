import type { Report } from '@/lib/scoring/types';
import { uiLang } from '@/lib/panel/texts';
import { i18n } from '#i18n';

/** A language's name in the panel's language ("German", "Deutsch"), or its code when the runtime has no name for it. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLang()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Said in place of a score when the draft is clearly in another language than the pack
 * (`report.skipped === 'other-language'`): scoring a German reply against an English pack gives 0
 * and advice that cannot apply.
 */
export function OtherLanguage({ language }: { language: NonNullable<Report['language']> }) {
  const draft = languageName(language.draft);
  const pack = languageName(language.pack);
  return (
    <section class="rp-card rp-internal" role="status" data-testid="other-language">
      <h2>{i18n.t('language.title', [draft])}</h2>
      <p>{i18n.t('language.body', [draft, pack])}</p>
    </section>
  );
}
