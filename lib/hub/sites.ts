// "Coach on this site": the panel asks for the site's host permission (it needs the click), then the
// hub registers the reply-box content script there and starts it in the open tab.
import type { EditResult } from '@/lib/messaging';
import { i18n } from '#i18n';
import { DEMO_MATCHES, KNOWN_TOOL_MATCHES, matchesAny } from '@/lib/sites/matches';
import { siteSettingsItem, siteSettingsOf, type SiteSettings } from '@/lib/sites/settings';

export const CONTENT_SCRIPT_FILE = '/content-scripts/reply.js' as const;

export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

export async function coachSite(tabId: number): Promise<EditResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const pattern = tab?.url ? originPattern(tab.url) : null;
  if (!pattern) return { ok: false, reason: i18n.t('edit.onlyWebPages') };
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    return { ok: false, reason: i18n.t('edit.siteNotAllowed') };
  }
  const id = `site:${pattern}`;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
  return { ok: true };
}

/** Ids of the content scripts registered for in-house tools from the pack. */
const CUSTOM_PREFIX = 'custom:';

/** `https://desk.acme.example/*` for `*://desk.acme.example/tickets/*`: what host permission is asked and checked for. */
export function permissionOrigins(pattern: string): string[] {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return [];
  const schemes = m[1] === '*' ? ['https', 'http'] : [m[1]!];
  return schemes.map((s) => `${s}://${m[2]}/*`);
}

/** Whether the manifest's own content script already runs where `pattern` points (known tools, loopback). */
export function coveredByManifest(pattern: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m || m[2] === '*') return false;
  const host = m[2]!.replace(/^\*\./, '');
  const path = m[3]!.replace(/\*/g, '');
  const schemes = m[1] === '*' ? ['https', 'http'] : [m[1]!];
  return schemes.every((s) => matchesAny([...KNOWN_TOOL_MATCHES, ...DEMO_MATCHES], `${s}://${host}${path}`));
}

/**
 * Keeps the reply-box script registered on the in-house tools of the pack that the agent allowed
 * (one registration `custom:<id>` per tool, for its allowed patterns), and on no others. Pages the
 * manifest already covers are left to it, so no page runs two copies.
 */
export async function syncCustomSiteScripts(settings: SiteSettings): Promise<void> {
  const wanted = new Map<string, string[]>();
  for (const site of settings.custom) {
    const allowed: string[] = [];
    for (const pattern of site.match) {
      if (coveredByManifest(pattern)) continue;
      const origins = permissionOrigins(pattern);
      if (origins.length > 0 && (await browser.permissions.contains({ origins }).catch(() => false))) allowed.push(pattern);
    }
    if (allowed.length > 0) wanted.set(`${CUSTOM_PREFIX}${site.id}`, allowed);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts().catch(() => [])).filter((s) => s.id.startsWith(CUSTOM_PREFIX));
  const stale = registered.filter((s) => JSON.stringify(s.matches ?? []) !== JSON.stringify(wanted.get(s.id) ?? null)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale }).catch(() => undefined);
  const have = new Set(registered.map((s) => s.id).filter((id) => !stale.includes(id)));
  const add = [...wanted].filter(([id]) => !have.has(id));
  if (add.length === 0) return;
  await browser.scripting
    .registerContentScripts(add.map(([id, matches]) => ({ id, matches, js: [CONTENT_SCRIPT_FILE], allFrames: true, runAt: 'document_idle' as const, persistAcrossSessions: true })))
    .catch(() => undefined);
}

/** The pack's site settings for content scripts to read, and the in-house tools' scripts to match. */
export async function publishSiteSettings(pack: { sites?: Parameters<typeof siteSettingsOf>[0]['sites'] }): Promise<void> {
  const settings = siteSettingsOf(pack);
  // Every open ticket re-reads its page on a change: write only a real one.
  if (JSON.stringify(await siteSettingsItem.getValue()) !== JSON.stringify(settings)) await siteSettingsItem.setValue(settings);
  await syncCustomSiteScripts(settings);
}

/** A host the agent allows later (options page, "Coach on this site") may be an in-house tool's: register it then. */
export function watchSitePermissions(): void {
  browser.permissions.onAdded.addListener(() => void siteSettingsItem.getValue().then(syncCustomSiteScripts));
  browser.permissions.onRemoved.addListener(() => void siteSettingsItem.getValue().then(syncCustomSiteScripts));
}
