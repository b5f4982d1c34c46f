// What Rapport would do on a given address, for the options page's URL tester: which adapter
// serves it (an in-house tool of the pack, a built-in tool, or the generic reading), whether the pack
// switched it off, and which host permission coaching there needs. Reads the URL only, not the page.
import { chooseSite } from './index';
import { matchesAny } from './matches';
import type { CustomSite, SiteSettings } from './settings';

export type UrlVerdict =
  | { kind: 'invalid' }
  | { kind: 'custom'; site: CustomSite; pattern: string; problems: SelectorProblem[] }
  | { kind: 'known'; id: string; name: string; off: boolean }
  | { kind: 'other'; off: boolean };

export interface SelectorProblem {
  /** The pack field: `reply_box`, `internal_marker`, … */
  field: keyof CustomSite;
  selector: string;
}

const SELECTOR_FIELDS = ['reply_box', 'internal_marker', 'public_marker', 'customer_name', 'customer_message'] as const;

/**
 * The verdict for `url` under the pack's `settings`. `isSelector` says whether the browser accepts a
 * CSS selector (the options page passes one backed by its own document).
 */
export function testUrl(url: string, settings: SiteSettings, doc: Document, isSelector: (s: string) => boolean): UrlVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { kind: 'invalid' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'invalid' };
  const href = parsed.href;
  const custom = settings.custom.find((c) => matchesAny(c.match, href));
  if (custom) {
    const problems = SELECTOR_FIELDS.flatMap((field) => {
      const selector = custom[field];
      return selector && !isSelector(selector) ? [{ field, selector }] : [];
    });
    return { kind: 'custom', site: custom, pattern: custom.match.find((p) => matchesAny([p], href))!, problems };
  }
  // An empty document: the tester reads the address only, so DOM fingerprints never match.
  const { adapter, off } = chooseSite(href, doc, { ...settings, custom: [] });
  if (adapter.id === 'generic') return { kind: 'other', off };
  return { kind: 'known', id: adapter.id, name: adapter.name, off };
}

/** `https://desk.acme.example/*`: the one origin an agent grants for an address. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}
