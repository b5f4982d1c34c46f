import { registerHub } from '@/lib/hub/hub';

export default defineBackground(() => {
  // Per-tab coaching state holds draft text: only our own pages may read it, never content scripts.
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  registerHub();
  if (import.meta.env.FIREFOX) {
    // Firefox: the toolbar button toggles the sidebar (Chrome does this through setPanelBehavior).
    const sidebar = (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction;
    (browser.browserAction ?? browser.action).onClicked.addListener(() => void sidebar.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
});
