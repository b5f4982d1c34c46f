// The background trusts no message blindly: it checks who sent it and what it carries.
import type { Browser } from 'wxt/browser';
import type { BoxKind, DraftSnapshot } from '@/lib/coach-state';

type Sender = Browser.runtime.MessageSender;

const BOX_KINDS: readonly BoxKind[] = ['public', 'internal', 'unknown'];
/** Drafts beyond this are cut for scoring; nobody writes a 2 MB reply, but a hostile page might. */
export const MAX_DRAFT_CHARS = 1_000_000;
const MAX_FIELD_CHARS = 20_000;

export function isOwnExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** A message from one of our content scripts, running in a web page's tab. */
export function isContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return isOwnExtension(sender) && typeof sender.tab?.id === 'number' && !isExtensionUrl(sender.url);
}

/** A message from one of our own pages (side panel, pop-out, options). */
export function isExtensionPage(sender: Sender): boolean {
  return isOwnExtension(sender) && isExtensionUrl(sender.url);
}

function isExtensionUrl(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith(browser.runtime.getURL('/'));
}

const str = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' ? v.slice(0, max) : undefined;

/** Returns a clean snapshot, or null when the data is not a snapshot at all. */
export function cleanSnapshot(data: unknown): DraftSnapshot | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const boxId = str(d.boxId, 200);
  const site = str(d.site, 100);
  const text = str(d.text, MAX_DRAFT_CHARS);
  if (boxId === undefined || site === undefined || text === undefined) return null;
  const boxKind = BOX_KINDS.includes(d.boxKind as BoxKind) ? (d.boxKind as BoxKind) : 'unknown';
  return {
    boxId,
    site,
    boxKind,
    text,
    customerName: str(d.customerName, 200),
    customerMessage: str(d.customerMessage, MAX_FIELD_CHARS),
    editor: str(d.editor, 50),
    siteName: str(d.siteName, 120),
    formKey: typeof d.formKey === 'string' && /^[0-9a-f]{8}$/.test(d.formKey) ? d.formKey : undefined,
  };
}
