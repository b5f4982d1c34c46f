// Wires the reply session to the extension: messaging in and out, lifetime from WXT's ctx. When the
// extension is reloaded, this copy is orphaned: ctx aborts and every send is skipped quietly.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '@/lib/messaging';
import { ReplySession } from './session';
import { insertText, replaceText } from './edits';
import { guardLifetime, quietCleanup } from './guard';
import { createOverlay } from './overlay';
import { SendWatcher } from './sent';
import { EMPTY_SITE_SETTINGS, siteSettingsItem } from '@/lib/sites/settings';
import { frameOf } from '@/lib/dom/deep';

/** A same-origin child frame: its parent's copy of this script reads its boxes. */
export function servedByParent(): boolean {
  return window !== window.top && frameOf(document) !== null;
}

export function startReplyCoach(ctx: ContentScriptContext): ReplySession | null {
  if (servedByParent()) return null;
  guardLifetime(ctx);
  const quietly = (send: () => Promise<unknown>) => {
    if (ctx.isInvalid) return;
    try {
      send().catch(() => undefined);
    } catch {
      // Extension context invalidated: the new copy of the script takes over.
    }
  };
  // ctx.setTimeout registers an abort listener per call, which piles up at typing speed; a plain timer
  // that checks the context when it fires dies with ctx just the same.
  const life = {
    signal: ctx.signal,
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(() => ctx.isValid && fn(), ms),
  };
  const overlay = createOverlay(ctx, () => quietly(() => sendMessage('openCoach')));
  const sends = new SendWatcher(
    { get active() { return session.active; }, snapshot: () => session.snapshot() },
    life,
    (sent) => quietly(() => sendMessage('replySent', sent)),
  );
  const session: ReplySession = new ReplySession(document, life, {
    draftChanged: (snapshot) =>
      quietly(async () => {
        const report = await sendMessage('draftChanged', snapshot);
        const editor = session.active?.editor;
        if (editor && ctx.isValid && session.active?.id === snapshot.boxId) overlay.show(editor, snapshot.text, report);
      }),
    boxGone: (boxId) => {
      overlay.hide();
      quietly(() => sendMessage('boxGone', { boxId }));
    },
    siteOff: (site) => quietly(() => sendMessage('siteOff', { site: site.id, siteName: site.name || undefined })),
  }, (doc) => sends.watch(doc));
  const off = [
    onMessage('insertText', ({ data }) => insertText(session, data.text)),
    onMessage('replaceText', ({ data }) => replaceText(session, data)),
    onMessage('rescan', () => session.check(true)),
  ];
  ctx.onInvalidated(() => quietCleanup(off));
  ctx.addEventListener(window, 'wxt:locationchange', () => session.scheduleCheck(50));
  // The team pack's site settings (in-house tools, switched-off tools, labels) come first: a tool the
  // team switched off is never read, not even once.
  void siteSettingsItem
    .getValue()
    .catch(() => EMPTY_SITE_SETTINGS)
    .then((settings) => {
      if (!ctx.isValid) return;
      session.useSiteSettings(settings, false);
      session.start();
    });
  const unwatch = siteSettingsItem.watch((settings) => ctx.isValid && session.useSiteSettings(settings ?? EMPTY_SITE_SETTINGS));
  ctx.onInvalidated(() => quietCleanup([unwatch]));
  return session;
}
