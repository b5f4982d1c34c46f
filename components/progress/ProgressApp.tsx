import { useEffect, useMemo, useState } from 'preact/hooks';
import { progressRecords, progressSettings, withinRetention } from '@/lib/followup/progress';
import { closingHabitPerWeek, idsByFrequency, scorePerDay, signalRatesPerWeek, type WeekRates } from '@/lib/followup/trends';
import { DEFAULT_RETENTION_DAYS, type ProgressRecord, type ProgressSettings } from '@/lib/followup/types';
import { systemZone } from '@/lib/scoring/commitments/zoned-time';
import { signalTitle } from '@/lib/panel/signals';
import { FollowUps } from '../FollowUps';
import { History } from './History';
import { RecentReplies } from './RecentReplies';
import { PALETTE, TrendChart, type TrendSeries } from './TrendChart';
import { i18n } from '#i18n';

/** Signals charted until the agent picks others: the most frequent ones. */
const DEFAULT_SHOWN = 4;

function weekSeries(weeks: WeekRates[], ids: string[], label: (id: string) => string): TrendSeries[] {
  return ids.map((id, i) => ({ label: label(id), color: PALETTE[i % PALETTE.length]!, values: weeks.map((w) => w.rates[id] ?? 0) }));
}

/** The agent's trend from their own sent replies, with their history's controls. */
export function ProgressApp({ questionText }: { questionText: (id: string) => string }) {
  const [records, setRecords] = useState<ProgressRecord[] | null>(null);
  const [settings, setSettings] = useState<ProgressSettings>({ retentionDays: DEFAULT_RETENTION_DAYS });
  const [picked, setPicked] = useState<string[] | null>(null);
  useEffect(() => {
    void progressRecords.getValue().then(setRecords);
    void progressSettings.getValue().then(setSettings);
    const offRecords = progressRecords.watch((v) => setRecords(v ?? []));
    const offSettings = progressSettings.watch((v) => v && setSettings(v));
    return () => {
      offRecords();
      offSettings();
    };
  }, []);

  const zone = systemZone();
  const shown = useMemo(() => withinRetention(records ?? [], settings.retentionDays, Date.now()), [records, settings]);
  const days = useMemo(() => scorePerDay(shown, zone), [shown, zone]);
  const signalWeeks = useMemo(() => signalRatesPerWeek(shown, zone), [shown, zone]);
  const closingWeeks = useMemo(() => closingHabitPerWeek(shown, zone), [shown, zone]);
  const signalIds = useMemo(() => idsByFrequency(signalWeeks), [signalWeeks]);
  const chosen = picked ?? signalIds.slice(0, DEFAULT_SHOWN);
  const closingIds = useMemo(() => idsByFrequency(closingWeeks).filter((id) => id !== 'any'), [closingWeeks]);

  const scoreSeries = useMemo<TrendSeries[]>(() => [{ label: i18n.t('progress.meanScore'), color: PALETTE[0]!, values: days.map((d) => d.meanScore) }], [days]);
  const signalSeries = useMemo(() => weekSeries(signalWeeks, chosen, (id) => signalTitle(id)), [signalWeeks, chosen]);
  const closingSeries = useMemo(
    () => weekSeries(closingWeeks, ['any', ...closingIds], (id) => (id === 'any' ? i18n.t('progress.closingAny') : questionText(id))),
    [closingWeeks, closingIds, questionText],
  );

  if (records === null) return <main class="pg-app" aria-busy="true" />;
  const mean = shown.length ? Math.round(shown.reduce((s, r) => s + r.score, 0) / shown.length) : 0;
  return (
    <main class="pg-app">
      <h1>{i18n.t('progress.title')}</h1>
      <p class="pg-intro">{i18n.t('progress.intro')}</p>
      <p class="pg-summary" data-testid="progress-summary">
        {i18n.t('progress.summary', shown.length, [String(shown.length), String(settings.retentionDays), String(mean)])}
      </p>
      {shown.length === 0 ? (
        <p>{i18n.t('progress.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="pg-score">
            <h2 id="pg-score">{i18n.t('progress.scoreTitle')}</h2>
            <TrendChart id="score" label={i18n.t('progress.scoreChart')} x={days.map((d) => d.day)} xTitle={i18n.t('progress.day')} series={scoreSeries} />
          </section>
          <section aria-labelledby="pg-signals">
            <h2 id="pg-signals">{i18n.t('progress.signalsTitle')}</h2>
            <fieldset class="pg-pick">
              <legend>{i18n.t('progress.signalsPick')}</legend>
              {signalIds.map((id) => (
                <label key={id}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(id)}
                    onChange={(e) => {
                      const on = (e.currentTarget as HTMLInputElement).checked;
                      setPicked(on ? [...chosen, id] : chosen.filter((x) => x !== id));
                    }}
                  />
                  {signalTitle(id)}
                </label>
              ))}
            </fieldset>
            <TrendChart id="signals" label={i18n.t('progress.signalsChart')} x={signalWeeks.map((w) => w.week)} xTitle={i18n.t('progress.week')} series={signalSeries} percent />
          </section>
          <section aria-labelledby="pg-closing">
            <h2 id="pg-closing">{i18n.t('progress.closingTitle')}</h2>
            <TrendChart id="closing" label={i18n.t('progress.closingChart')} x={closingWeeks.map((w) => w.week)} xTitle={i18n.t('progress.week')} series={closingSeries} percent />
          </section>
          <RecentReplies records={shown} questionText={questionText} />
        </>
      )}
      <FollowUps tabId={null} progressLink={false} />
      <History records={records} settings={settings} />
    </main>
  );
}
