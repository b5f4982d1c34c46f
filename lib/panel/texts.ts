// Words the scorer writes itself (bonus-tip reasons, its own findings) are shown in the panel's
// language by their code; words from the pack stay the pack's, in the pack's locale.
import { i18n } from '#i18n';
import type { BonusTipAdvice, Finding } from '@/lib/scoring/types';

/** The bonus tip's reason in the panel's language; a reason without a code is shown as given. */
export function tipReason(advice: BonusTipAdvice): string {
  switch (advice.code) {
    case 'hurry':
      return i18n.t('tip.whyHurry');
    case 'upset':
      return i18n.t('tip.whyUpset');
    case 'topic':
      return i18n.t('tip.whyTopic');
    case 'no-topic':
      return i18n.t('tip.whyNoTopic');
    default:
      return advice.reason;
  }
}

/** A finding's message: the panel's translation when the scorer wrote it, else the pack's words. */
export function findingMessage(f: Finding): { text: string; fromPack: boolean } {
  switch (f.code) {
    case 'tip-timing-hurry':
      return { text: i18n.t('findings.tipTimingHurry'), fromPack: false };
    case 'tip-timing-upset':
      return { text: i18n.t('findings.tipTimingUpset'), fromPack: false };
    default:
      return { text: f.message, fromPack: true };
  }
}

/** The language of the strings the panel itself shows (the locale file the browser picked). */
export function uiLang(): string {
  return i18n.t('lang') || 'en';
}
