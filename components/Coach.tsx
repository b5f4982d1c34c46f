import type { CoachTabState } from '@/lib/coach-state';
import { PackLangContext } from '@/lib/panel/context';
import { MoodBanner } from './MoodBanner';
import { SignalList } from './SignalList';
import { PromptList } from './PromptList';
import { FindingList } from './FindingList';
import { ClosingQuestions } from './ClosingQuestions';
import { DraftPreview } from './DraftPreview';
import { BonusTip } from './BonusTip';
import { Phonetic } from './Phonetic';
import { i18n } from '#i18n';

/** Everything the coach says about a customer-facing draft. */
export function Coach({ coach }: { coach: CoachTabState }) {
  const report = coach.report;
  if (!report) return <p class="rp-muted">{i18n.t('panel.scoring')}</p>;
  return (
    <PackLangContext.Provider value={report.locale}>
      <MoodBanner mood={report.mood} prompts={report.prompts} />
      <FindingList findings={report.findings} />
      <PromptList prompts={report.prompts} />
      <ClosingQuestions questions={report.closingQuestions} />
      <BonusTip advice={report.bonusTip} customerName={report.customerName ?? coach.customerName} />
      <Phonetic draft={coach.text} customerMessage={coach.customerMessage} />
      <SignalList report={report} />
      <DraftPreview text={coach.text} findings={report.findings} />
    </PackLangContext.Provider>
  );
}
