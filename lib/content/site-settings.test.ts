// @vitest-environment happy-dom
// A team pack that arrives while a ticket is open (imported, subscribed, pushed by policy) re-reads the
// open page with it: an in-house tool from `sites.custom` takes over from the generic reading. The
// whole way is covered: the background publishes the pack's site settings, the content script's
// storage watch hands them to its session, the session reports the page as the in-house tool.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DraftSnapshot } from '@/lib/coach-state';
import { fakeLayout } from '@/lib/sites/layout.test-helper';
import { EMPTY_SITE_SETTINGS, type SiteSettings } from '@/lib/sites/settings';
import { ReplySession } from './session';

beforeAll(fakeLayout);
/** Each test's session stops when the test ends: no check runs after its document is replaced. */
const stops: { abort(): void }[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s.abort();
  vi.useRealTimers();
});

const ACME: SiteSettings = {
  ...EMPTY_SITE_SETTINGS,
  custom: [{ id: 'acme-desk', name: 'Acme Service Desk', match: ['*://localhost/*', '*://127.0.0.1/*'], reply_box: 'iframe.editor-frame', internal_marker: 'body[data-view="comment"]', customer_name: '.ticket-caller' }],
};

function open(settings: SiteSettings = EMPTY_SITE_SETTINGS) {
  vi.useFakeTimers();
  document.body.dataset.view = 'reply';
  // markup written by the test: the in-house fixture's shape (tests/fixtures/inhouse)
  document.body.innerHTML = `<p><span class="ticket-caller">Priya Natarajan</span></p>
    <form></form>
    <aside><label for="notes">Team notes</label><textarea id="notes" style="width:340px;height:360px"></textarea></aside>`;
  // The editor is an iframe whose body is editable (srcdoc: happy-dom loads no pages).
  const frame = document.createElement('iframe');
  frame.className = 'editor-frame';
  frame.setAttribute('style', 'width:600px;height:170px');
  frame.srcdoc = '<body contenteditable="true" style="width:600px;height:140px"></body>';
  document.querySelector('form')!.append(frame);
  // happy-dom gives a frame's window no frameElement; a browser does (same origin).
  Object.defineProperty(frame.contentWindow!, 'frameElement', { value: frame, configurable: true });
  const sent: DraftSnapshot[] = [];
  const life = new AbortController();
  stops.push(life);
  const session = new ReplySession(document, { signal: life.signal, setTimeout: (fn, ms) => setTimeout(fn, ms) }, {
    draftChanged: (s) => sent.push(s),
    boxGone: () => undefined,
  });
  session.useSiteSettings(settings, false);
  session.start();
  return { session, sent };
}

describe('site settings reaching an open page', () => {
  it('reads an in-house page with the pack it was opened with', () => {
    const { sent } = open(ACME);
    expect(sent.at(-1)).toMatchObject({ site: 'acme-desk', siteName: 'Acme Service Desk', boxKind: 'public', customerName: 'Priya Natarajan' });
    expect(sent.at(-1)?.boxId).toBeTruthy();
  });

  it('switches an open page from the generic reading to the in-house tool when the pack arrives', async () => {
    const { session, sent } = open();
    expect(sent.at(-1)?.site).toBe('generic');
    session.useSiteSettings(ACME);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.at(-1)).toMatchObject({ site: 'acme-desk', siteName: 'Acme Service Desk', boxKind: 'public', customerName: 'Priya Natarajan' });
  });
});

describe('a pack imported while the ticket is open (background → storage → content script)', () => {
  it('re-reads the open page as the in-house tool the new pack teaches', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { ContentScriptContext } = await import('wxt/utils/content-script-context');
    const { onMessage } = await import('@/lib/messaging');
    const { publishSiteSettings } = await import('@/lib/hub/sites');
    const { startReplyCoach } = await import('./main');
    fakeBrowser.reset();
    const reported: DraftSnapshot[] = [];
    onMessage('draftChanged', ({ data }) => {
      reported.push(data);
      return null;
    });
    open();
    const ctx = new ContentScriptContext('reply');
    stops.push(ctx);
    startReplyCoach(ctx);
    await vi.waitFor(() => expect(reported.at(-1)?.site).toBe('generic'));
    await publishSiteSettings({ sites: { custom: ACME.custom } }).catch(() => undefined);
    await vi.waitFor(() => expect(reported.at(-1)).toMatchObject({ site: 'acme-desk', boxKind: 'public' }));
  });
});
