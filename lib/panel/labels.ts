// Words the panel shows for adapter ids, box kinds and scores.
import { i18n } from '#i18n';
import type { BoxKind } from '@/lib/coach-state';
import { productName } from '@/lib/sites/names';
import type { AlphabetId } from '@/lib/phonetic';

/**
 * The tool's name as the agent knows it: the name the page reported (a pack's own tool), else the
 * adapter's product name (not translated), else the id. Pages that keep only the id (the progress
 * history) get the product name too.
 */
export function siteName(site: string, name?: string): string {
  if (name) return name;
  if (site === 'generic') return i18n.t('site.generic');
  return productName(site) ?? site;
}

export function boxLabel(kind: BoxKind): string {
  return kind === 'public' ? i18n.t('box.public') : kind === 'internal' ? i18n.t('box.internal') : i18n.t('box.unknown');
}

export function verdict(score: number): string {
  if (score >= 85) return i18n.t('verdict.great');
  if (score >= 65) return i18n.t('verdict.good');
  if (score >= 40) return i18n.t('verdict.care');
  return i18n.t('verdict.start');
}

/** A spelling alphabet's name in the page's language. */
export function alphabetName(id: AlphabetId): string {
  switch (id) {
    case 'icao':
      return i18n.t('phonetic.alphabets.icao');
    case 'din5009':
      return i18n.t('phonetic.alphabets.din5009');
    case 'italian':
      return i18n.t('phonetic.alphabets.italian');
  }
}
