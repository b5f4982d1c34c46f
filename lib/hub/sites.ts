// "Coach on this site": the panel asks for the site's host permission (it needs the click), then the
// hub registers the reply-box content script there and starts it in the open tab.
import type { EditResult } from '@/lib/messaging';
import { i18n } from '#i18n';

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
