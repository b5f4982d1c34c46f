// A site adapter is data plus a few small functions: which URLs it serves, how to recognise the tool
// by its DOM, where its reply boxes are and what the page says about them.
import type { BoxKind } from '@/lib/coach-state';

export interface SiteAdapter {
  /** Adapter id reported as `site` (contract 1). */
  id: string;
  /** The tool's product name as the coach shows it (not translated); '' for `generic`, which the panel names itself. */
  name: string;
  /** URL match patterns (extension syntax) of the hosted tool. */
  matches: readonly string[];
  /** Taught by the team's pack (`sites.custom`): its box selector is the whole truth, no generic fallback. */
  custom?: boolean;
  /** Cheap DOM fingerprint, for self-hosted installs and pages on hosts the patterns don't cover. */
  detect(doc: Document): boolean;
  /** Candidate reply boxes (textareas or editable roots) in this document. */
  boxes(doc: Document): Element[];
  /** Public reply, internal note, or unknown, from what the page shows near the box. */
  boxKind(box: Element): BoxKind;
  /** The requester's name, for personalization. */
  customerName?(box: Element): string | undefined;
  /** The customer's last message, for mood. */
  customerMessage?(box: Element): string | undefined;
}
