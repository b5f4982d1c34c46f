// The agent's answers to "Is this a reply to the customer or an internal note?", remembered per site
// and form, so the panel asks once. Stored in storage.local as `origin|formKey → kind`: the origin of
// the help desk and an 8-hex-digit digest of the form's shape (lib/sites/form-key.ts); no ticket,
// customer or draft text.
import { storage } from 'wxt/utils/storage';

export type Answer = 'public' | 'internal';

/** At most this many forms are remembered; the oldest answers go first. */
export const MAX_ANSWERS = 500;

export const answersItem = storage.defineItem<Record<string, Answer>>('local:sites:box-kind-answers', {
  fallback: {},
  version: 1,
});

/** `https://desk.acme.example|1a2b3c4d`, or null when the page has no web origin or the box no form key. */
export function answerKey(url: string, formKey: string | undefined): string | null {
  if (!formKey || !/^[0-9a-f]{8}$/.test(formKey)) return null;
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${origin}|${formKey}` : null;
  } catch {
    return null;
  }
}

export async function rememberedAnswer(url: string, formKey: string | undefined): Promise<Answer | null> {
  const key = answerKey(url, formKey);
  if (!key) return null;
  return (await answersItem.getValue())[key] ?? null;
}

/** Stores the agent's answer for this form (null forgets it). Returns false when the page has no key. */
export async function rememberAnswer(url: string, formKey: string | undefined, answer: Answer | null): Promise<boolean> {
  const key = answerKey(url, formKey);
  if (!key) return false;
  const all = { ...(await answersItem.getValue()) };
  delete all[key];
  if (answer) all[key] = answer;
  const keys = Object.keys(all);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ANSWERS))) delete all[old];
  await answersItem.setValue(all);
  return true;
}
