import type { CoachTabState } from '@/lib/coach-state';
import { PackLangContext } from '@/lib/panel/context';
import { customerOf } from '@/lib/panel/store';
import { MoodBanner } from './MoodBanner';
import { BeforeSend } from './BeforeSend';
import { SignalList } from './SignalList';
import { PromptList } from './PromptList';
import { FindingList } from './FindingList';
import { DraftPreview } from './DraftPreview';
import { BonusTip } from './BonusTip';
import { Phonetic } from './Phonetic';
import { OtherLanguage } from './OtherLanguage';
import { Promises } from './Promises';
import { usePanel } from '@/lib/panel/store';
import { i18n } from '#i18n';

/**
 * Everything the coach says about a customer-facing draft, what to do before sending first: the
 * customer's mood, then "Before you send" (the must-haves still missing, the closing questions), then
 * the phrases to rephrase. The rest sits in sections the agent folds and unfolds (remembered).
 */
export function Coach({ coach }: { coach: CoachTabState }) {
  const tabId = usePanel((s) => s.tabId);
  const report = coach.report;
  if (!report) return <p class="rp-muted">{i18n.t('panel.scoring')}</p>;
  if (report.skipped === 'other-language' && report.language)
    return (
      <PackLangContext.Provider value={report.locale}>
        <MoodBanner mood={report.mood} prompts={report.prompts} situations={report.situations} />
        <OtherLanguage language={report.language} />
        <Phonetic draft={coach.text} customerMessage={coach.customerMessage} />
      </PackLangContext.Provider>
    );
  return (
    <PackLangContext.Provider value={report.locale}>
      <MoodBanner mood={report.mood} prompts={report.prompts} situations={report.situations} />
      <BeforeSend report={report} />
      <Promises tabId={tabId} commitments={report.commitments} />
      <FindingList findings={report.findings} report={report} />
      <BonusTip advice={report.bonusTip} customerName={customerOf(coach)} report={report} />
      <PromptList prompts={report.prompts} report={report} />
      <Phonetic draft={coach.text} customerMessage={coach.customerMessage} />
      <SignalList report={report} />
      <DraftPreview text={coach.text} findings={report.findings} report={report} />
    </PackLangContext.Provider>
  );
}
