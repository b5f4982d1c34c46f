// Words for the report's `because` (why advice is offered or held back), through i18n. Situation
// labels come from the pack, in the pack's language.
import { i18n } from '#i18n';
import type { Because, Report } from '@/lib/scoring/types';

/** One reason as a sentence fragment ("the customer is in a hurry", "Outage or incident"). */
export function becauseText(b: Because, report: Pick<Report, 'situations'>): string {
  if ('mood' in b) {
    switch (b.mood) {
      case 'hurry':
        return i18n.t('because.hurry');
      case 'upset':
        return i18n.t('because.upset');
      case 'confused':
        return i18n.t('because.confused');
      default:
        return i18n.t('because.calm');
    }
  }
  if ('situation' in b) return report.situations?.find((s) => s.id === b.situation)?.label ?? b.situation;
  if ('draft' in b) return b.draft === 'solved' ? i18n.t('because.solved') : i18n.t('because.hasSignal');
  switch (b.rule) {
    case 'first-reply':
      return i18n.t('because.firstReply');
    case 'long-message':
      return i18n.t('because.longMessage');
    case 'no-topic':
      return i18n.t('because.noTopic');
    default:
      return i18n.t('because.always');
  }
}

/** Several reasons joined ("the customer is upset, Outage or incident"); duplicates once. */
export function becauseList(list: Because[] | undefined, report: Pick<Report, 'situations'>): string {
  return [...new Set((list ?? []).map((b) => becauseText(b, report)))].join(', ');
}
