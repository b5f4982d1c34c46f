import { i18n } from '#i18n';
import type { SignalExplanation, SignalId } from '@/lib/scoring/types';

const TITLES: Record<SignalId, () => string> = {
  expectation: () => i18n.t('signal.expectation'),
  greeting: () => i18n.t('signal.greeting'),
  'contrived-greeting': () => i18n.t('signal.contrivedGreeting'),
  ownership: () => i18n.t('signal.ownership'),
  'negative-language': () => i18n.t('signal.negativeLanguage'),
  complaint: () => i18n.t('signal.complaint'),
  empathy: () => i18n.t('signal.empathy'),
  gratitude: () => i18n.t('signal.gratitude'),
  'no-problem': () => i18n.t('signal.noProblem'),
  condescension: () => i18n.t('signal.condescension'),
  'bonus-tip': () => i18n.t('signal.bonusTip'),
  'closing-question': () => i18n.t('signal.closingQuestion'),
  apology: () => i18n.t('signal.apology'),
  personalization: () => i18n.t('signal.personalization'),
  teach: () => i18n.t('signal.teach'),
  'confirm-resolution': () => i18n.t('signal.confirmResolution'),
  terse: () => i18n.t('signal.terse'),
};

/**
 * What the panel calls a signal: the UI's own words for a built-in one; for one a pack declares, its
 * label in the browser's language when the pack gives one (`labels`), else the pack's own label.
 */
export function signalTitle(id: SignalId | string, declared?: Pick<SignalExplanation, 'label' | 'labels'>): string {
  const builtIn = TITLES[id as SignalId];
  if (builtIn) return builtIn();
  if (declared?.labels) {
    const lang = typeof navigator === 'undefined' ? '' : navigator.language;
    const exact = declared.labels[lang] ?? declared.labels[lang.split('-')[0] ?? ''];
    if (exact) return exact;
  }
  return declared?.label ?? id;
}
