/** Default "Copy": the asynchronous Clipboard API, available to extension pages on a click. */
export async function copyText(text: string): Promise<void> {
  if (!globalThis.navigator?.clipboard) throw new Error('Clipboard not available');
  await navigator.clipboard.writeText(text);
}
