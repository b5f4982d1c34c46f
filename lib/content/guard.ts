// WXT stops a content script when a newer copy announces itself with a DOM event on `document`. A page
// can dispatch that event too, and would switch the coach off. A real newer copy exists only after the
// extension was reloaded or updated, which orphans this one (its runtime id is gone); while ours is
// alive, the announcement is the page's, and it is stopped before WXT sees it.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

type Stoppable = { __rapportStop?: () => void };

// WXT marks the event name private in its types; it is a public static at run time. The isolation e2e
// (a page forging the event) fails if WXT ever renames it.
const ANNOUNCE = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

export function guardLifetime(ctx: ContentScriptContext): void {
  const onAnnounce = (event: Event) => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  window.addEventListener(ANNOUNCE, onAnnounce, { capture: true, signal: ctx.signal });
  // A second copy in this same (extension-only) world, e.g. started again when the agent turned a
  // site on, replaces the first directly: the page cannot reach this global.
  const world = globalThis as Stoppable;
  world.__rapportStop?.();
  world.__rapportStop = () => ctx.abort('replaced by a newer copy');
}

/** Undoes each registration; after an extension reload the APIs they touch are gone, so never throw. */
export function quietCleanup(stops: (() => void)[]): void {
  for (const stop of stops) {
    try {
      stop();
    } catch {
      // The extension context is gone: its listeners went with it.
    }
  }
}
