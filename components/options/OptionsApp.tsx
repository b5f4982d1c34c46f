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
import { ExamplePacks } from './ExamplePacks';
import { i18n } from '#i18n';
import { SiteTester } from './SiteTester';

/** The team lead's workbench: what coaches now, where each part comes from, and the tools to change it. */
export function OptionsApp() {
  const loaded = useOptions((s) => s.active !== null);
  return (
    <main class="op-app">
      <h1>{i18n.t('options.title')}</h1>
      {!loaded ? (
        <p class="op-muted">{i18n.t('options.reading')}</p>
      ) : (
        <>
          <StatusBar />
          <NoticeLine />
          <div class="op-grid">
            <div class="op-col">
              <LayerList />
              <ExamplePacks />
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
