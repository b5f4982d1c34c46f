// Which bonus tips a requester has already been offered, so nobody hears the same tip twice.
// Requesters are remembered by a hash of their name, never the name itself.
import { storage } from 'wxt/utils/storage';

const MAX_REQUESTERS = 500;

export const offeredTipsItem = storage.defineItem<Record<string, string[]>>('local:tips:offered', {
  fallback: {},
  version: 1,
});

export async function requesterKey(name: string | undefined): Promise<string> {
  const clean = (name ?? '').trim().toLowerCase();
  if (!clean) return 'unknown';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`rapport:${clean}`));
  return [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function offeredTips(key: string): Promise<string[]> {
  return (await offeredTipsItem.getValue())[key] ?? [];
}

export async function markTipOffered(key: string, tipId: string): Promise<void> {
  const all = await offeredTipsItem.getValue();
  const list = all[key] ?? [];
  if (list.includes(tipId)) return;
  const next = { ...all, [key]: [...list, tipId] };
  const keys = Object.keys(next);
  // Keep the record small: forget the oldest requesters first.
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REQUESTERS))) delete next[old];
  await offeredTipsItem.setValue(next);
}
