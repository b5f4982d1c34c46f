import { usePanel } from '@/lib/panel/store';
import { Header } from './Header';
import { NoBox } from './NoBox';
import { InternalNote } from './InternalNote';
import { Notice } from './Notice';
import { Coach } from './Coach';
import { Phonetic } from './Phonetic';
import { useEffect, useRef } from 'preact/hooks';
import { keepFocus } from '@/lib/panel/focus';
import { FollowUps } from './FollowUps';
import { i18n } from '#i18n';

/** The coach for one tab: what it is writing in, and what to do next. */
export function App() {
  const { loaded, coach, bound, tabId } = usePanel((s) => s);
  const main = useRef<HTMLElement>(null);
  // A control that disappears under the keyboard (an asked question's Insert, a dismissed tip) hands
  // focus to its neighbour.
  useEffect(() => (main.current ? keepFocus(main.current) : undefined), []);
  return (
    <main ref={main} class="rp-app" data-tab-id={tabId ?? ''} data-bound={String(bound)}>
      <h1 class="rp-sr">{i18n.t('panel.heading')}</h1>
      {!loaded ? (
        <p class="rp-muted">{i18n.t('panel.reading')}</p>
      ) : !coach || (!coach.boxId && !coach.text) ? (
        <NoBox knownSite={coach !== null} />
      ) : (
        <>
          <Header coach={coach} />
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
