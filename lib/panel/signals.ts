import { i18n } from '#i18n';
import type { SignalId } from '@/lib/scoring/types';

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

export function signalTitle(id: SignalId | string): string {
  return TITLES[id as SignalId]?.() ?? id;
}
