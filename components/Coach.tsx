import type { CoachTabState } from '@/lib/coach-state';
import { MoodBanner } from './MoodBanner';
import { SignalList } from './SignalList';
import { PromptList } from './PromptList';
import { FindingList } from './FindingList';
import { ClosingQuestions } from './ClosingQuestions';
import { DraftPreview } from './DraftPreview';
import { BonusTip } from './BonusTip';
import { Phonetic } from './Phonetic';
import { OtherLanguage } from './OtherLanguage';
import { Promises } from './Promises';
import { usePanel } from '@/lib/panel/store';
import { i18n } from '#i18n';

/** Everything the coach says about a customer-facing draft. */
export function Coach({ coach }: { coach: CoachTabState }) {
  const tabId = usePanel((s) => s.tabId);
  const report = coach.report;
  if (!report) return <p class="rp-muted">{i18n.t('panel.scoring')}</p>;
  if (report.skipped === 'other-language' && report.language)
    return (
      <>
        <MoodBanner mood={report.mood} prompts={report.prompts} />
        <OtherLanguage language={report.language} />
        <Phonetic draft={coach.text} customerMessage={coach.customerMessage} />
      </>
    );
  return (
    <>
      <MoodBanner mood={report.mood} prompts={report.prompts} situations={report.situations} />
      <Promises tabId={tabId} commitments={report.commitments} />
      <FindingList findings={report.findings} />
      <PromptList prompts={report.prompts} report={report} />
      <ClosingQuestions questions={report.closingQuestions} report={report} />
      <BonusTip advice={report.bonusTip} customerName={report.customerName ?? coach.customerName} report={report} />
      <Phonetic draft={coach.text} customerMessage={coach.customerMessage} />
      <SignalList report={report} />
      <DraftPreview text={coach.text} findings={report.findings} />
    </>
  );
}
