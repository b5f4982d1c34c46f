import type { LayerName } from '@/lib/packs/layers';
import { i18n } from '#i18n';

export function layerLabel(layer: LayerName): string {
  switch (layer) {
    case 'default':
      return i18n.t('options.layer.default');
    case 'managed':
      return i18n.t('options.layer.managed');
    case 'team':
      return i18n.t('options.layer.team');
    case 'personal':
      return i18n.t('options.layer.personal');
  }
}

/** A moment in the page's language ("never" when there was none). */
export function when(ms: number | undefined): string {
  return ms ? new Date(ms).toLocaleString(i18n.t('lang')) : i18n.t('options.never');
}
