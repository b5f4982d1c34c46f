import type { LayerName } from '@/lib/packs/layers';

const LABELS: Record<LayerName, string> = {
  default: 'Method',
  managed: 'Organisation',
  team: 'Team',
  personal: 'You',
};

export function layerLabel(layer: LayerName): string {
  return LABELS[layer];
}

export function when(ms: number | undefined): string {
  return ms ? new Date(ms).toLocaleString() : 'never';
}
