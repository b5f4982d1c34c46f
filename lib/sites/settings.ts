// What the effective rule pack says about sites (`sites:` in the pack), in the small shape the
// content script needs: in-house tools, switched-off tools, extra public/internal labels. The
// background derives it from the pack and stores it; each content script reads and watches it.
import { storage } from 'wxt/utils/storage';

/** An in-house or unlisted tool, as a team lead describes it in the pack (`sites.custom[]`). */
export interface CustomSite {
  id: string;
  name: string;
  /** URL match patterns of its pages. */
  match: string[];
  /** CSS selector of the reply box. */
  reply_box: string;
  /** CSS selector present when the box is an internal note. */
  internal_marker?: string;
  /** CSS selector present when the box is a reply to the customer. */
  public_marker?: string;
  customer_name?: string;
  customer_message?: string;
}

export interface SiteSettings {
  /** Built-in adapter ids switched off by the pack. */
  disable: string[];
  custom: CustomSite[];
  labels: { internal: string[]; public: string[] };
}

export const EMPTY_SITE_SETTINGS: SiteSettings = { disable: [], custom: [], labels: { internal: [], public: [] } };

/** The `sites` section of a (validated) pack, as site settings. Pure. */
export function siteSettingsOf(pack: { sites?: { disable?: readonly string[]; custom?: readonly CustomSite[]; labels?: { internal?: readonly string[]; public?: readonly string[] } } }): SiteSettings {
  const sites = pack.sites;
  return {
    disable: [...(sites?.disable ?? [])],
    custom: (sites?.custom ?? []).map((c) => ({ ...c, match: [...c.match] })),
    labels: { internal: [...(sites?.labels?.internal ?? [])], public: [...(sites?.labels?.public ?? [])] },
  };
}

/** Written by the background whenever the effective pack changes; read-only for content scripts. */
export const siteSettingsItem = storage.defineItem<SiteSettings>('local:sites:settings', {
  fallback: EMPTY_SITE_SETTINGS,
  version: 1,
});
