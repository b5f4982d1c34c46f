// Words the scorer writes itself (bonus-tip reasons, its own findings) are shown in the panel's
// language by their code; words from the pack stay the pack's, in the pack's locale.
import { i18n } from '#i18n';
import type { BonusTipAdvice, Because, Finding, Report } from '@/lib/scoring/types';
import { becauseList } from './because';

const heldFor = (b: Because) => 'mood' in b || 'situation' in b;

/**
 * Why the bonus tip steps back, in the panel's language ("No tip this time: the customer is upset."),
 * from the report's `because`; null when it is not held back for the customer or the ticket (no tip on
 * the topic: no card). A report without `because` (an older scorer) shows its English `reason`.
 */
export function tipHeldReason(advice: BonusTipAdvice, report: Pick<Report, 'situations'>): string | null {
  if (!advice.because) return advice.reason;
  const held = advice.because.filter(heldFor);
  return held.length ? i18n.t('tip.held', [becauseList(held, report)]) : null;
}

/**
 * A finding's message: the panel's translation when the scorer wrote it (`code`), else the pack's
 * words. `report` gives the situation labels a held-back tip names.
 */
export function findingMessage(f: Finding, report?: Pick<Report, 'situations' | 'bonusTip'>): { text: string; fromPack: boolean } {
  switch (f.code) {
    case 'tip-timing-hurry':
      return { text: i18n.t('findings.tipTimingHurry'), fromPack: false };
    case 'tip-timing-upset':
      return { text: i18n.t('findings.tipTimingUpset'), fromPack: false };
    case 'tip-timing-situation':
      return {
        text: i18n.t('findings.tipTimingSituation', [becauseList((report?.bonusTip?.because ?? []).filter(heldFor), report ?? {})]),
        fromPack: false,
      };
    case 'question-timing-hurry':
      return { text: i18n.t('findings.questionTimingHurry'), fromPack: false };
    case 'question-timing-upset':
      return { text: i18n.t('findings.questionTimingUpset'), fromPack: false };
    default:
      return { text: f.message, fromPack: true };
  }
}

/** The language of the strings the panel itself shows (the locale file the browser picked). */
export function uiLang(): string {
  return i18n.t('lang') || 'en';
}
