import { z } from 'zod';
import { registerHub, rescanAll } from '@/lib/hub/hub';
import { loadPack } from '@/lib/hub/scorer';
import { reinjectOpenTabs } from '@/lib/hub/reinject';
import { publishSiteSettings, watchSitePermissions } from '@/lib/hub/sites';
import { getEffectivePack, watchEffectivePack } from '@/lib/packs/active';
import { registerPackBackground } from '@/lib/packs/background';
import { publishInForce } from '@/lib/packs/in-force';
import { registerFollowUps } from '@/lib/followup/background';

export default defineBackground(() => {
  // Extension pages forbid eval; zod's eval probe would still count as a CSP violation.
  z.config({ jitless: true });
  // Per-tab coaching state holds draft text: only our own pages may read it, never content scripts.
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  registerHub();
  registerPackBackground();
  registerFollowUps();
  void loadPack(async () => {
    const { pack } = publishInForce(await getEffectivePack());
    void publishSiteSettings(pack);
    return pack;
  });
  watchSitePermissions();
  // A new pack (import, subscription, policy, personal toggle) re-scores every open draft at once.
  watchEffectivePack((active) => {
    const { pack } = publishInForce(active);
    void loadPack(async () => pack).then(rescanAll);
    void publishSiteSettings(pack);
  });
  if (import.meta.env.FIREFOX) {
    // Firefox: the toolbar button toggles the sidebar (Chrome does this through setPanelBehavior).
    const sidebar = (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction;
    (browser.browserAction ?? browser.action).onClicked.addListener(() => void sidebar.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    // Firefox injects into open tabs by itself; Chrome leaves them without the coach until reloaded.
    browser.runtime.onInstalled.addListener(() => void reinjectOpenTabs());
  }
});
