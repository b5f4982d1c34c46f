import { usePanel } from '@/lib/panel/store';
import { Header } from './Header';
import { BoxKindQuestion } from './BoxKindQuestion';
import { NoBox } from './NoBox';
import { InternalNote } from './InternalNote';
import { Notice } from './Notice';
import { Coach } from './Coach';
import { Phonetic } from './Phonetic';
import { FollowUps } from './FollowUps';
import { i18n } from '#i18n';

/** The coach for one tab: what it is writing in, and what to do next. */
export function App() {
  const { loaded, coach, bound, tabId } = usePanel((s) => s);
  return (
    <main class="rp-app" data-tab-id={tabId ?? ''} data-bound={String(bound)}>
      <h1 class="rp-sr">{i18n.t('panel.heading')}</h1>
      {!loaded ? (
        <p class="rp-muted">{i18n.t('panel.reading')}</p>
      ) : !coach || (!coach.boxId && !coach.text) ? (
        <NoBox knownSite={coach !== null} offBy={coach?.off ? (coach.siteName ?? coach.site) : undefined} />
      ) : (
        <>
          <Header coach={coach} />
          <BoxKindQuestion coach={coach} />
          {coach.boxKind === 'internal' ? (
            <>
              <InternalNote />
              <Phonetic id="spell-note" defaultOpen draft={coach.text} customerMessage={coach.customerMessage} />
            </>
          ) : (
            <Coach coach={coach} />
          )}
        </>
      )}
      {loaded ? <FollowUps tabId={tabId} /> : null}
      <Notice />
    </main>
  );
}
