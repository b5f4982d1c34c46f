import { useOptions } from './store';
import { StatusBar } from './StatusBar';
import { LayerList } from './LayerList';
import { ImportExport } from './ImportExport';
import { Subscription } from './Subscription';
import { PackEditor } from './PackEditor';
import { QuickEdits } from './QuickEdits';
import { TryIt } from './TryIt';
import { RuleList } from './RuleList';
import { PersonalTips } from './PersonalTips';
import { NoticeLine } from './NoticeLine';
import { MySettings } from './MySettings';
import { SiteTester } from './SiteTester';

/** The team lead's workbench: what coaches now, where each part comes from, and the tools to change it. */
export function OptionsApp() {
  const loaded = useOptions((s) => s.active !== null);
  return (
    <main class="op-app">
      <h1>Rapport rule packs</h1>
      {!loaded ? (
        <p class="op-muted">Reading your packs…</p>
      ) : (
        <>
          <StatusBar />
          <NoticeLine />
          <div class="op-grid">
            <div class="op-col">
              <LayerList />
              <ImportExport />
              <Subscription />
              <PackEditor />
              <QuickEdits />
            </div>
            <div class="op-col">
              <TryIt />
              <RuleList />
              <PersonalTips />
              <MySettings />
              <SiteTester />
            </div>
          </div>
        </>
      )}
    </main>
  );
}
