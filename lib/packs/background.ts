// Background side of the pack manager: schedules subscription checks. Called once from
// entrypoints/background.ts; the background builds its scorer from watchEffectivePack (active.ts).
import { browser } from 'wxt/browser';
import { refreshAll, refreshManagedPack } from './refresh';

export const REFRESH_ALARM = 'rapport:packs-refresh';
/** Packs change rarely; four checks a day keeps a team in step without polling anyone's server. */
export const REFRESH_MINUTES = 6 * 60;

export function registerPackBackground(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAll();
  });
  void ensureAlarm();
  // A policy pushed while the browser runs names a new address: fetch it now, not in six hours.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshManagedPack();
  });
  browser.runtime.onStartup.addListener(() => void refreshManagedPack());
  browser.runtime.onInstalled.addListener(() => void refreshManagedPack());
}

async function ensureAlarm(): Promise<void> {
  // Alarms survive service-worker restarts; re-creating one would push its next run back.
  if (await browser.alarms.get(REFRESH_ALARM)) return;
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
}
