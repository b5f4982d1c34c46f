// The background trusts no message blindly: it checks who sent it, and what it carries against a zod
// schema (the same library the pack schema uses).
import type { Browser } from 'wxt/browser';
import { z } from 'zod';
import type { BoxKind, DraftSnapshot } from '@/lib/coach-state';

type Sender = Browser.runtime.MessageSender;

const BOX_KINDS = ['public', 'internal', 'unknown'] as const satisfies readonly BoxKind[];
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

/** A string cut to `max` characters (a hostile page may send megabytes). */
const clipped = (max: number) => z.string().transform((v) => v.slice(0, max));
/** An optional string: anything that is not a string is dropped, not refused. */
const optional = (max: number) => clipped(max).optional().catch(undefined);

/**
 * A draft snapshot as a content script sends it (contract: lib/coach-state DraftSnapshot). `boxId`,
 * `site` and `text` are required strings; every string is cut to its cap; an unknown box kind reads
 * as 'unknown'; a `formKey` that is not 8 hex digits is dropped; unknown keys are stripped.
 */
export const draftSnapshotSchema = z.object({
  boxId: clipped(200),
  site: clipped(100),
  text: clipped(MAX_DRAFT_CHARS),
  boxKind: z.enum(BOX_KINDS).catch('unknown'),
  customerName: optional(200),
  customerMessage: optional(MAX_FIELD_CHARS),
  editor: optional(50),
  siteName: optional(120),
  formKey: z.string().regex(/^[0-9a-f]{8}$/).optional().catch(undefined),
});

/** Returns a clean snapshot, or null when the data is not a snapshot at all. */
export function cleanSnapshot(data: unknown): DraftSnapshot | null {
  const r = draftSnapshotSchema.safeParse(data);
  return r.success ? r.data : null;
}

/** `siteOff` from a content script: the page's tool is switched off by the pack. */
export const siteOffSchema = z.object({ site: clipped(100), siteName: optional(120) });

/** `answerBoxKind` from the panel: the agent's answer for a tab; anything but public/internal forgets it. */
export const boxKindAnswerSchema = z.object({
  tabId: z.number().int().nonnegative(),
  kind: z.enum(['public', 'internal']).nullable().catch(null),
});
