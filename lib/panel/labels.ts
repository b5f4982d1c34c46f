// Words the panel shows for adapter ids, box kinds and scores.
import { i18n } from '#i18n';
import type { BoxKind } from '@/lib/coach-state';
import type { AlphabetId } from '@/lib/phonetic';

/** The tool's name as its adapter (or the team's pack) gives it; product names are not translated. */
export function siteName(site: string, name?: string): string {
  return name || (site === 'generic' ? i18n.t('site.generic') : site);
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
